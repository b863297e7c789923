import type ExcelJS from "exceljs";
import type { FunctionName } from "../pricing/errors";
import type { NativeTwin } from "../sharing/nativeTwin";
import { NATIVE_TWINS } from "../sharing/twins";
import { cellAddress } from "../workbook/a1";
import type { SheetEdit, TableCreate, WorkbookEdit } from "../workbook/edit";
import type { CellBlock, CellContent, CellPosition, TableColumnPlan } from "../workbook/plan";
import { applyCellStyle, argb } from "./cellStyle";
import { Evaluated, isErrorValue, Scalar, SheetEvaluator, SheetModel, TableArea } from "./evaluate";
import { dealCallsOf, fileFormula } from "./fileFormula";
import { FormulaUnsupported } from "./formulaSyntax";

/*
 * The file adapter: applies a WorkbookEdit (from reconcile, the same merge the taskpane uses) to
 * an ExcelJS workbook, as src/excel/applyEdit.ts applies it through Office.js. It writes sheets
 * (name, tab colour), tables (style, header, rows, formulas), blocks, inputs (input look), number
 * formats, wrap, merges, column widths, frozen rows, drop-down lists and conditional formats.
 *
 * What differs from Office.js, because a file is not a running Excel:
 * - every formula is stored in the file's own form (fileFormula.ts): DEAL calls as
 *   `_xldudf_DEAL_…`, this-row references spelled out, newer functions with `_xlfn.`;
 * - every formula carries its value, computed by DEAL's own code (evaluate.ts), so the file shows
 *   the right numbers where nothing recalculates it; a spilling DEAL formula is stored as a
 *   dynamic array over the cells it spills into;
 * - with `shareSafe`, DEAL calls are written as their native twins' inline formulas instead;
 * - charts are left out (ExcelJS cannot write them), and the sheets carry no DEAL key custom
 *   property (ExcelJS cannot write worksheet custom properties).
 * Only new sheets and new tables can be written: a file is built from an empty snapshot.
 */

export interface ExcelJsOptions {
  /** Write each DEAL call as its native twin's inline formula, for spreadsheets without DEAL. */
  readonly shareSafe?: boolean;
  /** The twins to take inline formulas from; DEAL's own (src/sharing/twins) by default. */
  readonly twins?: readonly NativeTwin[];
}

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
  /** Charts in the plans that the file does not hold. */
  readonly chartsLeftOut: readonly string[];
  /** Dynamic-array anchors (spilling formulas), by ExcelJS worksheet id: their A1 addresses. */
  readonly dynamicArrays: ReadonlyMap<number, readonly string[]>;
}

interface Tally {
  dealFormulaCells: number;
  dealFormulasCached: number;
  twinFormulas: number;
  valuesWithoutTwin: { cell: string; fn: FunctionName }[];
  otherFormulaCells: number;
  uncachedFormulas: { cell: string; reason: string }[];
  chartsLeftOut: string[];
  dynamicArrays: Map<number, string[]>;
}

const key = (row: number, column: number) => `${row},${column}`;

/** The cell of a zero-based position. */
const cellAt = (worksheet: ExcelJS.Worksheet, at: CellPosition): ExcelJS.Cell =>
  worksheet.getCell(at.row + 1, at.column + 1);

/** A table's rows as a rectangle: short rows padded blank, and one blank row when there are none (as Excel keeps). */
function tableRows(table: TableCreate): CellContent[][] {
  const width = table.columns.length;
  const rows = table.rows.length === 0 ? [[]] : table.rows;
  return rows.map((row) =>
    Array.from({ length: width }, (_, c): CellContent => row[c] ?? { value: null })
  );
}

/** The cells a sheet edit fills, for the evaluator: tables (header and rows), blocks, inputs. */
function sheetModel(edit: SheetEdit, tables: readonly TableCreate[]): SheetModel {
  const cells = new Map<string, CellContent>();
  const put = (row: number, column: number, content: CellContent) => {
    if ("value" in content && content.value === null) cells.delete(key(row, column));
    else cells.set(key(row, column), content);
  };
  const areas: TableArea[] = tables.map((table) => {
    table.columns.forEach((column, c) =>
      put(table.at.row, table.at.column + c, { value: column.header })
    );
    tableRows(table).forEach((row, r) =>
      row.forEach((content, c) => put(table.at.row + 1 + r, table.at.column + c, content))
    );
    return {
      name: table.name,
      at: table.at,
      headers: table.columns.map((column) => column.header),
      rowCount: table.rows.length,
    };
  });
  for (const block of edit.blocks) {
    block.cells.forEach((row, r) =>
      row.forEach((content, c) => put(block.at.row + r, block.at.column + c, content))
    );
  }
  for (const input of edit.inputs) put(input.at.row, input.at.column, { value: input.value });
  return {
    content: (row, column) => cells.get(key(row, column)),
    table: (name) => areas.find((area) => area.name.toLowerCase() === name.toLowerCase()),
    tableAt: (row, column) =>
      areas.find(
        (area) =>
          row > area.at.row &&
          row <= area.at.row + Math.max(area.rowCount, 1) &&
          column >= area.at.column &&
          column < area.at.column + area.headers.length
      ),
  };
}

/** A computed value as ExcelJS caches it for a formula (a blank result shows as 0, as in Excel). */
function cachedResult(value: Scalar): ExcelJS.CellFormulaValue["result"] {
  if (value === null) return 0;
  if (isErrorValue(value)) return { error: value.error as ExcelJS.CellErrorValue["error"] };
  return value;
}

/** Writes one sheet's cells, formulas with their cached values, in the order of the Office.js adapter. */
class SheetWriter {
  private readonly evaluator: SheetEvaluator;

  constructor(
    private readonly worksheet: ExcelJS.Worksheet,
    private readonly edit: SheetEdit,
    model: SheetModel,
    private readonly options: Required<ExcelJsOptions>,
    private readonly tally: Tally
  ) {
    this.evaluator = new SheetEvaluator(model);
  }

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
      if (!Array.isArray(result)) return cachedResult(result as Scalar) as ExcelJS.CellValue;
      this.writeSpill(at, result, false);
      return cachedResult(result[0][0]) as ExcelJS.CellValue;
    }
    if (isDeal) {
      this.tally.dealFormulasCached++;
      if (this.options.shareSafe) this.tally.twinFormulas++;
    }
    if (result === undefined) return { formula: file.text };
    if (!Array.isArray(result))
      return { formula: file.text, result: cachedResult(result as Scalar) };

    const matrix = result as readonly (readonly Scalar[])[];
    const end = { row: at.row + matrix.length - 1, column: at.column + matrix[0].length - 1 };
    this.writeSpill(at, matrix, true);
    return {
      formula: file.text,
      result: cachedResult(matrix[0][0]),
      shareType: "array",
      ref: `${cellAddress(at)}:${cellAddress(end)}`,
    } as ExcelJS.CellFormulaValue;
  }

  /** Writes the spilled values (all but the anchor's) and records the anchor as a dynamic array. */
  private writeSpill(
    at: CellPosition,
    matrix: readonly (readonly Scalar[])[],
    asFormula: boolean
  ): void {
    matrix.forEach((row, r) =>
      row.forEach((v, c) => {
        if (r === 0 && c === 0) return;
        cellAt(this.worksheet, { row: at.row + r, column: at.column + c }).value = cachedResult(
          v
        ) as ExcelJS.CellValue;
      })
    );
    if (!asFormula) return;
    const anchors = this.tally.dynamicArrays.get(this.worksheet.id) ?? [];
    anchors.push(cellAddress(at));
    this.tally.dynamicArrays.set(this.worksheet.id, anchors);
  }

  write(at: CellPosition, content: CellContent, table?: string): void {
    cellAt(this.worksheet, at).value = this.value(at, content, table);
  }

  table(table: TableCreate): void {
    const rows = tableRows(table);
    const values = rows.map((row, r) =>
      row.map((content, c) =>
        this.value({ row: table.at.row + 1 + r, column: table.at.column + c }, content, table.name)
      )
    );
    this.worksheet.addTable({
      name: table.name,
      displayName: table.name,
      ref: cellAddress(table.at),
      headerRow: true,
      // Excel's own default for a new table: banded rows.
      style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: table.columns.map((column) => ({ name: column.header, filterButton: true })),
      rows: values,
    });
    table.columns.forEach((column, c) => this.formatColumn(table, rows.length, column, c));
  }

  /** Style, width, drop-down list and colours of a table column's data rows. */
  private formatColumn(
    table: TableCreate,
    rowCount: number,
    column: TableColumnPlan,
    c: number
  ): void {
    const x = table.at.column + c;
    const first = table.at.row + 1;
    const body = Array.from({ length: rowCount }, (_, r) =>
      cellAt(this.worksheet, { row: first + r, column: x })
    );
    const ref = `${cellAddress({ row: first, column: x })}:${cellAddress({ row: first + rowCount - 1, column: x })}`;
    setColumnWidth(this.worksheet, x, column.width);
    for (const cell of body) applyCellStyle(cell, column.style);
    // One validation over the column's rows: per-cell ones are merged by ExcelJS into ranges that
    // can overlap (it sorts addresses as text, so G10 comes before G7).
    if (column.list !== undefined)
      validations(this.worksheet).add(ref, listValidation(column.list));
    if (column.colors !== undefined && column.colors.length > 0) {
      this.worksheet.addConditionalFormatting({
        ref,
        rules: column.colors.map((color) => ({
          type: "cellIs",
          operator: "equal",
          formulae: [`"${color.equals.replace(/"/g, '""')}"`],
          priority: this.nextPriority(),
          style: {
            fill: {
              type: "pattern",
              pattern: "solid",
              bgColor: { argb: argb(color.fill) },
              fgColor: { argb: argb(color.fill) },
            },
            font: { color: { argb: argb(color.fontColor) } },
          },
        })),
      });
    }
  }

  private priority = 0;
  private nextPriority(): number {
    return ++this.priority;
  }

  block(block: CellBlock): void {
    if (block.cells.length === 0) return;
    block.cells.forEach((row, r) =>
      row.forEach((content, c) =>
        this.write({ row: block.at.row + r, column: block.at.column + c }, content)
      )
    );
    const width = Math.max(1, block.mergeAcross ?? 0, ...block.cells.map((row) => row.length));
    for (let r = 0; r < block.cells.length; r++) {
      for (let c = 0; c < width; c++) {
        applyCellStyle(
          cellAt(this.worksheet, { row: block.at.row + r, column: block.at.column + c }),
          block.style
        );
      }
    }
    if (block.mergeAcross !== undefined && block.mergeAcross > 1) {
      // Each row merged on its own across the columns: one wide cell per note line.
      for (let r = 0; r < block.cells.length; r++) {
        const row = block.at.row + r + 1;
        this.worksheet.mergeCells(
          row,
          block.at.column + 1,
          row,
          block.at.column + block.mergeAcross
        );
      }
    }
  }
}

/** A plan cell with its position, for the spill pass. */
interface PlacedContent {
  readonly at: CellPosition;
  readonly content: CellContent;
}

function cellsOf(block: CellBlock): PlacedContent[] {
  return block.cells.flatMap((row, r) =>
    row.map((content, c) => ({
      at: { row: block.at.row + r, column: block.at.column + c },
      content,
    }))
  );
}

function tableCellsOf(table: SheetEdit["tables"][number]): PlacedContent[] {
  if (table.kind !== "create") return [];
  return tableRows(table).flatMap((row, r) =>
    row.map((content, c) => ({
      at: { row: table.at.row + 1 + r, column: table.at.column + c },
      content,
    }))
  );
}

/**
 * Sets a column's width in characters. ExcelJS leaves a width of exactly 9, its own default, out
 * of the file, where Excel would then use its default of 8.43; a width a hair above 9 is kept.
 */
function setColumnWidth(worksheet: ExcelJS.Worksheet, column: number, width: number): void {
  worksheet.getColumn(column + 1).width = width === 9 ? 9 + 1e-9 : width;
}

/** The sheet's data validations by address, which ExcelJS has but does not declare. */
const validations = (worksheet: ExcelJS.Worksheet) =>
  (
    worksheet as unknown as {
      dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void };
    }
  ).dataValidations;

/** An in-cell drop-down of fixed values: Excel's list syntax, quotes doubled, no commas. */
function listValidation(values: readonly string[]): ExcelJS.DataValidation {
  for (const v of values) {
    if (v.includes(","))
      throw new RangeError(`the drop-down value "${v}" has a comma, which a list cannot hold`);
  }
  const list = `"${values.map((v) => v.replace(/"/g, '""')).join(",")}"`;
  if (list.length > 257)
    throw new RangeError(`a drop-down list longer than 255 characters: ${list}`);
  return { type: "list", allowBlank: true, formulae: [list], showErrorMessage: true };
}

function applySheet(
  workbook: ExcelJS.Workbook,
  edit: SheetEdit,
  options: Required<ExcelJsOptions>,
  tally: Tally
): void {
  const worksheet = edit.create
    ? workbook.addWorksheet(edit.name)
    : workbook.getWorksheet(edit.name);
  if (worksheet === undefined)
    throw new Error(`The workbook has no sheet "${edit.name}" to update.`);
  if (edit.tabColor !== undefined) worksheet.properties.tabColor = { argb: argb(edit.tabColor) };

  for (const area of edit.clear) {
    for (let r = 0; r < area.rows; r++) {
      for (let c = 0; c < area.columns; c++) {
        const cell = cellAt(worksheet, { row: area.at.row + r, column: area.at.column + c });
        if (cell.isMerged) worksheet.unMergeCells(cell.address);
        cell.value = null;
      }
    }
  }

  const tables = edit.tables.map((table) => {
    if (table.kind !== "create") {
      throw new Error(
        `The file writer adds new tables only; "${table.name}" already exists in the workbook.`
      );
    }
    return table;
  });
  const writer = new SheetWriter(worksheet, edit, sheetModel(edit, tables), options, tally);
  writer.prepareSpills();
  for (const table of tables) writer.table(table);
  for (const block of edit.blocks) writer.block(block);
  for (const input of edit.inputs) {
    writer.write(input.at, { value: input.value });
    applyCellStyle(cellAt(worksheet, input.at), { ...input.style, input: true });
  }

  for (const [column, width] of Object.entries(edit.columnWidths ?? {})) {
    setColumnWidth(worksheet, Number(column), width);
  }
  if (edit.freezeRows > 0) {
    worksheet.views = [{ state: "frozen", xSplit: 0, ySplit: edit.freezeRows }];
  }
  for (const chart of edit.charts) tally.chartsLeftOut.push(`${edit.name}: ${chart.title}`);
}

/**
 * Applies the edit to the workbook (sheets added in the edit's order) and reports what it wrote.
 * Pass the report to writeXlsx (writeFile.ts): it completes what ExcelJS cannot say itself
 * (dynamic arrays, the calculation state).
 * @throws Error when the edit updates an existing table, or a DEAL formula's value cannot be
 *   computed (the file would otherwise show a wrong number).
 */
export function applyEditToExcelJs(
  workbook: ExcelJS.Workbook,
  edit: WorkbookEdit,
  options: ExcelJsOptions = {}
): ExcelJsReport {
  const resolved: Required<ExcelJsOptions> = {
    shareSafe: options.shareSafe ?? false,
    twins: options.twins ?? NATIVE_TWINS,
  };
  const tally: Tally = {
    dealFormulaCells: 0,
    dealFormulasCached: 0,
    twinFormulas: 0,
    valuesWithoutTwin: [],
    otherFormulaCells: 0,
    uncachedFormulas: [],
    chartsLeftOut: [],
    dynamicArrays: new Map(),
  };
  for (const sheet of edit.sheets) applySheet(workbook, sheet, resolved, tally);
  return { ...tally, sheets: edit.sheets.map((sheet) => ({ key: sheet.key, name: sheet.name })) };
}
