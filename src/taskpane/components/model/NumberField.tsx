import { Field } from "@fluentui/react-components";
import { NumberInput, type NumberInputProps } from "./NumberInput";

export type NumberFieldProps = NumberInputProps & {
  readonly label: string;
  /** What offerProblems says is wrong with the field, shown under it. */
  readonly problem?: string;
  readonly hint?: string;
};

/** A labelled number of an offer, with its problem under it. */
export function NumberField({ label, problem, hint, className, ...input }: NumberFieldProps) {
  return (
    <Field
      label={label}
      hint={hint}
      size="small"
      className={className}
      validationMessage={problem}
      validationState={problem === undefined ? "none" : "error"}
    >
      <NumberInput {...input} />
    </Field>
  );
}
