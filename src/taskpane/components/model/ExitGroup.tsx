import { Switch } from "@fluentui/react-components";
import { FieldGroup, useGridStyles } from "./FieldGroup";
import { NumberField } from "./NumberField";
import type { OfferGroupProps } from "./offerGroupProps";

/**
 * Termination for convenience (playbook REN-09, and the innovation exit after 18 months): notice,
 * a fee in months of fees, and the first month the contract may end. Off: it binds for the term.
 */
export function ExitGroup({ offer, problems, edit }: OfferGroupProps) {
  const { wide } = useGridStyles();
  const { exit } = offer;
  return (
    <FieldGroup title="Exit">
      <Switch
        className={wide}
        label="Exit for convenience"
        checked={exit !== null}
        onChange={(_, data) => edit({ type: "exit", changes: data.checked ? {} : null })}
      />
      {exit !== null && (
        <>
          <NumberField
            label="Notice, months"
            value={exit.noticeMonths}
            onChange={(noticeMonths) => edit({ type: "exit", changes: { noticeMonths } })}
            problem={problems.get("exit.noticeMonths")}
          />
          <NumberField
            label="Fee, months of fees"
            value={exit.feeMonths}
            onChange={(feeMonths) => edit({ type: "exit", changes: { feeMonths } })}
            problem={problems.get("exit.feeMonths")}
          />
          <NumberField
            label="Exit allowed from month"
            value={exit.earliestMonth}
            onChange={(earliestMonth) => edit({ type: "exit", changes: { earliestMonth } })}
            problem={problems.get("exit.earliestMonth")}
          />
        </>
      )}
    </FieldGroup>
  );
}
