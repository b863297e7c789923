import { Text, useId } from "@fluentui/react-components";
import type { Outcome } from "../text/outcome";
import { InsertButton } from "./InsertButton";
import { OutcomeMessage } from "./OutcomeMessage";
import { useSectionStyles } from "./styles";

export interface InsertAllPanelProps {
  /** What the one pass will insert, e.g. "10 checklists and the benchmark of 18 models". */
  readonly summary: string;
  readonly onInsert: () => void;
  readonly running: boolean;
  /** Nothing to insert, or another insert is running. */
  readonly blocked: boolean;
  readonly outcome?: Outcome;
}

/** Both inserts in one pass over the workbook: the quickest way in Excel on the web. */
export function InsertAllPanel({
  summary,
  onInsert,
  running,
  blocked,
  outcome,
}: InsertAllPanelProps) {
  const shared = useSectionStyles();
  const headingId = useId("insert-all-heading");
  return (
    <section className={shared.section} aria-labelledby={headingId} aria-busy={running}>
      <h2 id={headingId} className={shared.heading}>
        Both at once
      </h2>
      <Text className={shared.secondary}>{summary}, in one pass over the workbook.</Text>
      <InsertButton
        label="Insert checklists and benchmark"
        running={running}
        disabled={blocked}
        onClick={onInsert}
      />
      {outcome && <OutcomeMessage outcome={outcome} />}
    </section>
  );
}
