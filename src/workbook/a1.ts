import type { CellPosition, CellRange } from "./plan";

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

/** A rectangle of cells on a named sheet, zero-based, corners included. */
export interface SheetRange {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The zero-based position of a single-cell A1 address ("B4", "$B$4"), or undefined. */
export function parseCellAddress(address: string): CellPosition | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(address.trim());
  if (match === null) return undefined;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  const row = Number(match[2]) - 1;
  column -= 1;
  if (row < 0 || row > LAST_ROW || column > LAST_COLUMN) return undefined;
  return { row, column };
}

const RANGE_ADDRESS = /^(?:'((?:[^']|'')+)'|([^'!]+))!([^:]+)(?::([^:]+))?$/;

/**
 * The range of an address as Excel gives it (`Range.address`): "Usage!B2:C37", "'Usage plan'!$B$2:$C$37"
 * or a single cell; undefined for anything else (no sheet, a whole column, several areas).
 */
export function parseRangeAddress(address: string): SheetRange | undefined {
  const match = RANGE_ADDRESS.exec(address.trim());
  if (match === null) return undefined;
  const [, quoted, plain, first, last] = match;
  const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : plain;
  const corners = [parseCellAddress(first), parseCellAddress(last ?? first)];
  if (corners[0] === undefined || corners[1] === undefined) return undefined;
  return {
    sheet,
    top: Math.min(corners[0].row, corners[1].row),
    left: Math.min(corners[0].column, corners[1].column),
    bottom: Math.max(corners[0].row, corners[1].row),
    right: Math.max(corners[0].column, corners[1].column),
  };
}

/** A sheet name as formulas quote it: 'Usage plan', with any apostrophe doubled. */
export function quotedSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** An absolute address of a range on its sheet: "$C$40:$C$75", or "$B$7" for one cell. */
export function rangeAddress(range: CellRange): string {
  const [from, to] = [cellAddress(range.from, true), cellAddress(range.to, true)];
  return from === to ? from : `${from}:${to}`;
}
