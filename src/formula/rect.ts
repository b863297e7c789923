/*
 * Cells and rectangles of cells, zero-based (A1 is row 0, column 0): the one rectangle type that
 * plans, edits, sharing, the ledgers, the file writer and the Office.js adapter all use.
 */

/** Zero-based row and column on a sheet (A1 is { row: 0, column: 0 }). */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** A rectangle of cells: its top-left cell and its size, at least one row and one column. */
export interface Rect extends CellPosition {
  readonly rows: number;
  readonly columns: number;
}

/** A rectangle on a named sheet. */
export interface SheetRect extends Rect {
  readonly sheet: string;
}

/** The single cell at a position, as a rectangle. */
export const cellRect = (row: number, column: number): Rect => ({
  row,
  column,
  rows: 1,
  columns: 1,
});

/** The rectangle between two corners, given in either order. */
export function rectBetween(a: CellPosition, b: CellPosition): Rect {
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return {
    row,
    column,
    rows: Math.max(a.row, b.row) - row + 1,
    columns: Math.max(a.column, b.column) - column + 1,
  };
}

/** The rectangle's bottom row. */
export const lastRow = (rect: Rect): number => rect.row + rect.rows - 1;

/** The rectangle's rightmost column. */
export const lastColumn = (rect: Rect): number => rect.column + rect.columns - 1;

/** The rectangle's bottom-right cell. */
export const bottomRight = (rect: Rect): CellPosition => ({
  row: lastRow(rect),
  column: lastColumn(rect),
});

/** How many cells the rectangle holds. */
export const cellCount = (rect: Rect): number => rect.rows * rect.columns;

/** Whether the cell lies in the rectangle. */
export function contains(rect: Rect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.rows &&
    column >= rect.column &&
    column < rect.column + rect.columns
  );
}

/** The smallest rectangle holding every one of `rects`; undefined for none. */
export function boundingRect(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined;
  const top = Math.min(...rects.map((rect) => rect.row));
  const left = Math.min(...rects.map((rect) => rect.column));
  const bottom = Math.max(...rects.map(lastRow));
  const right = Math.max(...rects.map(lastColumn));
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}
