import { type Rect, rectAddress } from "../../formula";
import { REUSED_OBJECT_BYTES } from "./payloadSize";
import type { SizedRead } from "./readBatches";
import { meterRequest } from "./requestMeter";
import { cellBytes, OBJECT_RESPONSE_BYTES, type CellProperty } from "./responseSize";

/*
 * A sheet's used range read without knowing its size, in as few syncs as the budget allows. Its
 * size can only be asked in the sync that first reaches the sheet, so that sync also asks for the
 * cells of a window (rectangles from A1 whose cells the caller sized to its share of the budget):
 * a sheet inside its window is read in that one sync, as before the split. What lies outside is
 * read in later syncs, in slices of rows, now that the size is known.
 */

/** Cells per property, as Excel reports them ("" for blank). */
export type CellGrid = Readonly<Partial<Record<CellProperty, unknown[][]>>>;

/** Columns of one slice: a row of a very wide sheet stays far below the budget. */
const SLICE_COLUMNS = 256;
const DIMENSIONS = "rowIndex,columnIndex,rowCount,columnCount";
/** The longest address a read names (XFD1048576:XFD1048576), for the request meter. */
const LONGEST_ADDRESS = "XFD1048576:XFD1048576";

/** The part of `rect` outside every rectangle of `cut`, as disjoint rectangles. */
export function rectMinus(rect: Rect, cut: readonly Rect[]): Rect[] {
  let left: Rect[] = [rect];
  for (const c of cut) {
    left = left.flatMap((r) => {
      const top = Math.max(r.row, c.row);
      const bottom = Math.min(r.row + r.rows, c.row + c.rows);
      const first = Math.max(r.column, c.column);
      const last = Math.min(r.column + r.columns, c.column + c.columns);
      if (top >= bottom || first >= last) return [r];
      const parts: Rect[] = [
        { row: r.row, column: r.column, rows: top - r.row, columns: r.columns },
        { row: bottom, column: r.column, rows: r.row + r.rows - bottom, columns: r.columns },
        { row: top, column: r.column, rows: bottom - top, columns: first - r.column },
        { row: top, column: last, rows: bottom - top, columns: r.column + r.columns - last },
      ];
      return parts.filter((part) => part.rows > 0 && part.columns > 0);
    });
  }
  return left;
}

/**
 * A window of about `cells` cells for a sheet nothing is known of: the first 16 columns deep,
 * the next 16 a quarter as deep. Sheets are mostly long and narrow (a schedule, a ledger, a list)
 * or short and wide (a summary, a comparison); both kinds DEAL writes fit one of a full budget.
 */
export function bandsWindow(cells: number): Rect[] {
  const rows = Math.max(1, Math.floor(cells / 20));
  return [
    { row: 0, column: 0, rows, columns: 16 },
    { row: 0, column: 16, rows: Math.max(1, Math.floor(rows / 4)), columns: 16 },
  ];
}

/**
 * How many cells of `properties` a window of `rectangles` holds within `bytes` of response, the
 * used range's size and each rectangle's object included (UsedCellsRead.opening).
 */
export const windowCells = (
  bytes: number,
  properties: readonly CellProperty[],
  rectangles: number
): number =>
  Math.max(
    0,
    Math.floor((bytes - OBJECT_RESPONSE_BYTES * (1 + rectangles)) / cellBytes(properties))
  );

interface Loaded {
  readonly range: Excel.Range;
  /** Where the cells are; for a window's piece, read from the range once synced. */
  readonly rect?: Rect;
}

/** One sheet's used range, read through a window first and the rest in slices. */
export class UsedCellsRead {
  private used?: Excel.Range;
  private readonly loaded: Loaded[] = [];

  /**
   * @param sheet the sheet, reached in the sync the opening read goes with.
   * @param window rectangles of the sheet read at once; their cells are the opening read's
   *   response estimate, so the caller sizes them to its share of the budget.
   * @param bytesPerCell the response a cell may take, all properties together; by default the
   *   allowance for any content (responseSize.ts).
   */
  constructor(
    private readonly sheet: () => Excel.Worksheet,
    readonly properties: readonly CellProperty[],
    private readonly window: readonly Rect[],
    private readonly bytesPerCell: number = cellBytes(properties)
  ) {}

  /** The used range's size and the window's cells, in one sync. */
  opening(): SizedRead {
    const load = [...this.properties, DIMENSIONS].join(",");
    const queue = (sheet: Excel.Worksheet) => {
      // Untracked (as DEAL's writes are, batchObjects.ts): nothing is kept for Excel.run to
      // release in a request of its own, and what was loaded stays readable.
      const used = sheet.getUsedRangeOrNullObject(true).load(DIMENSIONS).untrack();
      // The used cells within each rectangle: none, or the bounding box of those that are.
      const pieces = this.window.map((rect) =>
        sheet
          .getRange(rectAddress(rect))
          .untrack()
          .getUsedRangeOrNullObject(true)
          .load(load)
          .untrack()
      );
      return { used, pieces };
    };
    const cells = this.window.reduce((sum, rect) => sum + rect.rows * rect.columns, 0);
    return {
      requestBytes: REUSED_OBJECT_BYTES + meterRequest<Excel.Worksheet>(queue),
      responseBytes: OBJECT_RESPONSE_BYTES * (1 + this.window.length) + cells * this.bytesPerCell,
      queue: () => {
        const { used, pieces } = queue(this.sheet());
        this.used = used;
        this.loaded.push(...pieces.map((range) => ({ range })));
      },
    };
  }

  /** Where the used range is, once the opening read is synced; undefined for an empty sheet. */
  rect(): Rect | undefined {
    const used = this.used;
    if (used === undefined || used.isNullObject) return undefined;
    return {
      row: used.rowIndex,
      column: used.columnIndex,
      rows: used.rowCount,
      columns: used.columnCount,
    };
  }

  /** Once the opening read is synced: reads of what the window missed, in slices of rows. */
  rest(): SizedRead[] {
    const used = this.rect();
    if (used === undefined) return [];
    const columnSlices = rectMinus(used, this.window).flatMap((rect) =>
      Array.from({ length: Math.ceil(rect.columns / SLICE_COLUMNS) }, (_, i) => ({
        ...rect,
        column: rect.column + i * SLICE_COLUMNS,
        columns: Math.min(SLICE_COLUMNS, rect.columns - i * SLICE_COLUMNS),
      }))
    );
    const load = this.properties.join(",");
    const requestBytes =
      REUSED_OBJECT_BYTES +
      meterRequest<Excel.Worksheet>((sheet) =>
        sheet.getRange(LONGEST_ADDRESS).load(load).untrack()
      );
    return columnSlices.map((rect): SizedRead => ({
      requestBytes,
      responseBytes: OBJECT_RESPONSE_BYTES,
      rows: rect.rows,
      rowBytes: rect.columns * this.bytesPerCell,
      queue: (from, to) => {
        const slice = { ...rect, row: rect.row + from, rows: to - from };
        const range = this.sheet().getRange(rectAddress(slice)).load(load).untrack();
        this.loaded.push({ range, rect: slice });
      },
    }));
  }

  /** Once every read is synced: the used range's cells by property ("" where blank). */
  grid(): CellGrid {
    const used = this.rect();
    if (used === undefined) return Object.fromEntries(this.properties.map((p) => [p, []]));
    const grid = Object.fromEntries(
      this.properties.map((property) => [
        property,
        Array.from({ length: used.rows }, () => Array<unknown>(used.columns).fill("")),
      ])
    ) as Record<CellProperty, unknown[][]>;
    for (const { range, rect } of this.loaded) {
      // A window's piece is a null object where none of its cells is used.
      if (rect === undefined && range.isNullObject) continue;
      const at = rect ?? { row: range.rowIndex, column: range.columnIndex };
      for (const property of this.properties) {
        const cells = range[property] as unknown[][];
        cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            grid[property][at.row - used.row + r][at.column - used.column + c] = cell;
          })
        );
      }
    }
    return grid;
  }
}
