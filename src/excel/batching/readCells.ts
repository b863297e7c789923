import { rectAddress, type OfficeCell, type Rect } from "../../sharing/prepare";
import { SAFE_PAYLOAD_BYTES } from "./payloadSize";
import type { SizedRead } from "./readBatches";
import { meterRequest } from "./requestMeter";

/*
 * The cells of known rectangles (used ranges whose size an earlier sync read), read in slices of
 * rows sized for the response. A response's size cannot be known before it comes back, so it is
 * estimated per cell, on the generous side for what DEAL's sheets hold (formulas of up to about
 * a hundred characters, numbers of up to seventeen digits); the 2 MB budget leaves two and a half
 * times that before Excel on the web's 5 MB limit.
 */

export type CellProperty = "formulas" | "values" | "valueTypes";

/** Estimated response bytes per cell and property. */
const CELL_BYTES: Readonly<Record<CellProperty, number>> = {
  formulas: 120,
  values: 48,
  valueTypes: 12,
};

/** A grid of cells as read, one array per loaded property. */
export type CellGrid = Partial<Record<CellProperty, OfficeCell[][]>>;

/** Excel gives "" for blank cells; anything unexpected is read as its text. */
export const asCells = (rows: unknown[][]): OfficeCell[][] =>
  rows.map((row) =>
    row.map((cell) =>
      typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean"
        ? cell
        : cell === null || cell === undefined
          ? ""
          : String(cell)
    )
  );

/** Reads of a rectangle's cells, and the grid they fill once synced. */
export interface CellsRead {
  readonly reads: SizedRead[];
  /** The cells, once every read is synced. */
  readonly grid: () => CellGrid;
}

/** What is read of each cell: everything a sheet in scope needs, or values alone. */
const PROPERTIES = {
  cells: ["formulas", "values", "valueTypes"],
  values: ["values"],
} as const;

/**
 * Reads `rect` of `sheet` in slices of rows, each slice's response within `budget`.
 * @param sheet the sheet, as loaded by an earlier sync.
 */
export function readCells(
  sheet: Excel.Worksheet,
  rect: Rect,
  what: keyof typeof PROPERTIES,
  budget: number = SAFE_PAYLOAD_BYTES
): CellsRead {
  const properties: readonly CellProperty[] = PROPERTIES[what];
  const perRow = rect.columns * properties.reduce((sum, p) => sum + CELL_BYTES[p], 0) + 8;
  const rowsPerSlice = Math.max(1, Math.floor(budget / perRow));
  const slices: { rect: Rect; range?: Excel.Range }[] = [];
  for (let row = 0; row < rect.rows; row += rowsPerSlice) {
    const rows = Math.min(rowsPerSlice, rect.rows - row);
    slices.push({ rect: { ...rect, row: rect.row + row, rows } });
  }
  const reads = slices.map((slice): SizedRead => {
    const queue = (context: Excel.RequestContext | Excel.Worksheet) => {
      const range = (context as Excel.Worksheet).getRange(rectAddress(slice.rect));
      if (what === "cells") range.load("formulas,values,valueTypes");
      else range.load("values");
      return range;
    };
    return {
      from: sheet,
      requestBytes: meterRequest<Excel.Worksheet>((standIn) => queue(standIn)),
      responseBytes: slice.rect.rows * perRow,
      queue: () => {
        slice.range = queue(sheet);
      },
    };
  });
  let grid: CellGrid | undefined;
  return {
    reads,
    grid: () => {
      if (grid !== undefined) return grid;
      grid = {};
      for (const property of properties) {
        grid[property] = slices.flatMap((slice) =>
          asCells((slice.range as Excel.Range)[property] as unknown[][])
        );
      }
      return grid;
    },
  };
}
