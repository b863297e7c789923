import { makeStyles, mergeClasses, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { BILLING_FREQUENCIES, type BillingFrequency } from "../../../dealModel";
import { prepaymentRateText } from "../../text/prepaymentRate";
import { useSectionStyles } from "../styles";
import { FieldGroup, useGridStyles } from "./FieldGroup";
import { NumberField } from "./NumberField";
import type { OfferGroupProps } from "./offerGroupProps";
import { ProblemField } from "./ProblemField";

// Four choices side by side wrap in the 320 px pane rather than widen it.
const useStyles = makeStyles({ frequencies: { flexWrap: "wrap" } });

const FREQUENCY_LABELS: Readonly<Record<BillingFrequency, string>> = {
  monthly: "Monthly",
  quarterly: "Quarterly",
  annually: "Annually",
  "up front": "Up front",
};

/**
 * When the committed fees are billed, each bill in advance, the discount for paying so (playbook
 * PRC-05), and what that discount is worth as interest: billing moves cash, not what the
 * commitment covers.
 */
export function BillingGroup({ offer, problems, edit }: OfferGroupProps) {
  const { wide } = useGridStyles();
  const styles = useStyles();
  const shared = useSectionStyles();
  const { billing } = offer;
  const rate = prepaymentRateText(offer, problems);
  const frequencyProblem = problems.get("billing.frequency");
  return (
    <FieldGroup title="Billing">
      <ProblemField label="Committed fees billed" className={wide} problem={frequencyProblem}>
        <RadioGroup
          layout="horizontal"
          className={styles.frequencies}
          value={billing.frequency}
          onChange={(_, data) =>
            edit({ type: "billing", changes: { frequency: data.value as BillingFrequency } })
          }
        >
          {BILLING_FREQUENCIES.map((frequency) => (
            <Radio key={frequency} value={frequency} label={FREQUENCY_LABELS[frequency]} />
          ))}
        </RadioGroup>
      </ProblemField>
      <NumberField
        label="Prepayment discount"
        hint="Off what is billed in advance"
        scale="percent"
        value={billing.prepaymentDiscount}
        onChange={(prepaymentDiscount) =>
          edit({ type: "billing", changes: { prepaymentDiscount } })
        }
        problem={problems.get("billing.prepaymentDiscount")}
      />
      {rate !== undefined && (
        <Text role="status" className={mergeClasses(shared.secondary, wide)}>
          {rate}
        </Text>
      )}
    </FieldGroup>
  );
}
