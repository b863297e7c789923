import { FieldGroup, useGridStyles } from "./FieldGroup";
import { NumberField } from "./NumberField";
import type { OfferGroupProps } from "./offerGroupProps";

/** The price change of each contract year (a field per year of the term) and the renewal cap. */
export function RampGroup({ offer, problems, edit }: OfferGroupProps) {
  const { newRow } = useGridStyles();
  return (
    <FieldGroup title="Ramp and renewal">
      {offer.ramp.map((change, year) => (
        <NumberField
          key={year}
          label={`Price change, year ${year + 1}`}
          scale="percent"
          value={change}
          onChange={(value) => edit({ type: "rampStep", year, change: value })}
          problem={problems.get(`ramp[${year}]`)}
        />
      ))}
      <NumberField
        label="Renewal cap, a year"
        className={newRow}
        scale="percent"
        value={offer.renewalUpliftCap}
        onChange={(renewalUpliftCap) => edit({ type: "offer", changes: { renewalUpliftCap } })}
        problem={problems.get("renewalUpliftCap")}
      />
    </FieldGroup>
  );
}
