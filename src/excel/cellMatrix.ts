import type { CellContent, CellValue } from "../workbook/plan";
import { asLiteralCellText } from "./literalText";

/*
 * Plan cells as the 2-D arrays Office.js writes. Setting `values` or `formulas` both act like
 * typing, so one array can hold formulas and literal values side by side; text is protected by
 * asLiteralCellText so that only DEAL's own formulas are ever read as formulas.
 */

/** One cell as Office.js takes it. */
export type OfficeCell = string | number | boolean;

/** The Range property to set and the array to set it to. */
export interface CellMatrix {
  /** `formulas` when any cell holds a formula (so Excel keeps it as one), else `values`. */
  readonly property: "values" | "formulas";
  readonly cells: OfficeCell[][];
}

/** A value as Office.js should write it: blank for null, protected text, numbers and booleans as is. */
export function officeValue(value: CellValue): OfficeCell {
  if (value === null) return "";
  return typeof value === "string" ? asLiteralCellText(value) : value;
}

/** One plan cell as Office.js should write it. */
export function officeCell(content: CellContent): OfficeCell {
  return "formula" in content ? content.formula : officeValue(content.value);
}

/** Rows of plan cells as one array to write, with the property that keeps formulas formulas. */
export function cellMatrix(rows: readonly (readonly CellContent[])[]): CellMatrix {
  const hasFormula = rows.some((row) => row.some((content) => "formula" in content));
  return {
    property: hasFormula ? "formulas" : "values",
    cells: rows.map((row) => row.map(officeCell)),
  };
}
