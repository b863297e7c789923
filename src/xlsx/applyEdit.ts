import type ExcelJS from "exceljs";
import { STALE_BANNER_STYLE, STALE_STYLE, type StaleCells, staleFlags } from "../sharing/stale";
import type { SheetEdit, SheetPrint, TableCreate, WorkbookEdit } from "../workbook/edit";
import { quotedSheetName } from "../formula";
import { inputContent } from "../workbook/plan";
import { writeBlock } from "./blockWriter";
import { applyCellStyle, argb } from "./cellStyle";
import { tallyCharts } from "./charts/sheetCharts";
import { ExcelJsOptions, resolveOptions } from "./excelJsOptions";
import { emptyTally, ExcelJsReport, reportOf, Tally } from "./excelJsReport";
import { applyPageSetup } from "./pageSetup";
import { sheetModel } from "./planCells";
import { SheetWriter } from "./sheetWriter";
import { writeTable } from "./tableWriter";
import { cellAt, setColumnWidth } from "./worksheetCells";
import { SheetEvaluator } from "./evaluate";
import { writeMemorySheet } from "./memorySheet";

/*
 * The file adapter: applies a WorkbookEdit (from reconcile, the same merge the taskpane uses) to
 * an ExcelJS workbook, as src/excel/applyEdit.ts applies it through Office.js. It writes sheets
 * (name, tab colour), tables (style, header, rows, formulas), blocks, inputs (input look), number
 * formats, wrap, merges, column widths, row heights, frozen rows, drop-down lists, conditional
 * formats, charts and the page setup.
 *
 * What differs from Office.js, because a file is not a running Excel:
 * - every formula is stored in the file's own form (fileFormula.ts): DEAL calls as
 *   `_xldudf_DEAL_…`, this-row references spelled out, newer functions with `_xlfn.`;
 * - every formula carries its value, computed by DEAL's own code (evaluate.ts), so the file shows
 *   the right numbers where nothing recalculates it; a spilling DEAL formula is stored cell by
 *   cell, INDEX(formula, row, column) in each cell it spills into (sheetWriter.ts says why);
 * - with `shareSafe`, DEAL calls are written as their native twins' inline formulas instead, and
 *   a DEAL formula that has none is written as its values, flagged as stale (src/sharing/stale);
 * - charts, which ExcelJS cannot write, are tallied with their cells' cached values for
 *   writeFile.ts to add as DrawingML parts (src/xlsx/charts);
 * - the sheets carry no DEAL key custom property (ExcelJS cannot write worksheet custom properties);
 * - DEAL's memory of what it wrote goes on a very hidden sheet after the others (memorySheet.ts).
 * Only new sheets and new tables can be written: a file is built from an empty snapshot.
 */

export type { ExcelJsOptions } from "./excelJsOptions";
export type { ExcelJsReport } from "./excelJsReport";

/** The tables a sheet edit adds; the file writer cannot update a table that exists. */
function newTables(edit: SheetEdit): TableCreate[] {
  return edit.tables.map((table) => {
    if (table.kind !== "create") {
      throw new Error(
        `The file writer adds new tables only; "${table.name}" already exists in the workbook.`
      );
    }
    return table;
  });
}

function applySheet(
  workbook: ExcelJS.Workbook,
  edit: SheetEdit,
  evaluator: SheetEvaluator,
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
        const cell = cellAt(worksheet, { row: area.row + r, column: area.column + c });
        if (cell.isMerged) worksheet.unMergeCells(cell.address);
        cell.value = null;
      }
    }
  }

  const tables = newTables(edit);
  const writer = new SheetWriter(worksheet, edit, evaluator, options, tally);
  writer.prepareSpills();
  // Conditional-format priorities count up across the sheet's tables.
  let priority = 0;
  const nextPriority = () => ++priority;
  for (const table of tables) writeTable(worksheet, writer, table, nextPriority);
  for (const block of edit.blocks) writeBlock(worksheet, writer, block);
  for (const input of edit.inputs) {
    writer.write(input.at, inputContent(input));
    applyCellStyle(cellAt(worksheet, input.at), { ...input.style, input: true });
  }
  const print = flagStaleValues(worksheet, edit, writer.stale);

  for (const [column, width] of Object.entries(edit.columnWidths ?? {})) {
    setColumnWidth(worksheet, Number(column), width);
  }
  for (const [row, height] of Object.entries(edit.rowHeights)) {
    worksheet.getRow(Number(row) + 1).height = height;
  }
  if (edit.freezeRows > 0) {
    worksheet.views = [{ state: "frozen", xSplit: 0, ySplit: edit.freezeRows }];
  }
  applyPageSetup(worksheet, print);
  // Last: a chart caches the values of cells written above.
  tallyCharts(worksheet, edit, tally);
}

/**
 * Marks the DEAL formulas written as values (share-safe, without a native form) as stale, as
 * src/sharing/stale.ts decides; returns the sheet's page setup with the stale header.
 */
function flagStaleValues(
  worksheet: ExcelJS.Worksheet,
  edit: SheetEdit,
  stale: readonly StaleCells[]
): SheetPrint {
  if (stale.length === 0) return edit.print;
  const flags = staleFlags(edit, stale);
  for (const { area } of stale) {
    for (let r = 0; r < area.rows; r++) {
      for (let c = 0; c < area.columns; c++) {
        const at = { row: area.row + r, column: area.column + c };
        applyCellStyle(cellAt(worksheet, at), STALE_STYLE);
      }
    }
  }
  for (const note of flags.notes) cellAt(worksheet, note.at).note = note.text;
  const banner = cellAt(worksheet, flags.banner.at);
  banner.value = flags.banner.text;
  applyCellStyle(banner, STALE_BANNER_STYLE);
  return { ...edit.print, header: flags.header };
}

/**
 * Applies the edit to the workbook (sheets added in the edit's order) and reports what it wrote.
 * Pass the report to writeXlsx (writeFile.ts): it completes what ExcelJS cannot say itself
 * (the calculation state, charts).
 * @throws Error when the edit updates an existing table, or a DEAL formula's value cannot be
 *   computed (the file would otherwise show a wrong number).
 */
export function applyEditToExcelJs(
  workbook: ExcelJS.Workbook,
  edit: WorkbookEdit,
  options: ExcelJsOptions = {}
): ExcelJsReport {
  const resolved = resolveOptions(options);
  const tally = emptyTally();
  // One evaluator per sheet, each able to read the others', so that a formula may refer to
  // another sheet the file holds.
  const evaluators = new Map<string, SheetEvaluator>();
  const otherSheets = (name: string) => evaluators.get(name.toLowerCase());
  const names = new Map(
    edit.sheets.flatMap((sheet) =>
      (sheet.names ?? []).map((n) => [
        n.name.toLowerCase(),
        `${quotedSheetName(sheet.name)}!${n.address}`,
      ])
    )
  );
  const definedName = (name: string) => names.get(name.toLowerCase());
  for (const sheet of edit.sheets) {
    const model = sheetModel(sheet, newTables(sheet));
    evaluators.set(sheet.name.toLowerCase(), new SheetEvaluator(model, otherSheets, definedName));
  }
  for (const sheet of edit.sheets) {
    for (const name of sheet.names ?? []) {
      workbook.definedNames.add(`${quotedSheetName(sheet.name)}!${name.address}`, name.name);
    }
  }
  for (const sheet of edit.sheets) {
    applySheet(workbook, sheet, evaluators.get(sheet.name.toLowerCase())!, resolved, tally);
  }
  if (edit.memory !== undefined) writeMemorySheet(workbook, edit.memory);
  return reportOf(tally, edit);
}
