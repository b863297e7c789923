import { boundingRect, cellRect, type Rect } from "../formula";
import type { CellBlock, ChartPlan } from "./plan";
import type { SheetSnapshot } from "./snapshot";

/* The rectangles that a sheet's blocks and charts cover, and the range around several of them. */

/**
 * The widest row of a block, or its merge width or its formula's spill when wider: the columns
 * its style covers.
 */
export function blockWidth(block: CellBlock): number {
  return Math.max(
    1,
    block.mergeAcross ?? 0,
    block.spills?.columns ?? 0,
    ...block.cells.map((row) => row.length)
  );
}

/**
 * The cells a block covers, what its formula spills included: the area its style covers.
 * Undefined for a block without rows, which writes nothing.
 */
export function blockArea(block: CellBlock): Rect | undefined {
  if (block.cells.length === 0) return undefined;
  const rows = Math.max(block.cells.length, block.spills?.rows ?? 0);
  return { row: block.at.row, column: block.at.column, rows, columns: blockWidth(block) };
}

/** The cells a sheet holds before DEAL writes: its used range, as read (none for an empty sheet). */
export function usedArea(sheet: SheetSnapshot | undefined): Rect | undefined {
  const used = sheet?.usedRange;
  if (used === undefined || used.values.length === 0) return undefined;
  const columns = Math.max(1, ...used.values.map((row) => row.length));
  return { row: used.at.row, column: used.at.column, rows: used.values.length, columns };
}

/** The cells a chart stands over: from its corner, its size in cells (at least one each way). */
export function chartArea(chart: ChartPlan): Rect {
  return {
    row: chart.at.row,
    column: chart.at.column,
    rows: Math.max(chart.heightInRows, 1),
    columns: Math.max(chart.widthInColumns, 1),
  };
}

/** The smallest range holding every area; A1 alone when there is none. */
export function extentOf(areas: readonly Rect[]): Rect {
  return boundingRect(areas) ?? cellRect(0, 0);
}
