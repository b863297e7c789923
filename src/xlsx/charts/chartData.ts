import type ExcelJS from "exceljs";
import { lastColumn, lastRow, type Rect, rectAddress, sheetAddress } from "../../formula";
import type { ChartData } from "./chartSpec";

/*
 * The cells a chart reads, with the values the file caches for them: read back from the written
 * worksheet, so a chart's cache is exactly the cells' own cached values (a formula's is the one
 * the writer's evaluator computed, a spilled cell's is its written value).
 */

/** What a cell shows as chart data: its value, a formula's cached result; null for none or an error. */
function shownValue(value: ExcelJS.CellValue | undefined): string | number | null {
  if (typeof value === "number" || typeof value === "string") return value;
  if (value === null || value === undefined || typeof value !== "object") return null;
  if ("formula" in value || "sharedFormula" in value) return shownValue(value.result);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  return null;
}

/** The reference of a range as a chart's formula, `'Sheet'!$A$1:$A$9` (one cell: `'Sheet'!$A$1`). */
export function rangeFormula(sheet: string, range: Rect): string {
  return sheetAddress(sheet, rectAddress(range, true));
}

/** The cells of `range` on the written worksheet, row by row, with their cached values. */
export function chartData(worksheet: ExcelJS.Worksheet, range: Rect): ChartData {
  const values: (string | number | null)[] = [];
  for (let row = range.row; row <= lastRow(range); row++) {
    for (let column = range.column; column <= lastColumn(range); column++) {
      // findCell, not getCell: reading a blank cell must not add it to the sheet.
      values.push(shownValue(worksheet.findCell(row + 1, column + 1)?.value));
    }
  }
  const numberFormat = worksheet.findCell(range.row + 1, range.column + 1)?.numFmt;
  return {
    formula: rangeFormula(worksheet.name, range),
    values,
    numberFormat: numberFormat ?? "General",
  };
}
