import type { TableCreate, TableUpdate } from "../workbook/edit";
import type { CellContent, TableColumnPlan } from "../workbook/plan";
import type { TableSnapshot } from "../workbook/snapshot";
import { areaAddress } from "./a1Range";
import { cellMatrix, officeCell, officeValue, writeMatrix } from "./cellMatrix";
import { applyCellStyle } from "./cellStyle";
import { findHeader, headerSpelling } from "./tableHeaders";

/*
 * DEAL's tables on Office.js: created whole, or updated in place (DEAL's columns in DEAL's rows,
 * missing DEAL columns, new rows), then each planned column formatted. Queued only; the caller
 * syncs.
 */

/** Points per character of the default font, for widths given in characters. */
export const POINTS_PER_CHARACTER = 7;

const BLANK: CellContent = { value: null };

/**
 * Writes header and rows at `at`, makes them a table, names and styles it, formats its columns.
 * Formulas go in once the table exists: a structured reference such as `[@Input]` is only valid
 * inside a table, so Excel would refuse it in the plain range beforehand.
 */
export function createTable(sheet: Excel.Worksheet, edit: TableCreate): Excel.Table {
  const width = edit.columns.length;
  const header = edit.columns.map((column): CellContent => ({ value: column.header }));
  // Rows shorter than the header are padded blank: a table's range is a rectangle.
  const rows = edit.rows.map((row) =>
    Array.from({ length: width }, (_, c): CellContent => row[c] ?? BLANK)
  );
  const range = sheet.getRange(areaAddress(edit.at, 1 + rows.length, width));
  const valuesOnly = rows.map((row) =>
    row.map((content) => ("formula" in content ? BLANK : content))
  );
  writeMatrix(range, cellMatrix([header, ...valuesOnly]));
  const table = sheet.tables.add(range, true);
  table.name = edit.name;
  table.style = edit.style;
  edit.columns.forEach((column, c) => {
    if (!rows.some((row) => "formula" in row[c])) return;
    const body = table.columns.getItem(column.header).getDataBodyRange();
    writeMatrix(body, cellMatrix(rows.map((row) => [row[c]])));
  });
  formatColumns(
    table,
    edit.columns.map((column) => ({ column, header: column.header }))
  );
  return table;
}

/**
 * Brings an existing table up to date. Order matters: refresh addresses the current data rows,
 * new columns get one value per current row, and appended rows span the columns after that.
 * @param existing the table as read, for its own header spelling: reconcile matches headers
 *   trimmed and ignoring case, Excel's column lookup may not.
 */
export function updateTable(
  sheet: Excel.Worksheet,
  edit: TableUpdate,
  existing: TableSnapshot | undefined
): Excel.Table {
  const table = sheet.tables.getItem(edit.name);
  const headers = existing?.headers ?? [];
  const spelled = headerSpelling(headers);

  for (const run of edit.refresh) {
    if (run.values.length === 0) continue;
    const body = table.columns.getItem(spelled(run.header)).getDataBodyRange();
    const cells = body.getCell(run.firstRow, 0).getResizedRange(run.values.length - 1, 0);
    writeMatrix(cells, cellMatrix(run.values.map((content) => [content])));
  }
  for (const column of edit.addColumns) {
    // `values` of add() act like typing too: formulas start with "=", text is protected.
    table.columns.add(undefined, [
      [officeValue(column.header)],
      ...column.values.map((content) => [officeCell(content)]),
    ]);
  }
  if (edit.append.length > 0) {
    table.rows.add(
      undefined,
      edit.append.map((row) => row.map(officeCell))
    );
  }

  // Only columns the table has after the update: a user column the user deleted stays deleted.
  const added = edit.addColumns.map((column) => column.header);
  formatColumns(
    table,
    edit.columns.flatMap((column) => {
      const header = findHeader([...headers, ...added], column.header);
      return header === undefined ? [] : [{ column, header }];
    })
  );
  return table;
}

/** The Excel formula that compares a cell with a text: ="Agreed", quotes doubled. */
function equalsText(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

/** Style, width, drop-down list and colours of each column, on its data rows. */
function formatColumns(
  table: Excel.Table,
  columns: readonly { readonly column: TableColumnPlan; readonly header: string }[]
): void {
  for (const { column, header } of columns) {
    const tableColumn = table.columns.getItem(header);
    const body = tableColumn.getDataBodyRange();
    applyCellStyle(body, column.style);
    tableColumn.getRange().format.columnWidth = column.width * POINTS_PER_CHARACTER;
    if (column.list !== undefined) {
      body.dataValidation.clear();
      body.dataValidation.rule = {
        list: { inCellDropDown: true, source: column.list.join(",") },
      };
    }
    if (column.colors !== undefined) {
      // DEAL's rules replace the column's earlier ones, so inserting again does not stack them.
      body.conditionalFormats.clearAll();
      for (const color of column.colors) {
        const format = body.conditionalFormats.add("CellValue");
        format.cellValue.format.fill.color = color.fill;
        format.cellValue.format.font.color = color.fontColor;
        format.cellValue.rule = { formula1: equalsText(color.equals), operator: "EqualTo" };
      }
    }
  }
}
