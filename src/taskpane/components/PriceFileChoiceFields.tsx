import {
  Checkbox,
  Field,
  Input,
  makeStyles,
  Text,
  tokens,
  useId,
} from "@fluentui/react-components";
import { vendorsOf, type PriceFileChoice, type PriceFileRow } from "../../content/catalog";
import { count } from "../text/count";
import { useSectionStyles } from "./styles";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  vendors: {
    display: "flex",
    flexDirection: "column",
    maxHeight: "12rem",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalXS,
  },
});

export interface PriceFileChoiceFieldsProps {
  readonly rows: readonly PriceFileRow[];
  readonly choice: PriceFileChoice;
  readonly chosen: number;
  readonly includeZeroPriced: boolean;
  readonly onChoiceChange: (choice: PriceFileChoice) => void;
  readonly onIncludeZeroPricedChange: (include: boolean) => void;
  readonly disabled: boolean;
}

/**
 * Which of a price file's rows go into the benchmark: its vendors, a search, current models only,
 * and whether entries priced 0 are read at all. Nothing is written until the user inserts.
 */
export function PriceFileChoiceFields(props: PriceFileChoiceFieldsProps) {
  const { rows, choice, disabled } = props;
  const shared = useSectionStyles();
  const styles = useStyles();
  const vendorsId = useId("price-file-vendors");
  const chosen = new Set(choice.vendors);
  const toggle = (vendor: string, on: boolean) =>
    props.onChoiceChange({
      ...choice,
      vendors: on ? [...choice.vendors, vendor] : choice.vendors.filter((v) => v !== vendor),
    });

  return (
    <div className={styles.fields}>
      <Checkbox
        label="Include zero-priced entries (litellm writes 0 where a price is unknown)"
        checked={props.includeZeroPriced}
        disabled={disabled}
        onChange={(_, data) => props.onIncludeZeroPricedChange(data.checked === true)}
      />
      <Text id={vendorsId} weight="semibold">
        Vendors
      </Text>
      <div className={styles.vendors} role="group" aria-labelledby={vendorsId}>
        {vendorsOf(rows).map(({ vendor, count: n }) => (
          <Checkbox
            key={vendor}
            label={`${vendor} (${count(n, "model")})`}
            checked={chosen.has(vendor)}
            disabled={disabled}
            onChange={(_, data) => toggle(vendor, data.checked === true)}
          />
        ))}
      </div>
      <Field label="Search models" hint="Words that must all appear in the model's name or vendor.">
        <Input
          type="search"
          value={choice.search}
          disabled={disabled}
          onChange={(_, data) => props.onChoiceChange({ ...choice, search: data.value })}
        />
      </Field>
      <Checkbox
        label="Current models only (each line's newest version of the current generation)"
        checked={choice.currentOnly}
        disabled={disabled}
        onChange={(_, data) =>
          props.onChoiceChange({ ...choice, currentOnly: data.checked === true })
        }
      />
      <Text className={shared.secondary} role="status">
        {count(props.chosen, "model")} of {rows.length} chosen for the benchmark.
      </Text>
    </div>
  );
}
