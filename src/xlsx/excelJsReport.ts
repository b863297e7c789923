import type { FunctionName } from "../pricing/errors";
import type { WorkbookEdit } from "../workbook/edit";
import type { ChartSpec } from "./charts/chartSpec";

/* What the file adapter (applyEdit.ts) wrote: the counts it keeps while writing, and its report. */

/** What was written, for the caller's report and for writing the file (writeFile.ts). */
export interface ExcelJsReport {
  readonly sheets: readonly { readonly key: string; readonly name: string }[];
  /** Cells whose formula calls a DEAL function. */
  readonly dealFormulaCells: number;
  /** Of those, the ones written as a formula with its cached value. */
  readonly dealFormulasCached: number;
  /** Share-safe: DEAL cells written as their twin's inline formula. */
  readonly twinFormulas: number;
  /** Share-safe: DEAL cells written as plain values, their function having no inline twin. */
  readonly valuesWithoutTwin: readonly { readonly cell: string; readonly fn: FunctionName }[];
  /** Other formulas (COUNTIF, table formulas…): how many, and those stored without a value. */
  readonly otherFormulaCells: number;
  readonly uncachedFormulas: readonly { readonly cell: string; readonly reason: string }[];
  /** Charts to write, by ExcelJS worksheet id, with the values their cells cache. */
  readonly charts: ReadonlyMap<number, readonly ChartSpec[]>;
  /** Charts in the plans that the file does not hold: "Sheet: title (why)". */
  readonly chartsLeftOut: readonly string[];
}

export interface Tally {
  dealFormulaCells: number;
  dealFormulasCached: number;
  twinFormulas: number;
  valuesWithoutTwin: { cell: string; fn: FunctionName }[];
  otherFormulaCells: number;
  uncachedFormulas: { cell: string; reason: string }[];
  charts: Map<number, ChartSpec[]>;
  chartsLeftOut: string[];
}

/** A tally with nothing counted yet. */
export function emptyTally(): Tally {
  return {
    dealFormulaCells: 0,
    dealFormulasCached: 0,
    twinFormulas: 0,
    valuesWithoutTwin: [],
    otherFormulaCells: 0,
    uncachedFormulas: [],
    charts: new Map(),
    chartsLeftOut: [],
  };
}

/** The report of an edit written with this tally. */
export function reportOf(tally: Tally, edit: WorkbookEdit): ExcelJsReport {
  return { ...tally, sheets: edit.sheets.map((sheet) => ({ key: sheet.key, name: sheet.name })) };
}
