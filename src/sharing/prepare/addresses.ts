import { cellAddress, quotedSheetName } from "../../workbook/a1";
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

/** `'Prices'!B4`: a place in the workbook as Excel would write it. */
export function placeText(sheet: string, address: string): string {
  return `${quotedSheetName(sheet)}!${address}`;
}
