import type ExcelJS from "exceljs";
import { cellAddress } from "../formula";
import type { TableCreate } from "../workbook/edit";
import type { TableColumnPlan } from "../workbook/plan";
import { applyCellStyle } from "./cellStyle";
import { addColorRules, addListValidation } from "./columnRules";
import { tableRows } from "./planCells";
import type { SheetWriter } from "./sheetWriter";
import { cellAt, setColumnWidth } from "./worksheetCells";

/* Writes a new table: its rows (through the sheet writer), then each column's format. */

/** Adds the table to the worksheet; `nextPriority` numbers the sheet's conditional formats. */
export function writeTable(
  worksheet: ExcelJS.Worksheet,
  writer: SheetWriter,
  table: TableCreate,
  nextPriority: () => number
): void {
  const rows = tableRows(table);
  const values = rows.map((row, r) =>
    row.map((content, c) =>
      writer.value({ row: table.at.row + 1 + r, column: table.at.column + c }, content, table.name)
    )
  );
  worksheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellAddress(table.at),
    headerRow: true,
    // Excel's own default for a new table: banded rows.
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: table.columns.map((column) => ({ name: column.header, filterButton: true })),
    rows: values,
  });
  table.columns.forEach((column, c) =>
    formatColumn(worksheet, table, rows.length, column, c, nextPriority)
  );
}

/** Style, width, drop-down list and colours of a table column's data rows. */
function formatColumn(
  worksheet: ExcelJS.Worksheet,
  table: TableCreate,
  rowCount: number,
  column: TableColumnPlan,
  c: number,
  nextPriority: () => number
): void {
  const x = table.at.column + c;
  const first = table.at.row + 1;
  const body = Array.from({ length: rowCount }, (_, r) =>
    cellAt(worksheet, { row: first + r, column: x })
  );
  const ref = `${cellAddress({ row: first, column: x })}:${cellAddress({ row: first + rowCount - 1, column: x })}`;
  setColumnWidth(worksheet, x, column.width);
  for (const cell of body) applyCellStyle(cell, column.style);
  // One validation over the column's rows: per-cell ones are merged by ExcelJS into ranges that
  // can overlap (it sorts addresses as text, so G10 comes before G7).
  if (column.list !== undefined) addListValidation(worksheet, ref, column.list);
  if (column.colors !== undefined && column.colors.length > 0) {
    addColorRules(worksheet, ref, column.colors, nextPriority);
  }
}
