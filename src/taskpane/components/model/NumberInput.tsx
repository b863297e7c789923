import { Input, mergeClasses, type InputProps } from "@fluentui/react-components";
import { useNumberDraft } from "../../hooks/useNumberDraft";
import { parseNumber, type NumberScale } from "../../text/numberText";
import { useFitStyles } from "./fitStyles";

/**
 * What a number input stores: a required number becomes NaN when left empty (so that the offer's
 * problems name it), an optional one becomes null ("none").
 */
export type NumberBinding =
  | {
      readonly optional?: false;
      readonly value: number;
      readonly onChange: (value: number) => void;
    }
  | {
      readonly optional: true;
      readonly value: number | null;
      readonly onChange: (value: number | null) => void;
    };

export type NumberInputProps = NumberBinding &
  Omit<InputProps, "value" | "onChange" | "type" | "defaultValue" | "contentAfter"> & {
    /** "percent": shown as 20 for a stored 0.2. */
    readonly scale?: NumberScale;
  };

/** A Fluent Input for a number of an offer; shows and takes percentages for fractions. */
export function NumberInput(props: NumberInputProps) {
  const { optional, value, onChange, scale = "plain", ...inputProps } = props;
  const [text, setText] = useNumberDraft(value, scale);
  const fit = useFitStyles();
  return (
    <Input
      {...inputProps}
      className={mergeClasses(fit.control, inputProps.className)}
      input={{ className: fit.input }}
      inputMode="decimal"
      value={text}
      contentAfter={scale === "percent" ? "%" : undefined}
      onChange={(_, data) => {
        setText(data.value);
        const parsed = parseNumber(data.value, scale);
        if (optional) onChange(parsed);
        else onChange(parsed ?? NaN);
      }}
    />
  );
}
