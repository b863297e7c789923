import { Dropdown, Field, Option, Radio, RadioGroup } from "@fluentui/react-components";
import { SLA_SCHEDULES } from "../../../content/catalog";
import type { CreditSchedule } from "../../../pricing";
import { FieldGroup, useGridStyles } from "./FieldGroup";
import { useFitStyles } from "./fitStyles";
import { NumberField } from "./NumberField";
import { NumberInput } from "./NumberInput";
import type { OfferGroupProps } from "./offerGroupProps";
import { RowsTable } from "./RowsTable";

/**
 * The service credits: a credit table or a linear clause, their cap, and the uptime outcomes
 * with their probabilities, which the expected credits weigh.
 */
export function SlaGroup({ offer, problems, edit }: OfferGroupProps) {
  const { wide } = useGridStyles();
  const fit = useFitStyles();
  const { sla } = offer;
  const { schedule } = sla;
  const problem = problems.get("sla");
  return (
    <FieldGroup title="SLA">
      <Field label="Credits" size="small" className={wide}>
        <RadioGroup
          layout="horizontal"
          value={schedule.kind}
          onChange={(_, data) =>
            edit({ type: "slaKind", kind: data.value as CreditSchedule["kind"] })
          }
        >
          <Radio value="table" label="Credit table" />
          <Radio value="linear" label="Linear clause" />
        </RadioGroup>
      </Field>
      {schedule.kind === "table" ? (
        <>
          <Field label="Start from a published schedule" size="small" className={wide}>
            <Dropdown
              size="small"
              className={fit.control}
              placeholder="Choose a schedule"
              selectedOptions={[]}
              onOptionSelect={(_, data) => {
                const chosen = SLA_SCHEDULES[Number(data.optionValue)];
                if (chosen) edit({ type: "slaSchedule", schedule: chosen });
              }}
            >
              {SLA_SCHEDULES.map((entry, index) => (
                <Option key={index} value={String(index)}>
                  {`${entry.vendor}: ${entry.service}`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <div className={wide}>
            <RowsTable
              label="Credit table"
              headers={["Below uptime, %", "Credit, % of fee"]}
              rows={schedule.rows.map((entry, row) => [
                <NumberInput
                  size="small"
                  scale="percent"
                  aria-label={`Row ${row + 1} below uptime, %`}
                  value={entry.threshold}
                  onChange={(threshold) => edit({ type: "slaRow", row, changes: { threshold } })}
                />,
                <NumberInput
                  size="small"
                  scale="percent"
                  aria-label={`Row ${row + 1} credit, % of the month's fee`}
                  value={entry.share}
                  onChange={(share) => edit({ type: "slaRow", row, changes: { share } })}
                />,
              ])}
              resize={{
                removeLabel: (row) => `Remove credit row ${row + 1}`,
                onRemove: (row) => edit({ type: "removeSlaRow", row }),
                canRemove: schedule.rows.length > 1,
                addLabel: "Add credit row",
                onAdd: () => edit({ type: "addSlaRow" }),
              }}
            />
          </div>
        </>
      ) : (
        <>
          <NumberField
            label="Target uptime"
            scale="percent"
            value={schedule.target}
            onChange={(target) => edit({ type: "slaLinear", changes: { target } })}
          />
          <NumberField
            label="Credit per step"
            hint="% of the month's fee"
            scale="percent"
            value={schedule.perStep}
            onChange={(perStep) => edit({ type: "slaLinear", changes: { perStep } })}
          />
          <NumberField
            label="Step, % of uptime"
            hint="Empty: 0.1"
            scale="percent"
            optional
            value={schedule.step ?? null}
            onChange={(step) => edit({ type: "slaLinear", changes: { step: step ?? undefined } })}
          />
        </>
      )}
      <NumberField
        label="Credit cap"
        hint="% of the month's fee"
        scale="percent"
        value={sla.cap}
        onChange={(cap) => edit({ type: "sla", changes: { cap } })}
      />
      <div className={wide}>
        <RowsTable
          label="Uptime outcomes: expected credits weigh them"
          headers={["Uptime, %", "Probability, %"]}
          rows={sla.uptimeOutcomes.map((outcome, row) => [
            <NumberInput
              size="small"
              scale="percent"
              aria-label={`Outcome ${row + 1} uptime, %`}
              value={outcome.uptime}
              onChange={(uptime) => edit({ type: "outcome", row, changes: { uptime } })}
            />,
            <NumberInput
              size="small"
              scale="percent"
              aria-label={`Outcome ${row + 1} probability, %`}
              value={outcome.probability}
              onChange={(probability) => edit({ type: "outcome", row, changes: { probability } })}
            />,
          ])}
          resize={{
            removeLabel: (row) => `Remove uptime outcome ${row + 1}`,
            onRemove: (row) => edit({ type: "removeOutcome", row }),
            canRemove: sla.uptimeOutcomes.length > 1,
            addLabel: "Add uptime outcome",
            onAdd: () => edit({ type: "addOutcome" }),
          }}
          problem={problems.get("sla.uptimeOutcomes")}
        />
      </div>
      {problem !== undefined && (
        <Field className={wide} size="small" validationMessage={problem} validationState="error" />
      )}
    </FieldGroup>
  );
}
