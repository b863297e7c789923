import { type CellPosition, FormulaUnsupported, type Rect } from "../formula";
import { asMatrix, Evaluated, Matrix } from "./formulaValues";
import type { SheetModel } from "./sheetModel";

/* Resolves a structured reference to the cells of a table column, or of this row of it. */

/** How the evaluator reads cells: one cell's value, and a rectangle's rows. */
export interface CellReader {
  cell(row: number, column: number): Evaluated;
  area(rect: Rect): Matrix;
}

/** `Table[Column]`, `Table[[#This Row],[Column]]`, `[@Column]`, `[@[Column]]`, `[Column]`. */
export function structuredReference(
  text: string,
  at: CellPosition,
  sheet: SheetModel,
  reader: CellReader
): Evaluated {
  const open = text.indexOf("[");
  const tableName = text.slice(0, open);
  const inner = text.slice(open + 1, -1);
  let thisRow = false;
  let column: string;
  if (inner.startsWith("@")) {
    thisRow = true;
    column = inner.slice(1);
  } else if (/^\[#This Row\],/i.test(inner)) {
    thisRow = true;
    column = inner.slice(inner.indexOf(",") + 1).trim();
  } else column = inner;
  if (column.startsWith("[") && column.endsWith("]")) column = column.slice(1, -1);
  if (column.includes("[") || column.startsWith("#")) {
    throw new FormulaUnsupported(`the structured reference ${text}`);
  }
  column = column.replace(/'(.)/g, "$1");

  const table = tableName === "" ? sheet.tableAt(at.row, at.column) : sheet.table(tableName);
  if (table === undefined) throw new FormulaUnsupported(`the table of ${text}`);
  const index = table.headers.findIndex(
    (h) => h.trim().toLowerCase() === column.trim().toLowerCase()
  );
  if (index < 0) throw new FormulaUnsupported(`the column of ${text}`);
  const x = table.at.column + index;
  const first = table.at.row + 1;
  if (thisRow) {
    if (at.row < first || at.row >= first + table.rowCount) {
      throw new FormulaUnsupported(`${text} outside the rows of ${table.name}`);
    }
    return asMatrix(reader.cell(at.row, x))[0][0];
  }
  return reader.area({ row: first, column: x, rows: Math.max(table.rowCount, 1), columns: 1 });
}
