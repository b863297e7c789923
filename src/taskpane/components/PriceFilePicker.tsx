import {
  Button,
  Label,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useRef } from "react";
import type { PriceFileChoice } from "../../content/catalog";
import type { PriceFileState } from "../hooks/usePriceFile";
import { readSummary } from "../text/priceFileSummary";
import { PriceFileChoiceFields } from "./PriceFileChoiceFields";
import { useSectionStyles } from "./styles";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  fileName: { overflowWrap: "anywhere" },
});

export interface PriceFilePickerProps {
  readonly state: PriceFileState;
  readonly onChoose: (file: File) => void;
  readonly onClear: () => void;
  readonly onChoiceChange: (choice: PriceFileChoice) => void;
  readonly onIncludeZeroPricedChange: (include: boolean) => void;
  readonly disabled: boolean;
}

/**
 * Picks a litellm price file, says what was read from it and what was skipped (by reason), and
 * lets the user choose its rows.
 */
export function PriceFilePicker(props: PriceFilePickerProps) {
  const { state, onChoose, onClear, disabled } = props;
  const shared = useSectionStyles();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const labelId = useId("price-file-label");
  const hintId = useId("price-file-hint");
  const statusId = useId("price-file-status");

  return (
    <div className={styles.picker} role="group" aria-labelledby={labelId}>
      <Label id={labelId}>Price file (optional)</Label>
      <Text id={hintId} className={shared.secondary}>
        A litellm price list (model_prices_and_context_window.json).
      </Text>
      <div className={styles.buttons}>
        {/* The native input is hidden: this button opens its file dialog and is what users tab to. */}
        <Button
          aria-describedby={`${hintId} ${statusId}`}
          disabled={disabled}
          onClick={() => input.current?.click()}
        >
          Choose file…
        </Button>
        {state.kind !== "none" && (
          <Button appearance="subtle" disabled={disabled} onClick={onClear}>
            Remove file
          </Button>
        )}
      </div>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        tabIndex={-1}
        aria-hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again reads it again.
          event.target.value = "";
          if (file) onChoose(file);
        }}
      />
      <div id={statusId} role="status" className={styles.fileName}>
        {state.kind === "reading" && <Spinner size="tiny" label={`Reading ${state.fileName}…`} />}
        {state.kind === "read" && (
          <Text>{readSummary(state.fileName, state.rows.length, state.skipped)}</Text>
        )}
      </div>
      {state.kind === "read" && (
        <PriceFileChoiceFields
          rows={state.rows}
          choice={state.choice}
          chosen={state.chosen.length}
          includeZeroPriced={state.includeZeroPriced}
          onChoiceChange={props.onChoiceChange}
          onIncludeZeroPricedChange={props.onIncludeZeroPricedChange}
          disabled={disabled}
        />
      )}
      {state.kind === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={styles.fileName}>
            Could not read {state.fileName}: {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
