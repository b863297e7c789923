import type { ModelPrice } from "../../../content/catalog";
import { CommitmentGroup } from "./CommitmentGroup";
import { ModelTermGroup } from "./ModelTermGroup";
import type { OfferGroupProps } from "./offerGroupProps";
import { PricingGroup } from "./PricingGroup";
import { RampGroup } from "./RampGroup";
import { SlaGroup } from "./SlaGroup";
import { UsageGroup } from "./UsageGroup";

/** Every field of one offer, in the order of the issue: model and term to SLA. */
export function OfferFields(props: OfferGroupProps & { readonly catalog: readonly ModelPrice[] }) {
  return (
    <>
      <ModelTermGroup {...props} />
      <UsageGroup {...props} />
      <PricingGroup {...props} />
      <CommitmentGroup {...props} />
      <RampGroup {...props} />
      <SlaGroup {...props} />
    </>
  );
}
