import type { SheetEdit, WorkbookEdit } from "../workbook/edit";
import type { TableSnapshot } from "../workbook/snapshot";
import { columnAddress, rowAddress } from "./a1Range";
import { chartName } from "../workbook/names";
import { createTable, POINTS_PER_CHARACTER, updateTable } from "./applyTable";
import { applyPageLayout } from "./pageLayout";
import { DEAL_KEY_PROPERTY, WorkbookRead } from "./readSnapshot";
import { drawSeriesChart } from "./seriesChart";
import { drawTableBarChart } from "./tableBarChart";
import { headerSpelling } from "./tableHeaders";
import { clearArea, writeBlock, writeInput } from "./writeCells";
import { writeMemory } from "./writeMemory";

/*
 * Queues a whole WorkbookEdit on the request context, without syncing: the caller syncs once.
 * Per sheet, the order matters:
 * - earlier notes are cleared before tables grow (Excel inserts appended rows, shifting the cells
 *   below, so a later clear could hit the table);
 * - blocks are written after tables grow, so the shift cannot move them off their planned rows;
 * - row heights are set once tables have grown, at the rows the edit gives;
 * - charts come last, once their tables and cells exist, then the page setup.
 * DEAL's memory of what it wrote goes after every sheet (writeMemory.ts).
 */

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** A table as a chart needs it: the object, and its real spelling of a planned header. */
interface ChartTable {
  readonly table: Excel.Table;
  readonly headerOf: (header: string) => string;
}

/** The tables this batch created or fetched, by name: a chart reuses them. */
type BatchTables = Map<string, ChartTable>;

/**
 * Queues every change of `edit` on `context`; nothing reaches Excel before the caller's sync.
 * @param read what was read before reconcile: table headers (their exact spelling) and existing
 *   chart names (so that DEAL's earlier chart is replaced, not duplicated).
 */
export function applyWorkbookEdit(
  context: Excel.RequestContext,
  edit: WorkbookEdit,
  read: WorkbookRead
): void {
  const existingTables = read.snapshot.sheets.flatMap((sheet) => sheet.tables);
  const batchTables: BatchTables = new Map();
  for (const sheetEdit of edit.sheets) {
    applySheetEdit(context, sheetEdit, read, existingTables, batchTables);
  }
  if (edit.memory !== undefined) writeMemory(context, edit.memory);
}

function applySheetEdit(
  context: Excel.RequestContext,
  edit: SheetEdit,
  read: WorkbookRead,
  existingTables: readonly TableSnapshot[],
  batchTables: BatchTables
): void {
  const worksheets = context.workbook.worksheets;
  const sheet = edit.create ? worksheets.add(edit.name) : worksheets.getItem(edit.name);
  if (edit.create) sheet.customProperties.add(DEAL_KEY_PROPERTY, edit.key);
  if (edit.tabColor !== undefined) sheet.tabColor = edit.tabColor;

  for (const area of edit.clear) clearArea(sheet, area);

  for (const tableEdit of edit.tables) {
    if (tableEdit.kind === "create") {
      const table = createTable(sheet, tableEdit);
      batchTables.set(tableEdit.name.toLowerCase(), { table, headerOf: (header) => header });
    } else {
      const existing = existingTables.find((table) => sameName(table.name, tableEdit.name));
      const table = updateTable(sheet, tableEdit, existing);
      batchTables.set(tableEdit.name.toLowerCase(), {
        table,
        headerOf: headerSpelling(existing?.headers ?? []),
      });
    }
  }

  for (const block of edit.blocks) writeBlock(sheet, block);
  for (const input of edit.inputs) writeInput(sheet, input);
  for (const name of edit.names ?? []) {
    // An earlier model's name is taken over: the newest model is the one the benchmark follows.
    if (name.replace) context.workbook.names.getItem(name.name).delete();
    context.workbook.names.add(name.name, sheet.getRange(name.address));
  }

  for (const [column, width] of Object.entries(edit.columnWidths ?? {})) {
    sheet.getRange(columnAddress(Number(column))).format.columnWidth = width * POINTS_PER_CHARACTER;
  }
  for (const [row, height] of Object.entries(edit.rowHeights)) {
    sheet.getRange(rowAddress(Number(row))).format.rowHeight = height;
  }
  if (edit.freezeRows > 0) sheet.freezePanes.freezeRows(edit.freezeRows);

  const charts = edit.create ? [] : (read.chartNames.get(edit.name) ?? []);
  for (const chart of edit.charts) {
    // Deleted by the name Excel has for it, so a different case cannot miss it.
    const earlier = charts.find((name) => sameName(name, chartName(chart.key)));
    if (chart.kind === "tableBar") {
      const { table, headerOf } = chartTable(context, chart.table, existingTables, batchTables);
      drawTableBarChart(sheet, chart, table, headerOf, earlier);
    } else {
      drawSeriesChart(sheet, chart, earlier);
    }
  }
  applyPageLayout(sheet, edit.print, !edit.create);
}

/** The table a chart draws from: the one this batch created or fetched, else the workbook's. */
function chartTable(
  context: Excel.RequestContext,
  name: string,
  existingTables: readonly TableSnapshot[],
  batchTables: BatchTables
): ChartTable {
  const found = batchTables.get(name.toLowerCase());
  if (found !== undefined) return found;
  const existing = existingTables.find((table) => sameName(table.name, name));
  return {
    table: context.workbook.tables.getItem(existing?.name ?? name),
    headerOf: headerSpelling(existing?.headers ?? []),
  };
}
