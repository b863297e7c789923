import { Field, Radio, RadioGroup, Text, useId } from "@fluentui/react-components";
import type { MergeMode, PriceFileChoice } from "../../content/catalog";
import type { PriceFileState } from "../hooks/usePriceFile";
import type { Outcome } from "../text/outcome";
import { InsertButton } from "./InsertButton";
import { OutcomeMessage } from "./OutcomeMessage";
import { PriceFilePicker } from "./PriceFilePicker";
import { useSectionStyles } from "./styles";

export interface BenchmarkPanelProps {
  /** "24 models from 6 vendors, prices as of 2026-12-07". */
  readonly builtInSummary: string;
  /** The same for the catalog the benchmark will use (built-in plus or instead of the file). */
  readonly catalogSummary: string;
  readonly catalogEmpty: boolean;
  readonly priceFile: PriceFileState;
  readonly mode: MergeMode;
  readonly onModeChange: (mode: MergeMode) => void;
  readonly onChooseFile: (file: File) => void;
  readonly onClearFile: () => void;
  /** Which of the file's rows go into the benchmark. */
  readonly onChoiceChange: (choice: PriceFileChoice) => void;
  readonly onIncludeZeroPricedChange: (include: boolean) => void;
  readonly onInsert: () => void;
  readonly running: boolean;
  /** Another insert is running. */
  readonly blocked: boolean;
  readonly outcome?: Outcome;
}

/** Show the price catalog, optionally take a price file, and insert the benchmark sheet. */
export function BenchmarkPanel(props: BenchmarkPanelProps) {
  const { priceFile, running } = props;
  const shared = useSectionStyles();
  const headingId = useId("benchmark-heading");
  const fileRead = priceFile.kind === "read";

  return (
    <section className={shared.section} aria-labelledby={headingId} aria-busy={running}>
      <h2 id={headingId} className={shared.heading}>
        Competitor benchmark
      </h2>
      <Text>Built-in catalog: {props.builtInSummary}.</Text>
      <PriceFilePicker
        state={priceFile}
        onChoose={props.onChooseFile}
        onClear={props.onClearFile}
        onChoiceChange={props.onChoiceChange}
        onIncludeZeroPricedChange={props.onIncludeZeroPricedChange}
        disabled={running}
      />
      {fileRead && (
        <Field label="Use the file's prices">
          <RadioGroup
            value={props.mode}
            onChange={(_, data) => props.onModeChange(data.value as MergeMode)}
          >
            <Radio value="extend" label="Add to the built-in catalog" />
            <Radio value="replace" label="Replace the built-in catalog" />
          </RadioGroup>
        </Field>
      )}
      {fileRead && (
        <Text className={shared.secondary} role="status">
          {props.catalogEmpty
            ? "The benchmark would be empty: add the file to the built-in catalog, or choose another file."
            : `The benchmark will list ${props.catalogSummary}.`}
        </Text>
      )}
      <InsertButton
        label="Insert benchmark sheet"
        running={running}
        disabled={props.blocked || props.catalogEmpty || priceFile.kind === "reading"}
        onClick={props.onInsert}
      />
      {props.outcome && <OutcomeMessage outcome={props.outcome} />}
    </section>
  );
}
