import { Combobox, Option } from "@fluentui/react-components";
import type { ModelPrice } from "../../../content/catalog";
import { useFitStyles } from "./fitStyles";
import { ProblemField } from "./ProblemField";

export interface CatalogModelPickerProps {
  readonly label: string;
  readonly hint?: string;
  readonly className?: string;
  /** The name shown: a catalog model's or one typed. */
  readonly value: string;
  /** The catalog entry shown as picked, when it is one. */
  readonly picked?: ModelPrice;
  readonly catalog: readonly ModelPrice[];
  readonly onType: (name: string) => void;
  readonly onPick: (model: ModelPrice) => void;
  readonly problem?: string;
}

/** A model from the benchmark catalog (for its list prices) or a name typed. */
export function CatalogModelPicker(props: CatalogModelPickerProps) {
  const fit = useFitStyles();
  const { catalog, problem, picked } = props;
  const index = picked === undefined ? -1 : catalog.indexOf(picked);
  return (
    <ProblemField
      label={props.label}
      hint={props.hint}
      className={props.className}
      problem={problem}
    >
      <Combobox
        freeform
        size="small"
        className={fit.control}
        input={{ className: fit.input }}
        value={props.value}
        selectedOptions={index < 0 ? [] : [String(index)]}
        onChange={(event) => props.onType(event.target.value)}
        onOptionSelect={(_, data) => {
          const model = catalog[Number(data.optionValue)];
          if (model) props.onPick(model);
        }}
      >
        {catalog.map((model, i) => (
          <Option key={i} value={String(i)} text={model.model}>
            {`${model.vendor}: ${model.model}`}
          </Option>
        ))}
      </Combobox>
    </ProblemField>
  );
}
