import type { CellPosition } from "./plan";

/*
 * A1-style addresses for the formulas DEAL writes. Plans use zero-based positions; formulas need
 * Excel's letters and one-based row numbers.
 */

/** Excel's last column (XFD) as a zero-based index. */
const LAST_COLUMN = 16383;
/** Excel's last row as a zero-based index. */
const LAST_ROW = 1048575;

/** The column letters of a zero-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 0 || column > LAST_COLUMN) {
    throw new RangeError(`column ${column} is outside Excel's sheet (0 to ${LAST_COLUMN})`);
  }
  let letters = "";
  // Bijective base 26: there is no zero digit, so shift by one at every place.
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * The A1 address of a cell, e.g. { row: 3, column: 1 } → "B4", or "$B$4" when `absolute`
 * (for input cells, so a formula keeps pointing at them wherever it sits).
 */
export function cellAddress(at: CellPosition, absolute = false): string {
  if (!Number.isInteger(at.row) || at.row < 0 || at.row > LAST_ROW) {
    throw new RangeError(`row ${at.row} is outside Excel's sheet (0 to ${LAST_ROW})`);
  }
  const mark = absolute ? "$" : "";
  return `${mark}${columnLetters(at.column)}${mark}${at.row + 1}`;
}
