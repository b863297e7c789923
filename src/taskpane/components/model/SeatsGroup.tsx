import { FieldGroup, useGridStyles } from "./FieldGroup";
import { NumberField } from "./NumberField";
import type { OfferGroupProps } from "./offerGroupProps";

/**
 * Fixed fees next to usage (playbook CAP-04, CAP-05): seats by contract year at a price a seat a
 * month, and a platform fee a year. They are not drawn from the commitment.
 */
export function SeatsGroup({ offer, problems, edit }: OfferGroupProps) {
  const { newRow } = useGridStyles();
  const { fees } = offer;
  return (
    <FieldGroup title="Seats and platform fee">
      <NumberField
        label="Seat price, $ a month"
        value={fees.seatPrice}
        onChange={(seatPrice) => edit({ type: "fees", changes: { seatPrice } })}
        problem={problems.get("fees.seatPrice")}
      />
      <NumberField
        label="Platform fee, $ a year"
        value={fees.platformFee}
        onChange={(platformFee) => edit({ type: "fees", changes: { platformFee } })}
        problem={problems.get("fees.platformFee")}
      />
      {fees.seats.map((seats, year) => (
        <NumberField
          key={year}
          label={`Seats, year ${year + 1}`}
          className={year === 0 ? newRow : undefined}
          value={seats}
          onChange={(value) => edit({ type: "yearSeats", year, seats: value })}
          problem={
            problems.get(`fees.seats[${year}]`) ??
            (year === 0 ? problems.get("fees.seats") : undefined)
          }
        />
      ))}
    </FieldGroup>
  );
}
