import type { SheetEdit, TableEdit, WorkbookEdit } from "../../edit";
import { MEMORY_SHEET_KEY } from "../../memory/cellMemory";
import type { CellContent, CellPosition, CellValue } from "../../plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../../snapshot";
import { type Rect } from "../../../formula";

/*
 * A small stand-in for Excel, for tests of inserting again: a workbook of sheets of cell values
 * and tables, to which an edit is applied as the adapters apply it (clear, tables, blocks, inputs,
 * memory), and which the user can then change (type into a cell, sort a table, insert rows into
 * it). Rows appended to a table push the cells below it down, over the table's columns, as Excel
 * inserts them. A formula reads as blank: the tests look at values only.
 */

interface Table {
  name: string;
  at: CellPosition;
  headers: string[];
  rows: number;
}

export class SimSheet {
  readonly cells = new Map<string, CellValue>();
  readonly tables: Table[] = [];
  constructor(
    public name: string,
    readonly dealKey?: string
  ) {}

  get(row: number, column: number): CellValue {
    return this.cells.get(`${row}:${column}`) ?? null;
  }
  set(row: number, column: number, value: CellValue): void {
    if (value === null || value === "") this.cells.delete(`${row}:${column}`);
    else this.cells.set(`${row}:${column}`, value);
  }

  table(name: string): Table {
    const found = this.tables.find((table) => table.name.toLowerCase() === name.toLowerCase());
    if (found === undefined) throw new Error(`no table ${name} on ${this.name}`);
    return found;
  }

  /** Inserts `count` blank rows into a table before its data row `index`, as Excel does. */
  insertTableRows(name: string, index: number, count: number): void {
    const table = this.table(name);
    const from = table.at.row + 1 + index;
    const moved = [...this.cells].filter(([key]) => {
      const [row, column] = key.split(":").map(Number);
      return (
        row >= from && column >= table.at.column && column < table.at.column + table.headers.length
      );
    });
    for (const [key] of moved) this.cells.delete(key);
    for (const [key, value] of moved) {
      const [row, column] = key.split(":").map(Number);
      this.cells.set(`${row + count}:${column}`, value);
    }
    table.rows += count;
  }

  /** The table's data rows, in header order. */
  rowsOf(name: string): CellValue[][] {
    const table = this.table(name);
    return Array.from({ length: table.rows }, (_, r) =>
      table.headers.map((_, c) => this.get(table.at.row + 1 + r, table.at.column + c))
    );
  }

  /** Writes a table's data rows (in header order) back, e.g. sorted. */
  setRows(name: string, rows: readonly (readonly CellValue[])[]): void {
    const table = this.table(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => this.set(table.at.row + 1 + r, table.at.column + c, value))
    );
  }

  snapshot(): SheetSnapshot {
    const positions = [...this.cells.keys()].map((key) => key.split(":").map(Number));
    const top = Math.min(...positions.map(([row]) => row));
    const left = Math.min(...positions.map(([, column]) => column));
    const bottom = Math.max(...positions.map(([row]) => row));
    const right = Math.max(...positions.map(([, column]) => column));
    return {
      name: this.name,
      ...(this.dealKey === undefined ? {} : { dealKey: this.dealKey }),
      protected: false,
      tables: this.tables.map((table) => ({
        name: table.name,
        at: table.at,
        headers: [...table.headers],
        values: this.rowsOf(table.name),
      })),
      ...(positions.length === 0
        ? {}
        : {
            usedRange: {
              at: { row: top, column: left },
              values: Array.from({ length: bottom - top + 1 }, (_, r) =>
                Array.from({ length: right - left + 1 }, (_, c) => this.get(top + r, left + c))
              ),
            },
          }),
    };
  }
}

const valueOf = (content: CellContent): CellValue => ("value" in content ? content.value : null);
const sameHeader = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function clear(sheet: SimSheet, area: Rect): void {
  for (let r = 0; r < area.rows; r++)
    for (let c = 0; c < area.columns; c++) sheet.set(area.row + r, area.column + c, null);
}

function applyTable(sheet: SimSheet, edit: TableEdit): void {
  if (edit.kind === "create") {
    edit.columns.forEach((column, c) => sheet.set(edit.at.row, edit.at.column + c, column.header));
    edit.rows.forEach((row, r) =>
      row.forEach((content, c) =>
        sheet.set(edit.at.row + 1 + r, edit.at.column + c, valueOf(content))
      )
    );
    sheet.tables.push({
      name: edit.name,
      at: edit.at,
      headers: edit.columns.map((column) => column.header),
      rows: edit.rows.length,
    });
    return;
  }
  const table = sheet.table(edit.name);
  const columnOf = (header: string) => {
    const c = table.headers.findIndex((candidate) => sameHeader(candidate, header));
    if (c < 0) throw new Error(`no column ${header} in ${edit.name}`);
    return table.at.column + c;
  };
  for (const run of edit.refresh) {
    run.values.forEach((content, k) =>
      sheet.set(table.at.row + 1 + run.firstRow + k, columnOf(run.header), valueOf(content))
    );
  }
  for (const column of edit.addColumns) {
    const c = table.at.column + table.headers.length;
    table.headers.push(column.header);
    sheet.set(table.at.row, c, column.header);
    column.values.forEach((content, r) => sheet.set(table.at.row + 1 + r, c, valueOf(content)));
  }
  if (edit.append.length > 0) {
    const first = table.rows;
    sheet.insertTableRows(edit.name, first, edit.append.length);
    edit.append.forEach((row, r) =>
      row.forEach((content, c) =>
        sheet.set(table.at.row + 1 + first + r, table.at.column + c, valueOf(content))
      )
    );
  }
}

function applySheet(workbook: SimWorkbook, edit: SheetEdit): void {
  const sheet = edit.create ? workbook.add(edit.name, edit.key) : workbook.sheet(edit.name);
  for (const area of edit.clear) clear(sheet, area);
  for (const table of edit.tables) applyTable(sheet, table);
  for (const block of edit.blocks) {
    block.cells.forEach((row, r) =>
      row.forEach((content, c) =>
        sheet.set(block.at.row + r, block.at.column + c, valueOf(content))
      )
    );
  }
  for (const input of edit.inputs) sheet.set(input.at.row, input.at.column, input.value);
}

export class SimWorkbook {
  readonly sheets: SimSheet[] = [];

  add(name: string, dealKey?: string): SimSheet {
    const sheet = new SimSheet(name, dealKey);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SimSheet {
    const found = this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
    if (found === undefined) throw new Error(`no sheet ${name}`);
    return found;
  }

  /** Applies an edit as the adapters do: sheets in order, then DEAL's memory. */
  apply(edit: WorkbookEdit): this {
    for (const sheet of edit.sheets) applySheet(this, sheet);
    const memory = edit.memory;
    if (memory !== undefined) {
      const sheet = memory.create
        ? this.add(memory.sheetName, MEMORY_SHEET_KEY)
        : this.sheet(memory.sheetName);
      if (memory.clear !== undefined) clear(sheet, memory.clear);
      memory.rows.forEach((row, r) => row.forEach((value, c) => sheet.set(r, c, value)));
    }
    return this;
  }

  snapshot(): WorkbookSnapshot {
    return {
      readOnly: false,
      structureProtected: false,
      sheets: this.sheets.map((sheet) => sheet.snapshot()),
      tableNames: this.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name)),
      definedNames: [],
    };
  }
}
