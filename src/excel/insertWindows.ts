import { lastColumn, lastRow, type Rect } from "../formula";
import { blockArea, extentOf } from "../workbook/cellAreas";
import { MEMORY_WIDTH } from "../workbook/memory/cellMemory";
import type { CellContent, SheetPlan } from "../workbook/plan";
import { jsonBytes } from "./batching/payloadSize";
import { CELL_RESPONSE_BYTES, OBJECT_RESPONSE_BYTES } from "./batching/responseSize";

/*
 * How an insert reads DEAL's sheets (batching/cellReads.ts). DEAL is about to write each of them
 * again, so it knows how far each reaches and what its cells hold:
 * - its window is what the plan covers from A1 with room for what the user added (rows twice
 *   over and 50 more, columns twice over or 10 more: an earlier layout of DEAL's may be wider),
 *   and DEAL's memory's as many rows as the plans write;
 *   the windows share what the sync leaves them in proportion, so that a sheet longer than
 *   expected takes no sync more than it must;
 * - a cell's response is priced at twice what DEAL's own cells take on average (a formula's
 *   result as the longest number), between 16 and 64 bytes: a benchmark of numbers costs a third
 *   of what a checklist of long asks does, and the user may write twice DEAL's text.
 */

/** Excel's rows. */
const MAX_ROWS = 1_048_576;
/** A formula's result as Excel reports it: at most a number of 17 digits with sign and exponent. */
const RESULT_BYTES = 25;
/** A blank cell: "" and its comma. */
const BLANK_BYTES = 3;
/** Bounds on a DEAL sheet's response per cell. */
const MIN_CELL_BYTES = 16;
const MAX_CELL_BYTES = CELL_RESPONSE_BYTES.values;
/**
 * DEAL's memory: a kind, an item id, and a fingerprint of 7 characters per remembered column
 * (cellMemory.ts); three times its measured average (15 bytes a cell for a 5,000-model benchmark).
 */
const MEMORY_CELL_BYTES = 48;

/** A DEAL sheet to read: how far it reaches from A1, and what a cell of it may take. */
export interface SheetToRead {
  readonly rows: number;
  readonly columns: number;
  readonly cellBytes: number;
}

/** A sheet DEAL has no plan for (a read without plans): a screen or two of any content. */
export const UNKNOWN_SHEET: SheetToRead = {
  rows: 200,
  columns: 30,
  cellBytes: MAX_CELL_BYTES,
};

/** Every cell a plan writes: its blocks, inputs and tables (headers included). */
function planCells(plan: SheetPlan): CellContent[] {
  return [
    ...plan.blocks.flatMap((block) => block.cells.flat()),
    ...plan.inputs.map((input) => ({ value: input.value })),
    ...plan.tables.flatMap((table) => [
      ...table.columns.map((column) => ({ value: column.header })),
      ...table.rows.flat(),
    ]),
  ];
}

/** A plan's sheet: the cells it covers from A1, and twice their average response. */
export function planSheet(plan: SheetPlan): SheetToRead {
  const areas: Rect[] = [
    ...plan.blocks.flatMap((block) => blockArea(block) ?? []),
    ...plan.inputs.map((input) => ({ ...input.at, rows: 1, columns: 1 })),
    ...plan.tables.map((table) => ({
      ...table.at,
      rows: 1 + table.rows.length,
      columns: table.columns.length,
    })),
  ];
  const extent = extentOf(areas);
  const rows = lastRow(extent) + 1;
  const columns = lastColumn(extent) + 1;
  const cells = planCells(plan);
  const bytes = cells.reduce(
    (sum, cell) => sum + ("formula" in cell ? RESULT_BYTES : jsonBytes(cell.value ?? "") + 1),
    BLANK_BYTES * Math.max(0, rows * columns - cells.length)
  );
  const perCell = Math.ceil((2 * bytes) / (rows * columns));
  return {
    rows,
    columns,
    cellBytes: Math.min(MAX_CELL_BYTES, Math.max(MIN_CELL_BYTES, perCell)),
  };
}

/** DEAL's memory after writing these plans: a row for each row they write, at most. */
export const memorySheet = (plans: readonly SheetPlan[]): SheetToRead => ({
  rows: plans.reduce((sum, plan) => sum + planSheet(plan).rows, 0),
  columns: MEMORY_WIDTH,
  cellBytes: MEMORY_CELL_BYTES,
});

/** One window per sheet, all of them within `bytes` of response. */
export function insertWindows(sheets: readonly SheetToRead[], bytes: number): Rect[][] {
  const wanted = sheets.map((sheet) => ({
    rows: 2 * sheet.rows + 50,
    columns: sheet.columns + Math.max(10, sheet.columns),
    cellBytes: sheet.cellBytes,
  }));
  const total = wanted.reduce((sum, w) => sum + w.rows * w.columns * w.cellBytes, 0);
  // Each window's read brings the used range's size and the window's own object besides cells.
  const room = bytes - sheets.length * 2 * OBJECT_RESPONSE_BYTES;
  const scale = Math.max(0, room) / Math.max(1, total);
  return wanted.map((w) => [
    {
      row: 0,
      column: 0,
      rows: Math.max(1, Math.min(MAX_ROWS, Math.floor(w.rows * scale))),
      columns: w.columns,
    },
  ]);
}
