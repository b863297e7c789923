import { type CellPosition, type Rect, type SheetRect, rectBetween } from "./rect";

/*
 * Excel's A1 addresses, both ways: column letters, cells, rectangles, whole rows and columns, and
 * sheet names as formulas quote them. Positions are zero-based; addresses use Excel's letters and
 * one-based row numbers.
 */

/** Excel's last column (XFD) as a zero-based index. */
export const LAST_COLUMN = 16383;
/** Excel's last row as a zero-based index. */
export const LAST_ROW = 1048575;

/** A cell's address in a formula: column letters and row digits, each optionally after "$". */
export const CELL_PATTERN = String.raw`\$?([A-Za-z]{1,3})\$?(\d+)`;
const CELL = new RegExp(`^${CELL_PATTERN}$`);

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

/** The zero-based column index of column letters, any case: "A" → 0, "aa" → 26. */
export function columnIndex(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column - 1;
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

/** The zero-based position of a single-cell A1 address ("B4", "$B$4"), or undefined. */
export function parseCellAddress(address: string): CellPosition | undefined {
  const match = CELL.exec(address.trim());
  if (match === null) return undefined;
  const row = Number(match[2]) - 1;
  const column = columnIndex(match[1]);
  if (row < 0 || row > LAST_ROW || column > LAST_COLUMN) return undefined;
  return { row, column };
}

/** A cell address made absolute, as it is spelled otherwise: "K60", "K$60" or "$K60" → "$K$60". */
export const absoluteAddress = (address: string): string => address.replace(CELL, "$$$1$$$2");

/** The A1 address of a rectangle: "B4:D9", or "B4" for one cell; "$B$4:$D$9" when `absolute`. */
export function rectAddress(rect: Rect, absolute = false): string {
  const { rows, columns } = rect;
  if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 1 || columns < 1) {
    throw new RangeError(
      `an area needs at least one row and one column (got ${rows} × ${columns})`
    );
  }
  const first = cellAddress(rect, absolute);
  if (rows === 1 && columns === 1) return first;
  const last = cellAddress(
    { row: rect.row + rows - 1, column: rect.column + columns - 1 },
    absolute
  );
  return `${first}:${last}`;
}

/** The rectangle of an address on no sheet: "A14:N29" or "D26" (corners in either order). */
export function parseRectAddress(address: string): Rect | undefined {
  const [first, last = first, more] = address.split(":");
  if (more !== undefined) return undefined;
  const a = parseCellAddress(first);
  const b = parseCellAddress(last);
  return a === undefined || b === undefined ? undefined : rectBetween(a, b);
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

/** A sheet name as formulas quote it: 'Usage plan', with any apostrophe doubled. */
export function quotedSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** `'Prices'!B4`: an address on a named sheet, as a formula refers to it from any sheet. */
export function sheetAddress(sheet: string, address: string): string {
  return `${quotedSheetName(sheet)}!${address}`;
}

const RANGE_ADDRESS = /^(?:'((?:[^']|'')+)'|([^'!]+))!([^:]+(?::[^:]+)?)$/;

/**
 * The range of an address as Excel gives it (`Range.address`): "Usage!B2:C37", "'Usage plan'!$B$2:$C$37"
 * or a single cell; undefined for anything else (no sheet, a whole column, several areas).
 */
export function parseRangeAddress(address: string): SheetRect | undefined {
  const match = RANGE_ADDRESS.exec(address.trim());
  if (match === null) return undefined;
  const [, quoted, plain, cells] = match;
  const rect = parseRectAddress(cells);
  if (rect === undefined) return undefined;
  return { sheet: quoted !== undefined ? quoted.replace(/''/g, "'") : plain, ...rect };
}
