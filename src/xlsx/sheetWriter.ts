import type ExcelJS from "exceljs";
import { cellAddress, FormulaUnsupported } from "../formula";
import type { SheetEdit } from "../workbook/edit";
import type { CellContent, CellPosition } from "../workbook/plan";
import type { StaleCells } from "../sharing/stale";
import type { SheetEvaluator } from "./evaluate";
import type { ExcelJsOptions } from "./excelJsOptions";
import type { Tally } from "./excelJsReport";
import { dealCallsOf, fileFormula } from "./fileFormula";
import { Evaluated, isErrorValue, Scalar } from "./formulaValues";
import { cellsOf, tableCellsOf } from "./planCells";
import { cellAt } from "./worksheetCells";

/* Writes a sheet's cell values and formulas, each formula with the value it caches. */

/** A computed value as ExcelJS caches it for a formula (a blank result shows as 0, as in Excel). */
function cachedResult(value: Scalar): ExcelJS.CellFormulaValue["result"] {
  if (value === null) return 0;
  if (isErrorValue(value)) return { error: value.error as ExcelJS.CellErrorValue["error"] };
  return value;
}

/** Writes one sheet's cells, formulas with their cached values, in the order of the Office.js adapter. */
export class SheetWriter {
  /** Share-safe: the DEAL formulas written as values, which the sheet must flag as stale. */
  readonly stale: StaleCells[] = [];

  constructor(
    private readonly worksheet: ExcelJS.Worksheet,
    private readonly edit: SheetEdit,
    private readonly evaluator: SheetEvaluator,
    private readonly options: Required<ExcelJsOptions>,
    private readonly tally: Tally
  ) {}

  private where(at: CellPosition): string {
    return `'${this.edit.name}'!${cellAddress(at)}`;
  }

  /** Computes a formula's value; a DEAL formula must have one, another may go without. */
  private evaluate(at: CellPosition, formula: string, isDeal: boolean): Evaluated | undefined {
    try {
      return this.evaluator.cell(at.row, at.column);
    } catch (error) {
      if (!(error instanceof FormulaUnsupported)) throw error;
      if (isDeal) {
        throw new Error(
          `${this.where(at)}: DEAL cannot compute the value to cache for ${formula}: ${error.message}.`
        );
      }
      this.tally.uncachedFormulas.push({ cell: this.where(at), reason: error.message });
      return undefined;
    }
  }

  /** Computes every spilling DEAL formula first, so that cells reading its spill see its values. */
  prepareSpills(): void {
    for (const content of [
      ...this.edit.blocks.flatMap(cellsOf),
      ...this.edit.tables.flatMap(tableCellsOf),
    ]) {
      if (
        "formula" in content.content &&
        dealCallsOf(content.content.formula).includes("ROLLOVER")
      ) {
        this.evaluate(content.at, content.content.formula, true);
      }
    }
  }

  /** The value to give an ExcelJS cell for a plan cell (and, for a spill, the cells it fills). */
  value(at: CellPosition, content: CellContent, table?: string): ExcelJS.CellValue {
    if ("value" in content) return content.value;
    try {
      return this.formulaValue(at, content.formula, table);
    } catch (error) {
      if (!(error instanceof FormulaUnsupported)) throw error;
      throw new Error(
        `${this.where(at)}: DEAL cannot write ${content.formula} into a file: ${error.message}.`
      );
    }
  }

  private formulaValue(at: CellPosition, formula: string, table?: string): ExcelJS.CellValue {
    const dealCalls = dealCallsOf(formula);
    const isDeal = dealCalls.length > 0;
    if (isDeal) this.tally.dealFormulaCells++;
    else this.tally.otherFormulaCells++;
    const result = this.evaluate(at, formula, isDeal);
    const file = fileFormula(formula, { ...this.options, table });

    if (file.text === undefined) {
      // Share-safe, and no native formula exists for this DEAL function: the value alone.
      for (const fn of file.noTwin) this.tally.valuesWithoutTwin.push({ cell: this.where(at), fn });
      if (result === undefined)
        throw new Error(`${this.where(at)}: no value to write for ${formula}.`);
      const size = Array.isArray(result)
        ? { rows: result.length, columns: result[0].length }
        : { rows: 1, columns: 1 };
      this.stale.push({ area: { row: at.row, column: at.column, ...size }, formula });
      if (!Array.isArray(result)) return cachedResult(result as Scalar) as ExcelJS.CellValue;
      this.writeSpill(at, result, (r, c) => {
        this.tally.dealFormulaCells++;
        const cell = this.where({ row: at.row + r, column: at.column + c });
        for (const fn of file.noTwin) this.tally.valuesWithoutTwin.push({ cell, fn });
        return undefined;
      });
      return cachedResult(result[0][0]) as ExcelJS.CellValue;
    }
    if (isDeal) {
      this.tally.dealFormulasCached++;
      if (this.options.shareSafe) this.tally.twinFormulas++;
    }
    if (result === undefined) return { formula: file.text };
    if (!Array.isArray(result))
      return { formula: file.text, result: cachedResult(result as Scalar) };

    // A spill is stored cell by cell, each cell picking its value out of the formula's result:
    // LibreOffice recalculates array formulas on load whatever its settings, so a spill stored as
    // an array formula would show #NAME? there without DEAL, while a plain formula keeps the value
    // it caches (docs/workbook-files.md).
    const text = file.text;
    const pick = (r: number, c: number) => `INDEX(${text},${r + 1},${c + 1})`;
    this.writeSpill(at, result, pick);
    if (isDeal) {
      const cells = result.length * result[0].length;
      this.tally.dealFormulaCells += cells - 1;
      this.tally.dealFormulasCached += cells - 1;
    }
    return { formula: pick(0, 0), result: cachedResult(result[0][0]) };
  }

  /**
   * Writes the cells a formula spills into (all but the anchor's), each with its value, as the
   * formula `formulaAt(r, c)` gives it or as a value where it gives none.
   */
  private writeSpill(
    at: CellPosition,
    matrix: readonly (readonly Scalar[])[],
    formulaAt: (r: number, c: number) => string | undefined
  ): void {
    matrix.forEach((row, r) =>
      row.forEach((v, c) => {
        if (r === 0 && c === 0) return;
        const result = cachedResult(v);
        const formula = formulaAt(r, c);
        cellAt(this.worksheet, { row: at.row + r, column: at.column + c }).value = (
          formula === undefined ? result : { formula, result }
        ) as ExcelJS.CellValue;
      })
    );
  }

  write(at: CellPosition, content: CellContent, table?: string): void {
    cellAt(this.worksheet, at).value = this.value(at, content, table);
  }
}
