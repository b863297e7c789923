import type { TableCreate, TableUpdate } from "../workbook/edit";
import type { CellContent, TableColumnPlan } from "../workbook/plan";
import type { TableSnapshot } from "../workbook/snapshot";
import { rectAddress } from "../formula";
import { SAFE_PAYLOAD_BYTES } from "./batching/payloadSize";
import { appendRows, matrixRows, single, type SizedOperation } from "./batching/sizedOperations";
import { cellMatrix, officeCell, officeValue } from "./cellMatrix";
import { applyCellStyle } from "./cellStyle";
import { findHeader, headerSpelling } from "./tableHeaders";

/*
 * DEAL's tables on Office.js, as sized operations (batching/): created whole, or updated in place
 * (DEAL's columns in DEAL's rows, missing DEAL columns, new rows), then each planned column
 * formatted. Long tables are written in slices of rows, in an order that leaves the workbook
 * whole after any sync: a new table's values first, then the table over them, then its formulas.
 */

/** Points per character of the default font, for widths given in characters. */
export const POINTS_PER_CHARACTER = 7;

const BLANK: CellContent = { value: null };

/** `rows` data rows of a table column from `first`: the whole body when that is all of it. */
function columnRows(
  table: Excel.Table,
  header: string,
  first: number,
  rows: number,
  total: number
): Excel.Range {
  const body = table.columns.getItem(header).getDataBodyRange().untrack();
  if (first === 0 && rows === total) return body;
  return body
    .getCell(first, 0)
    .untrack()
    .getResizedRange(rows - 1, 0)
    .untrack();
}

/**
 * Writes header and rows at `at`, makes them a table, names and styles it, formats its columns.
 * Formulas go in once the table exists: a structured reference such as `[@Input]` is only valid
 * inside a table, so Excel would refuse it in the plain range beforehand.
 */
export function createTableOperations(sheetName: string, edit: TableCreate): SizedOperation[] {
  const width = edit.columns.length;
  const header = edit.columns.map((column): CellContent => ({ value: column.header }));
  // Rows shorter than the header are padded blank: a table's range is a rectangle.
  const rows = edit.rows.map((row) =>
    Array.from({ length: width }, (_, c): CellContent => row[c] ?? BLANK)
  );
  const valuesOnly = rows.map((row) =>
    row.map((content) => ("formula" in content ? BLANK : content))
  );
  const values = cellMatrix([header, ...valuesOnly]);
  const area = (first: number, count: number) =>
    rectAddress({ row: edit.at.row + first, column: edit.at.column, rows: count, columns: width });
  const table = (batch: Parameters<SizedOperation["apply"]>[0]) =>
    batch.table(sheetName, edit.name);

  return [
    ...matrixRows(
      `Table ${edit.name}`,
      sheetName,
      (batch, first, count) => batch.sheet(sheetName).getRange(area(first, count)).untrack(),
      values.property,
      values.cells
    ),
    single(`Table ${edit.name}`, sheetName, (batch) => {
      const added = batch.sheet(sheetName).tables.add(
        batch
          .sheet(sheetName)
          .getRange(area(0, 1 + rows.length))
          .untrack(),
        true
      );
      added.name = edit.name;
      added.style = edit.style;
      batch.keepTable(edit.name, added);
    }),
    ...edit.columns.flatMap((column, c) => {
      if (!rows.some((row) => "formula" in row[c])) return [];
      const formulas = cellMatrix(rows.map((row) => [row[c]]));
      return matrixRows(
        `Column ${column.header} of ${edit.name}`,
        sheetName,
        (batch, first, count) => columnRows(table(batch), column.header, first, count, rows.length),
        formulas.property,
        formulas.cells
      );
    }),
    ...formatOperations(
      sheetName,
      edit.name,
      edit.columns.map((column) => ({ column, header: column.header }))
    ),
  ];
}

/**
 * Brings an existing table up to date. Order matters: refresh addresses the current data rows,
 * new columns get one value per current row, and appended rows span the columns after that.
 * @param existing the table as read, for its own header spelling: reconcile matches headers
 *   trimmed and ignoring case, Excel's column lookup may not.
 */
export function updateTableOperations(
  sheetName: string,
  edit: TableUpdate,
  existing: TableSnapshot | undefined
): SizedOperation[] {
  const headers = existing?.headers ?? [];
  const spelled = headerSpelling(headers);
  const table = (batch: Parameters<SizedOperation["apply"]>[0]) =>
    batch.table(sheetName, edit.name);

  const refresh = edit.refresh.flatMap((run) => {
    if (run.values.length === 0) return [];
    const matrix = cellMatrix(run.values.map((content) => [content]));
    return matrixRows(
      `Column ${run.header} of ${edit.name}`,
      sheetName,
      (batch, first, count) =>
        table(batch)
          .columns.getItem(spelled(run.header))
          .getDataBodyRange()
          .untrack()
          .getCell(run.firstRow + first, 0)
          .untrack()
          .getResizedRange(count - 1, 0)
          .untrack(),
      matrix.property,
      matrix.cells
    );
  });
  const added = edit.addColumns.flatMap((column) =>
    addColumnOperations(sheetName, edit.name, column)
  );
  const append = appendRows(
    `New rows of ${edit.name}`,
    sheetName,
    (batch, rows) => table(batch).rows.add(undefined, rows),
    edit.append.map((row) => row.map(officeCell))
  );

  // Only columns the table has after the update: a user column the user deleted stays deleted.
  const addedHeaders = edit.addColumns.map((column) => column.header);
  const formats = formatOperations(
    sheetName,
    edit.name,
    edit.columns.flatMap((column) => {
      const header = findHeader([...headers, ...addedHeaders], column.header);
      return header === undefined ? [] : [{ column, header }];
    })
  );
  return [...refresh, ...added, ...append, ...formats];
}

/**
 * A DEAL column the user deleted, added back with one value per row. `values` of add() act like
 * typing too: formulas start with "=", text is protected. A column too long for one request is
 * added by its header, then filled in slices of rows.
 */
function addColumnOperations(
  sheetName: string,
  tableName: string,
  column: TableUpdate["addColumns"][number]
): SizedOperation[] {
  const label = `Column ${column.header} of ${tableName}`;
  const whole = single(label, sheetName, (batch) =>
    batch
      .table(sheetName, tableName)
      .columns.add(undefined, [
        [officeValue(column.header)],
        ...column.values.map((content) => [officeCell(content)]),
      ])
  );
  if (whole.unitBytes[0] <= SAFE_PAYLOAD_BYTES / 2) return [whole];
  const matrix = cellMatrix(column.values.map((content) => [content]));
  return [
    single(label, sheetName, (batch) =>
      batch.table(sheetName, tableName).columns.add(undefined, undefined, column.header)
    ),
    ...matrixRows(
      label,
      sheetName,
      (batch, first, count) =>
        columnRows(
          batch.table(sheetName, tableName),
          column.header,
          first,
          count,
          column.values.length
        ),
      matrix.property,
      matrix.cells
    ),
  ];
}

/** The Excel formula that compares a cell with a text: ="Agreed", quotes doubled. */
function equalsText(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

/** Style, width, drop-down list and colours of each column, on its data rows: one operation each. */
function formatOperations(
  sheetName: string,
  tableName: string,
  columns: readonly { readonly column: TableColumnPlan; readonly header: string }[]
): SizedOperation[] {
  return columns.map(({ column, header }) =>
    single(`The format of column ${header} of ${tableName}`, sheetName, (batch) => {
      const tableColumn = batch.table(sheetName, tableName).columns.getItem(header);
      const body = tableColumn.getDataBodyRange().untrack();
      applyCellStyle(body, column.style);
      tableColumn.getRange().untrack().format.columnWidth = column.width * POINTS_PER_CHARACTER;
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
    })
  );
}
