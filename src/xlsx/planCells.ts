import type { SheetEdit, TableCreate } from "../workbook/edit";
import {
  inputContent,
  type CellBlock,
  type CellContent,
  type CellPosition,
} from "../workbook/plan";
import type { SheetModel, TableArea } from "./sheetModel";

/* The cells a sheet edit fills, as the plan gives them: by table and block, and for the evaluator. */

const key = (row: number, column: number) => `${row},${column}`;

/** A table's rows as a rectangle: short rows padded blank, and one blank row when there are none (as Excel keeps). */
export function tableRows(table: TableCreate): CellContent[][] {
  const width = table.columns.length;
  const rows = table.rows.length === 0 ? [[]] : table.rows;
  return rows.map((row) =>
    Array.from({ length: width }, (_, c): CellContent => row[c] ?? { value: null })
  );
}

/** The cells a sheet edit fills, for the evaluator: tables (header and rows), blocks, inputs. */
export function sheetModel(edit: SheetEdit, tables: readonly TableCreate[]): SheetModel {
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
  for (const input of edit.inputs) put(input.at.row, input.at.column, inputContent(input));
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

/** A plan cell with its position, for the spill pass. */
export interface PlacedContent {
  readonly at: CellPosition;
  readonly content: CellContent;
}

export function cellsOf(block: CellBlock): PlacedContent[] {
  return block.cells.flatMap((row, r) =>
    row.map((content, c) => ({
      at: { row: block.at.row + r, column: block.at.column + c },
      content,
    }))
  );
}

export function tableCellsOf(table: SheetEdit["tables"][number]): PlacedContent[] {
  if (table.kind !== "create") return [];
  return tableRows(table).flatMap((row, r) =>
    row.map((content, c) => ({
      at: { row: table.at.row + 1 + r, column: table.at.column + c },
      content,
    }))
  );
}
