import { NumberInput, type NumberInputProps } from "./NumberInput";
import { ProblemField } from "./ProblemField";

export type NumberFieldProps = NumberInputProps & {
  readonly label: string;
  /** What offerProblems says is wrong with the field, shown under it. */
  readonly problem?: string;
  readonly hint?: string;
};

/** A labelled number of an offer, with its problem under it. */
export function NumberField({ label, problem, hint, className, ...input }: NumberFieldProps) {
  return (
    <ProblemField label={label} hint={hint} className={className} problem={problem}>
      <NumberInput {...input} />
    </ProblemField>
  );
}
