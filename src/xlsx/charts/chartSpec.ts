import type { CellPosition } from "../../workbook/plan";

/*
 * A chart as the file writes it: resolved from its plan (chartSpecs.ts) to formulas that name its
 * cells and the values the file caches for them, so the chart's XML (chartXml.ts) needs nothing else.
 */

/** Cells a chart reads: their reference, and per cell the value the file caches (null: none). */
export interface ChartData {
  /** The reference as a chart stores it, e.g. `'DEAL model'!$B$5:$B$40`. */
  readonly formula: string;
  readonly values: readonly (string | number | null)[];
  /** The number format of the first cell, which labels show (e.g. "0%" for shares of a forecast). */
  readonly numberFormat: string;
}

export interface ChartSeries {
  /** The name in the legend; `formula` when it is read from a cell (a table's header). */
  readonly name: string;
  readonly nameFormula?: string;
  readonly values: ChartData;
}

export interface ChartSpec {
  /** The plan's key, which names the chart's frame (as the Office.js adapter names the chart). */
  readonly key: string;
  /** Lines, vertical clustered columns, or horizontal clustered bars. */
  readonly type: "line" | "column" | "bar";
  readonly title: string;
  readonly categories: ChartData;
  readonly series: readonly ChartSeries[];
  readonly categoryAxisTitle?: string;
  readonly valueAxisTitle?: string;
  /** Excel number format of the values and the value axis. */
  readonly valueFormat: string;
  readonly legend: boolean;
  /** The cells the chart covers: its top-left corner, and the corner just past its bottom-right. */
  readonly from: CellPosition;
  readonly to: CellPosition;
}

/** A chart the file cannot hold, and why; the writer reports it and leaves the chart out. */
export class ChartUnwritable extends Error {}
