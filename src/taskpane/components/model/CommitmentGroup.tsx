import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Commitment } from "../../../dealModel";
import { FieldGroup } from "./FieldGroup";
import { NumberField } from "./NumberField";
import type { OfferGroupProps } from "./offerGroupProps";

/** The spend commitment, what happens to unused capacity, and the overage rate. */
export function CommitmentGroup({ offer, problems, edit }: OfferGroupProps) {
  const { commitment } = offer;
  const perProblem = problems.get("commitment.per");
  const change = (changes: Partial<Commitment>) => edit({ type: "commitment", changes });
  return (
    <FieldGroup title="Commitment">
      <NumberField
        label="Committed spend, $"
        hint="0: pay as you go"
        value={commitment.amounts[0]}
        onChange={(amount) => change({ amounts: [amount] })}
        problem={problems.get("commitment.amounts[0]") ?? problems.get("commitment.amounts")}
      />
      <Field
        label="Per"
        size="small"
        validationMessage={perProblem}
        validationState={perProblem === undefined ? "none" : "error"}
      >
        <RadioGroup
          value={commitment.per}
          onChange={(_, data) => change({ per: data.value as Commitment["per"] })}
        >
          <Radio value="month" label="Month" />
          <Radio value="year" label="Year" />
        </RadioGroup>
      </Field>
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
        hint="% of the committed rate"
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
    </FieldGroup>
  );
}
