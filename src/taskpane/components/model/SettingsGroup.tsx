import { Field, Input } from "@fluentui/react-components";
import { FORECAST_SCENARIO, type ModelSettings } from "../../../dealModel";
import type { SettingsEdit } from "../../offerForm/editSettings";
import { useNumberListDraft } from "../../hooks/useNumberDraft";
import { listProblems } from "../../text/listProblems";
import { parseNumberList } from "../../text/numberText";
import { FieldGroup, useGridStyles } from "./FieldGroup";
import { useFitStyles } from "./fitStyles";
import { NumberField } from "./NumberField";
import { NumberInput } from "./NumberInput";
import { RowsTable } from "./RowsTable";
import { ProblemField } from "./ProblemField";

export interface SettingsGroupProps {
  readonly settings: ModelSettings;
  /** The settings' problems by field (settingsProblems' paths), in the form's words. */
  readonly problems: ReadonlyMap<string, string>;
  readonly edit: (edit: SettingsEdit) => void;
}

/** The commitment levels as a list of percentages, "0, 20, 40, …, 200". */
function LevelsField({ settings, problems, edit }: SettingsGroupProps) {
  const { wide } = useGridStyles();
  const fit = useFitStyles();
  const [text, setText] = useNumberListDraft(settings.commitLevels, "percent");
  const problem = listProblems(
    problems,
    "settings.commitLevels",
    settings.commitLevels.map((_, i) => ({ path: `[${i}]`, name: `Level ${i + 1}` }))
  );
  return (
    <ProblemField
      label="Commitment levels, % of the proposed"
      hint="At least 11, from 0 to twice the proposed: 0, 20, … 200"
      className={wide}
      problem={problem}
    >
      <Input
        className={fit.control}
        input={{ className: fit.input }}
        value={text}
        onChange={(_, data) => {
          setText(data.value);
          edit({ type: "commitLevels", levels: parseNumberList(data.value, "percent") });
        }}
      />
    </ProblemField>
  );
}

/**
 * What the offers share: the discount rate for present values, the usage scenarios with their
 * probabilities, the commitment levels the sizing prices and the months an exit is costed at.
 */
export function SettingsGroup(props: SettingsGroupProps) {
  const { settings, problems, edit } = props;
  const { wide } = useGridStyles();
  const scenarioProblem = listProblems(
    problems,
    "settings.scenarios",
    settings.scenarios.flatMap((_, i) => [
      { path: `[${i}].share`, name: `Scenario ${i + 1}, share` },
      { path: `[${i}].probability`, name: `Scenario ${i + 1}, probability` },
    ])
  );
  return (
    <FieldGroup title="Model settings">
      <NumberField
        label="Discount rate, a year"
        hint="For present values"
        scale="percent"
        value={settings.discountRate}
        onChange={(discountRate) => edit({ type: "discountRate", discountRate })}
        problem={problems.get("settings.discountRate")}
      />
      <div className={wide}>
        <RowsTable
          label="Usage scenarios: the sizing and exposure weigh them"
          headers={["Share of forecast, %", "Probability, %"]}
          rows={settings.scenarios.map((scenario, row) => [
            <NumberInput
              size="small"
              scale="percent"
              aria-label={`Scenario ${row + 1} share of the forecast, %`}
              // The forecast itself is the middle scenario: 100% by definition.
              readOnly={row === FORECAST_SCENARIO}
              value={scenario.share}
              onChange={(share) => edit({ type: "scenario", row, changes: { share } })}
            />,
            <NumberInput
              size="small"
              scale="percent"
              aria-label={`Scenario ${row + 1} probability, %`}
              value={scenario.probability}
              onChange={(probability) => edit({ type: "scenario", row, changes: { probability } })}
            />,
          ])}
          problem={scenarioProblem}
        />
      </div>
      <LevelsField {...props} />
      {settings.exitMonths.map((month, index) => (
        <NumberField
          key={index}
          label={`Exit decision ${index + 1}, month`}
          value={month}
          onChange={(value) => edit({ type: "exitMonth", index, month: value })}
          problem={problems.get(`settings.exitMonths[${index}]`)}
        />
      ))}
      {problems.get("settings.exitMonths") !== undefined && (
        <Field
          className={wide}
          size="small"
          validationMessage={problems.get("settings.exitMonths")}
          validationState="error"
        />
      )}
    </FieldGroup>
  );
}
