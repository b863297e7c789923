import {
  Button,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { CellsForecast } from "../../../dealModel";
import { useSelectedUsage } from "../../hooks/useSelectedUsage";
import { count } from "../../text/count";
import { USAGE_CELLS_HINT } from "../../text/usageCells";
import { useSectionStyles } from "../styles";
import { useGridStyles } from "./FieldGroup";
import { useFitStyles } from "./fitStyles";
import type { OfferGroupProps } from "./offerGroupProps";

const useStyles = makeStyles({
  cells: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
  },
  // The address and Excel's words stretch to the pane, and wrap anywhere rather than widen it.
  stretch: { alignSelf: "stretch", minWidth: 0, overflowWrap: "anywhere" },
});

export interface CellsForecastFieldsProps extends Omit<OfferGroupProps, "offer"> {
  readonly forecast: CellsForecast;
  /** Reads the forecast in the selected cells (the workbook service). */
  readonly readSelectedUsage: () => Promise<CellsForecast>;
}

/** A forecast from the workbook: the cells chosen, how many months they hold, and choosing them. */
export function CellsForecastFields({
  forecast,
  problems,
  edit,
  readSelectedUsage,
}: CellsForecastFieldsProps) {
  const styles = useStyles();
  const shared = useSectionStyles();
  const fit = useFitStyles();
  const { wide } = useGridStyles();
  const selection = useSelectedUsage(readSelectedUsage, (cells) =>
    edit({ type: "forecastCells", forecast: cells })
  );
  const problem = problems.get("forecast.source") ?? problems.get("forecast.months");
  const chosen = forecast.source !== "";
  return (
    <div className={mergeClasses(wide, styles.cells)}>
      <Field
        label="Forecast cells"
        size="small"
        className={styles.stretch}
        hint={chosen ? count(forecast.months.length, "month") : undefined}
        validationMessage={problem}
        validationState={problem === undefined ? "none" : "error"}
      >
        <Input
          size="small"
          className={fit.control}
          input={{ className: fit.input }}
          value={forecast.source}
          placeholder="None chosen yet"
          readOnly
        />
      </Field>
      <Text className={shared.secondary}>{USAGE_CELLS_HINT}</Text>
      <Button size="small" disabled={selection.reading} onClick={() => void selection.read()}>
        Use the selected cells
      </Button>
      {selection.refusal !== undefined && (
        <MessageBar intent="error" layout="multiline" className={styles.stretch}>
          <MessageBarBody>{selection.refusal}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
