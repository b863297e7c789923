import type { ModelPrice } from "../../../content/catalog";
import type { CellsForecast } from "../../../dealModel";
import { CommitmentGroup } from "./CommitmentGroup";
import { ModelTermGroup } from "./ModelTermGroup";
import type { OfferGroupProps } from "./offerGroupProps";
import { PricingGroup } from "./PricingGroup";
import { RampGroup } from "./RampGroup";
import { SlaGroup } from "./SlaGroup";
import { UsageGroup } from "./UsageGroup";

/** Every field of one offer, in the order of the issue: model and term to SLA. */
export function OfferFields({
  readSelectedUsage,
  ...props
}: OfferGroupProps & {
  readonly catalog: readonly ModelPrice[];
  /** Reads the forecast in the selected cells (the workbook service). */
  readonly readSelectedUsage: () => Promise<CellsForecast>;
}) {
  return (
    <>
      <ModelTermGroup {...props} />
      <UsageGroup {...props} readSelectedUsage={readSelectedUsage} />
      <PricingGroup {...props} />
      <CommitmentGroup {...props} />
      <RampGroup {...props} />
      <SlaGroup {...props} />
    </>
  );
}
