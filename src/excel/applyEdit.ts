import type { SheetEdit, WorkbookEdit } from "../workbook/edit";
import type { TableSnapshot } from "../workbook/snapshot";
import { columnAddress, rowAddress } from "../formula";
import { chartName } from "../workbook/names";
import { createTableOperations, POINTS_PER_CHARACTER, updateTableOperations } from "./applyTable";
import { sheetItems, single, type SizedOperation } from "./batching/sizedOperations";
import { applyPageLayout } from "./pageLayout";
import { DEAL_KEY_PROPERTY, WorkbookRead } from "./readSnapshot";
import { drawSeriesChart } from "./seriesChart";
import { drawTableBarChart } from "./tableBarChart";
import { headerSpelling } from "./tableHeaders";
import { blockOperations, clearOperations, inputOperations } from "./writeCells";
import { memoryOperations, setAsideMemory } from "./writeMemory";

/*
 * A WorkbookEdit as the sized operations that write it (batching/), in the order that matters.
 * Per sheet:
 * - earlier notes are cleared before tables grow (Excel inserts appended rows, shifting the cells
 *   below, so a later clear could hit the table);
 * - blocks are written after tables grow, so the shift cannot move them off their planned rows;
 * - row heights are set once tables have grown, at the rows the edit gives;
 * - charts come last, once their tables and cells exist, then the page setup.
 * DEAL's memory of what it wrote is set aside first and written after every sheet
 * (writeMemory.ts), so that a write stopped partway never remembers cells it did not write.
 * The operations are packed into syncs in this order, each sync whole before the next, so the
 * order holds however many syncs the edit takes.
 */

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Every change of `edit`, as operations to pack into syncs.
 * @param read what was read before reconcile: table headers (their exact spelling) and existing
 *   chart names (so that DEAL's earlier chart is replaced, not duplicated).
 */
export function editOperations(edit: WorkbookEdit, read: WorkbookRead): SizedOperation[] {
  const existingTables = read.snapshot.sheets.flatMap((sheet) => sheet.tables);
  return [
    ...(edit.memory === undefined ? [] : setAsideMemory(edit.memory)),
    ...edit.sheets.flatMap((sheetEdit) => sheetOperations(sheetEdit, read, existingTables)),
    ...(edit.memory === undefined ? [] : memoryOperations(edit.memory)),
  ];
}

function sheetOperations(
  edit: SheetEdit,
  read: WorkbookRead,
  existingTables: readonly TableSnapshot[]
): SizedOperation[] {
  const name = edit.name;
  const start =
    edit.create || edit.tabColor !== undefined
      ? [
          single(`The sheet ${name}`, name, (batch) => {
            const sheet = edit.create ? batch.addSheet(name) : batch.sheet(name);
            if (edit.create) sheet.customProperties.add(DEAL_KEY_PROPERTY, edit.key);
            if (edit.tabColor !== undefined) sheet.tabColor = edit.tabColor;
          }),
        ]
      : [];

  const existingOf = (table: string) => existingTables.find((t) => sameName(t.name, table));
  const tables = edit.tables.flatMap((table) =>
    table.kind === "create"
      ? createTableOperations(name, table)
      : updateTableOperations(name, table, existingOf(table.name))
  );

  const names =
    (edit.names ?? []).length === 0
      ? []
      : [
          single(`The names on ${name}`, name, (batch) => {
            const workbookNames = batch.context.workbook.names;
            for (const each of edit.names ?? []) {
              // An earlier model's name is taken over: the newest model is the one the benchmark follows.
              if (each.replace) workbookNames.getItem(each.name).delete();
              workbookNames.add(each.name, batch.sheet(name).getRange(each.address).untrack());
            }
          }),
        ];
  const widths = sheetItems(
    `Column widths on ${name}`,
    name,
    Object.entries(edit.columnWidths ?? {}).map(([column, width]) => (sheet) => {
      sheet.getRange(columnAddress(Number(column))).untrack().format.columnWidth =
        width * POINTS_PER_CHARACTER;
    })
  );
  const heights = sheetItems(
    `Row heights on ${name}`,
    name,
    heightRuns(edit.rowHeights).map(({ first, last, height }) => (sheet) => {
      sheet.getRange(rowAddress(first, last)).untrack().format.rowHeight = height;
    })
  );
  const freeze =
    edit.freezeRows > 0
      ? [
          single(`Frozen rows on ${name}`, name, (batch) =>
            batch.sheet(name).freezePanes.freezeRows(edit.freezeRows)
          ),
        ]
      : [];

  const chartNames = edit.create ? [] : (read.chartNames.get(name) ?? []);
  // The tables of this edit, by name: a chart drawn from one is on this sheet.
  const ownTables = new Set(edit.tables.map((table) => table.name.toLowerCase()));
  const charts = edit.charts.map((chart) =>
    single(`The chart ${chart.title} on ${name}`, name, (batch) => {
      const sheet = batch.sheet(name);
      // Deleted by the name Excel has for it, so a different case cannot miss it.
      const earlier = chartNames.find((chartOf) => sameName(chartOf, chartName(chart.key)));
      if (chart.kind === "tableBar") {
        const existing = existingOf(chart.table);
        const table = ownTables.has(chart.table.toLowerCase())
          ? batch.table(name, chart.table)
          : batch.workbookTable(existing?.name ?? chart.table);
        drawTableBarChart(sheet, chart, table, headerSpelling(existing?.headers ?? []), earlier);
      } else {
        drawSeriesChart(sheet, chart, earlier);
      }
    })
  );
  const layout = single(`The page setup of ${name}`, name, (batch) =>
    applyPageLayout(batch.sheet(name), edit.print, !edit.create)
  );

  return [
    ...start,
    ...clearOperations(name, edit.clear),
    ...tables,
    ...edit.blocks.flatMap((block) => blockOperations(name, block)),
    ...inputOperations(name, edit.inputs),
    ...names,
    ...widths,
    ...heights,
    ...freeze,
    ...charts,
    layout,
  ];
}

/** Consecutive rows of one height, each run set at once (a long table's rows are mostly alike). */
function heightRuns(heights: Readonly<Record<number, number>>) {
  const runs: { first: number; last: number; height: number }[] = [];
  const rows = Object.keys(heights)
    .map(Number)
    .sort((a, b) => a - b);
  for (const row of rows) {
    const run = runs[runs.length - 1];
    if (run !== undefined && run.last === row - 1 && run.height === heights[row]) run.last = row;
    else runs.push({ first: row, last: row, height: heights[row] });
  }
  return runs;
}
