import { makeStyles } from "@fluentui/react-components";

/**
 * Lets Fluent inputs shrink to their column: a native input is about 20 characters wide and a
 * Combobox or Dropdown 250 px, too wide for two fields a row in a 320 px pane.
 */
export const useFitStyles = makeStyles({
  control: { minWidth: 0, maxWidth: "100%" },
  input: { minWidth: 0, width: "100%" },
});
