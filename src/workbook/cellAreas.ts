import type { CellArea } from "./edit";
import type { CellBlock, CellRange, ChartPlan } from "./plan";
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
export function blockArea(block: CellBlock): CellArea | undefined {
  if (block.cells.length === 0) return undefined;
  const rows = Math.max(block.cells.length, block.spills?.rows ?? 0);
  return { at: block.at, rows, columns: blockWidth(block) };
}

/** The cells a sheet holds before DEAL writes: its used range, as read (none for an empty sheet). */
export function usedArea(sheet: SheetSnapshot | undefined): CellArea | undefined {
  const used = sheet?.usedRange;
  if (used === undefined || used.values.length === 0) return undefined;
  const columns = Math.max(1, ...used.values.map((row) => row.length));
  return { at: used.at, rows: used.values.length, columns };
}

/** The cells a chart stands over: from its corner, its size in cells (at least one each way). */
export function chartArea(chart: ChartPlan): CellArea {
  return {
    at: chart.at,
    rows: Math.max(chart.heightInRows, 1),
    columns: Math.max(chart.widthInColumns, 1),
  };
}

/** The smallest range holding every area; A1 alone when there is none. */
export function extentOf(areas: readonly CellArea[]): CellRange {
  if (areas.length === 0) return { from: { row: 0, column: 0 }, to: { row: 0, column: 0 } };
  const min = (values: number[]) => Math.min(...values);
  const max = (values: number[]) => Math.max(...values);
  return {
    from: {
      row: min(areas.map((area) => area.at.row)),
      column: min(areas.map((area) => area.at.column)),
    },
    to: {
      row: max(areas.map((area) => area.at.row + area.rows - 1)),
      column: max(areas.map((area) => area.at.column + area.columns - 1)),
    },
  };
}
