import type { ModelPrice } from "../../../content/catalog";
import type { CellsForecast } from "../../../dealModel";
import { BillingGroup } from "./BillingGroup";
import { CommitmentGroup } from "./CommitmentGroup";
import { ExitGroup } from "./ExitGroup";
import { ModelTermGroup } from "./ModelTermGroup";
import type { OfferGroupProps } from "./offerGroupProps";
import { PoolGroup } from "./PoolGroup";
import { PriceProtectionGroup } from "./PriceProtectionGroup";
import { PricingGroup } from "./PricingGroup";
import { RampGroup } from "./RampGroup";
import { SeatsGroup } from "./SeatsGroup";
import { SlaGroup } from "./SlaGroup";
import { UsageGroup } from "./UsageGroup";

/** Every field of one offer, in the order of the issues: model and term to SLA. */
export function OfferFields({
  readSelectedUsage,
  catalog,
  ...props
}: OfferGroupProps & {
  readonly catalog: readonly ModelPrice[];
  /** Reads the forecast in the selected cells (the workbook service). */
  readonly readSelectedUsage: () => Promise<CellsForecast>;
}) {
  return (
    <>
      <ModelTermGroup {...props} catalog={catalog} />
      <PoolGroup {...props} catalog={catalog} />
      <UsageGroup {...props} readSelectedUsage={readSelectedUsage} />
      <PricingGroup {...props} />
      <CommitmentGroup {...props} />
      <BillingGroup {...props} />
      <SeatsGroup {...props} />
      <RampGroup {...props} />
      <PriceProtectionGroup {...props} />
      <ExitGroup {...props} />
      <SlaGroup {...props} />
    </>
  );
}
