import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  mergeClasses,
  Radio,
  RadioGroup,
  Text,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { PlaybookSection } from "../../content/playbook";
import type { ChecklistLayout } from "../../workbook/checklistSheets";
import type { Outcome } from "../text/outcome";
import { count } from "../text/count";
import { InsertButton } from "./InsertButton";
import { OutcomeMessage } from "./OutcomeMessage";
import { useSectionStyles } from "./styles";

const useStyles = makeStyles({
  groupHeader: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  selectButtons: { display: "flex", columnGap: tokens.spacingHorizontalXS },
  checkboxes: { display: "flex", flexDirection: "column" },
  // "(9 items)" stays on one line when a long title wraps.
  itemCount: { whiteSpace: "nowrap" },
});

export interface ChecklistPanelProps {
  readonly sections: readonly PlaybookSection[];
  readonly isSelected: (code: string) => boolean;
  readonly selectedCodes: readonly string[];
  readonly onSelectedChange: (code: string, selected: boolean) => void;
  readonly onSelectAll: () => void;
  readonly onSelectNone: () => void;
  readonly layout: ChecklistLayout;
  readonly onLayoutChange: (layout: ChecklistLayout) => void;
  readonly onInsert: () => void;
  readonly running: boolean;
  /** Another insert is running. */
  readonly blocked: boolean;
  readonly outcome?: Outcome;
}

/** Choose playbook sections and insert their checklists. */
export function ChecklistPanel(props: ChecklistPanelProps) {
  const { sections, isSelected, selectedCodes, running } = props;
  const shared = useSectionStyles();
  const styles = useStyles();
  const headingId = useId("checklists-heading");
  const groupLabelId = useId("sections-label");
  const asks = sections
    .filter((section) => isSelected(section.code))
    .reduce((sum, section) => sum + section.items.length, 0);

  return (
    <section className={shared.section} aria-labelledby={headingId} aria-busy={running}>
      <h2 id={headingId} className={shared.heading}>
        Playbook checklists
      </h2>
      <div className={styles.groupHeader}>
        <Text id={groupLabelId}>Sections</Text>
        <div className={styles.selectButtons}>
          <Button size="small" appearance="subtle" onClick={props.onSelectAll}>
            Select all
          </Button>
          <Button size="small" appearance="subtle" onClick={props.onSelectNone}>
            Select none
          </Button>
        </div>
      </div>
      <div role="group" aria-labelledby={groupLabelId} className={styles.checkboxes}>
        {sections.map((section) => (
          <Checkbox
            key={section.code}
            checked={isSelected(section.code)}
            onChange={(_, data) => props.onSelectedChange(section.code, data.checked === true)}
            label={
              <>
                {section.title}{" "}
                <span className={mergeClasses(shared.secondary, styles.itemCount)}>
                  ({count(section.items.length, "item")})
                </span>
              </>
            }
          />
        ))}
      </div>
      <Text className={shared.secondary} role="status">
        {selectedCodes.length === 0
          ? "Choose at least one section."
          : `${selectedCodes.length} of ${sections.length} sections, ${count(asks, "ask")}`}
      </Text>
      <Field label="Layout">
        <RadioGroup
          value={props.layout}
          onChange={(_, data) => props.onLayoutChange(data.value as ChecklistLayout)}
        >
          <Radio value="sheetPerSection" label="A sheet per section" />
          <Radio value="oneSheet" label="All on one sheet" />
        </RadioGroup>
      </Field>
      <InsertButton
        label="Insert checklists"
        running={running}
        disabled={props.blocked || selectedCodes.length === 0}
        onClick={props.onInsert}
      />
      {props.outcome && <OutcomeMessage outcome={props.outcome} />}
    </section>
  );
}
