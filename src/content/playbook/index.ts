import type { PlaybookSection, PlaybookSource } from "./types";
import { PRICING_AND_DISCOUNTS } from "./sections/pricingAndDiscounts";
import { USAGE_TIERS_AND_CAPACITY } from "./sections/usageTiersAndCapacity";
import { PRIVATE_DEPLOYMENT } from "./sections/privateDeployment";
import { SUPPORT_AND_SLA } from "./sections/supportAndSla";
import { IP_AND_CUSTOMIZATION } from "./sections/ipAndCustomization";
import { DATA_PRIVACY_AND_AUDIT } from "./sections/dataPrivacyAndAudit";
import { SECURITY_AND_MODEL_BEHAVIOR } from "./sections/securityAndModelBehavior";
import { STRATEGIC_LEVERAGE } from "./sections/strategicLeverage";
import { RENEWALS_TERM_AND_EXIT } from "./sections/renewalsTermAndExit";
import { COST_CONTAINMENT } from "./sections/costContainment";

export type { Priority, PlaybookItem, PlaybookSection, PlaybookSource } from "./types";

/** The ten checklist sections, in the playbook's own order (one checklist table each). */
export const PLAYBOOK_SECTIONS: readonly PlaybookSection[] = [
  PRICING_AND_DISCOUNTS,
  USAGE_TIERS_AND_CAPACITY,
  PRIVATE_DEPLOYMENT,
  SUPPORT_AND_SLA,
  IP_AND_CUSTOMIZATION,
  DATA_PRIVACY_AND_AUDIT,
  SECURITY_AND_MODEL_BEHAVIOR,
  STRATEGIC_LEVERAGE,
  RENEWALS_TERM_AND_EXIT,
  COST_CONTAINMENT,
];

/** The playbook the checklists are drawn from, credited on every checklist sheet. */
export const PLAYBOOK_SOURCE: PlaybookSource = {
  title: "CIO Playbook: Negotiate Generative AI Contracts with Anthropic",
  asOf: "2026-11",
};
