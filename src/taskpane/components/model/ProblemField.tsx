import { Field, type FieldProps } from "@fluentui/react-components";

/** A small labelled field of the form with what the checks say is wrong with it, shown under it. */
export function ProblemField({
  problem,
  ...props
}: Omit<FieldProps, "validationMessage" | "validationState" | "size"> & {
  readonly problem?: string;
}) {
  return (
    <Field
      {...props}
      size="small"
      validationMessage={problem}
      validationState={problem === undefined ? "none" : "error"}
    />
  );
}
