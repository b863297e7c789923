import { cellAddress } from "../../workbook/a1";
import type { Rect } from "./types";

/*
 * A1 addresses of cells and rectangles, both ways, and where they lie.
 */

/** "B4" for one cell, "D2:H13" for more. */
export function rectAddress(rect: Rect): string {
  const first = cellAddress({ row: rect.row, column: rect.column });
  if (rect.rows === 1 && rect.columns === 1) return first;
  const last = cellAddress({
    row: rect.row + rect.rows - 1,
    column: rect.column + rect.columns - 1,
  });
  return `${first}:${last}`;
}

/** The single cell at a position, as a rectangle. */
export const cellRect = (row: number, column: number): Rect => ({
  row,
  column,
  rows: 1,
  columns: 1,
});

/** Whether the cell lies in the rectangle. */
export function contains(rect: Rect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.rows &&
    column >= rect.column &&
    column < rect.column + rect.columns
  );
}

/** Excel's last row and column, zero-based. */
const LAST_ROW = 1048575;
const LAST_COLUMN = 16383;

/** The zero-based position of a single-cell A1 address ("B4", "$B$4"), or undefined. */
export function parseCellAddress(address: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(address.trim());
  if (match === null) return undefined;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  const row = Number(match[2]) - 1;
  column -= 1;
  if (row < 0 || row > LAST_ROW || column > LAST_COLUMN) return undefined;
  return { row, column };
}

/** `'Prices'!B4`: a place in the workbook as Excel would write it. */
export function placeText(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
