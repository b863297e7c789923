import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Commitment } from "../../../dealModel";
import { BurstFields } from "./BurstFields";
import { FieldGroup, useGridStyles } from "./FieldGroup";
import { NumberField } from "./NumberField";
import type { OfferGroupProps } from "./offerGroupProps";
import { ProblemField } from "./ProblemField";

/**
 * The spend commitment by contract year (playbook REN-03: a smaller pilot year), what happens to
 * unused capacity, the overage rate and, for a monthly commitment, a burst allowance.
 */
export function CommitmentGroup({ offer, problems, edit }: OfferGroupProps) {
  const { commitment } = offer;
  const { wide, newRow } = useGridStyles();
  const perProblem = problems.get("commitment.per");
  const amountsProblem = problems.get("commitment.amounts");
  const change = (changes: Partial<Commitment>) => edit({ type: "commitment", changes });
  return (
    <FieldGroup title="Commitment">
      {commitment.amounts.map((amount, year) => (
        <NumberField
          key={year}
          label={`Committed spend, year ${year + 1}, $`}
          hint={year === 0 ? "0: pay as you go" : undefined}
          value={amount}
          onChange={(value) => edit({ type: "yearAmount", year, amount: value })}
          problem={problems.get(`commitment.amounts[${year}]`)}
        />
      ))}
      <ProblemField label="Per" className={newRow} problem={perProblem}>
        <RadioGroup
          value={commitment.per}
          onChange={(_, data) => change({ per: data.value as Commitment["per"] })}
        >
          <Radio value="month" label="Month" />
          <Radio value="year" label="Year" />
        </RadioGroup>
      </ProblemField>
      <NumberField
        label="Rollover cap"
        hint="Share of unused spend carried"
        scale="percent"
        value={commitment.rolloverCap}
        onChange={(rolloverCap) => change({ rolloverCap })}
        problem={problems.get("commitment.rolloverCap")}
      />
      <NumberField
        label="Overage rate"
        hint="% of the committed rate; also without commitment"
        scale="percent"
        value={offer.overageRate}
        onChange={(overageRate) => edit({ type: "offer", changes: { overageRate } })}
        problem={problems.get("overageRate")}
      />
      <NumberField
        label="Carry expires, months"
        hint="Empty: never"
        optional
        value={commitment.expiryMonths ?? null}
        onChange={(expiryMonths) => change({ expiryMonths: expiryMonths ?? undefined })}
        problem={problems.get("commitment.expiryMonths")}
      />
      <NumberField
        label="True-up every, months"
        hint="Empty: none"
        optional
        value={commitment.trueUpMonths ?? null}
        onChange={(trueUpMonths) => change({ trueUpMonths: trueUpMonths ?? undefined })}
        problem={problems.get("commitment.trueUpMonths")}
      />
      {commitment.per === "month" && <BurstFields offer={offer} problems={problems} edit={edit} />}
      {amountsProblem !== undefined && (
        <Field
          className={wide}
          size="small"
          validationMessage={amountsProblem}
          validationState="error"
        />
      )}
    </FieldGroup>
  );
}
