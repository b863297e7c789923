import type ExcelJS from "exceljs";
import type { CellPosition } from "../workbook/plan";

/* Small writes to an ExcelJS worksheet by DEAL's zero-based positions. */

/** The cell of a zero-based position. */
export const cellAt = (worksheet: ExcelJS.Worksheet, at: CellPosition): ExcelJS.Cell =>
  worksheet.getCell(at.row + 1, at.column + 1);

/**
 * Sets a column's width in characters. ExcelJS leaves a width of exactly 9, its own default, out
 * of the file, where Excel would then use its default of 8.43; a width a hair above 9 is kept.
 */
export function setColumnWidth(worksheet: ExcelJS.Worksheet, column: number, width: number): void {
  worksheet.getColumn(column + 1).width = width === 9 ? 9 + 1e-9 : width;
}
