import type ExcelJS from "exceljs";
import type { TableColumnPlan } from "../workbook/plan";
import { argb } from "./cellStyle";

/* The rules a table column carries over a range: a drop-down list, and fill colours by value. */

/** The sheet's data validations by address, which ExcelJS has but does not declare. */
const validations = (worksheet: ExcelJS.Worksheet) =>
  (
    worksheet as unknown as {
      dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void };
    }
  ).dataValidations;

/** An in-cell drop-down of fixed values: Excel's list syntax, quotes doubled, no commas. */
function listValidation(values: readonly string[]): ExcelJS.DataValidation {
  for (const v of values) {
    if (v.includes(","))
      throw new RangeError(`the drop-down value "${v}" has a comma, which a list cannot hold`);
  }
  const list = `"${values.map((v) => v.replace(/"/g, '""')).join(",")}"`;
  if (list.length > 257)
    throw new RangeError(`a drop-down list longer than 255 characters: ${list}`);
  return { type: "list", allowBlank: true, formulae: [list], showErrorMessage: true };
}

/** A column's drop-down list over `ref`, as one validation of the sheet. */
export function addListValidation(
  worksheet: ExcelJS.Worksheet,
  ref: string,
  list: readonly string[]
): void {
  validations(worksheet).add(ref, listValidation(list));
}

/** A column's colours over `ref`: one "equals" rule per colour, priorities from `nextPriority`. */
export function addColorRules(
  worksheet: ExcelJS.Worksheet,
  ref: string,
  colors: NonNullable<TableColumnPlan["colors"]>,
  nextPriority: () => number
): void {
  worksheet.addConditionalFormatting({
    ref,
    rules: colors.map((color) => ({
      type: "cellIs",
      operator: "equal",
      formulae: [`"${color.equals.replace(/"/g, '""')}"`],
      priority: nextPriority(),
      style: {
        fill: {
          type: "pattern",
          pattern: "solid",
          bgColor: { argb: argb(color.fill) },
          fgColor: { argb: argb(color.fill) },
        },
        font: { color: { argb: argb(color.fontColor) } },
      },
    })),
  });
}
