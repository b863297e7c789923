import { cellAddress, columnLetters } from "../workbook/a1";
import type { CellPosition, CellRange } from "../workbook/plan";

/*
 * Rectangle and column addresses for the ranges the adapter writes; single cells and letters
 * come from src/workbook/a1.ts.
 */

/** The A1 address of `rows` × `columns` cells from `at`, e.g. "B4:D9" ("B4" for one cell). */
export function areaAddress(at: CellPosition, rows: number, columns: number): string {
  if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 1 || columns < 1) {
    throw new RangeError(
      `an area needs at least one row and one column (got ${rows} × ${columns})`
    );
  }
  const first = cellAddress(at);
  if (rows === 1 && columns === 1) return first;
  return `${first}:${cellAddress({ row: at.row + rows - 1, column: at.column + columns - 1 })}`;
}

/** The A1 address of a plan's range of cells, e.g. B5:B40 ("B5" for one cell). */
export function rangeAddress(range: CellRange): string {
  return areaAddress(
    range.from,
    range.to.row - range.from.row + 1,
    range.to.column - range.from.column + 1
  );
}

/** The whole-column address of a zero-based column, e.g. 2 → "C:C". */
export function columnAddress(column: number): string {
  const letters = columnLetters(column);
  return `${letters}:${letters}`;
}

/** The whole-row address of zero-based rows `first` to `last`, e.g. 5 → "6:6", (5, 7) → "6:8". */
export function rowAddress(first: number, last: number = first): string {
  return `${first + 1}:${last + 1}`;
}
