import type { CellValue } from "../plan";

/*
 * DEAL's memory of what it last wrote into its own cells, so that inserting again can tell the
 * cells it may refresh from the ones the user changed (cellFate.ts). It lives on a very hidden
 * worksheet, "DEAL memory", marked with the DEAL key custom property "memory":
 * - a sheet travels inside the file, works in every Excel that runs the add-in and in the file
 *   writer (ExcelJS writes very hidden sheets; it cannot write worksheet custom properties), and a
 *   cell holds 32,767 characters; a workbook custom property holds 255 outside Excel on the web;
 * - very hidden, Excel's UI cannot show it, so it is not edited by chance;
 * - cells are kept by what survives a user's changes: a table's cells by the table's plan key, the
 *   row's item id and the column's header (renamed sheets and tables, sorted and inserted rows do
 *   not matter), other cells by sheet key and address, with the row count of each table at the
 *   time, so that a note below a table is found after the user added rows to it.
 *
 * Its rows, five cells wide (blank-padded), after a first row that names and explains it:
 *   table | sheet key | table key | data rows after the write | headers, as a JSON array
 *   row   | item id   | fingerprints of the row's cells under those headers, space-separated ("" none)
 *   cell  | sheet key | A1 address | fingerprint
 * A "row" belongs to the "table" above it.
 */

/** The memory sheet's DEAL key, and the name DEAL gives it (a free variant if taken). */
export const MEMORY_SHEET_KEY = "memory";
export const MEMORY_SHEET_NAME = "DEAL memory";

const SIGNATURE = "DEAL memory";
const VERSION = 1;
const NOTICE =
  "What DEAL last wrote into its cells, as fingerprints: inserting again refreshes a cell only " +
  "while it holds what DEAL wrote, and keeps your edits. DEAL rewrites this sheet; do not edit it.";
/** Cells per record row. */
export const MEMORY_WIDTH = 5;

export interface TableMemory {
  /** Data rows the table held after DEAL's write. */
  readonly rowCount: number;
  /** The headers of the columns whose cells DEAL remembers. */
  readonly headers: readonly string[];
  /** By item id, a fingerprint per header ("" where DEAL remembers none). */
  readonly rows: ReadonlyMap<string, readonly string[]>;
}

export interface SheetMemory {
  /** By table plan key. */
  readonly tables: ReadonlyMap<string, TableMemory>;
  /** DEAL's cells outside tables: fingerprints by the A1 address DEAL wrote them at. */
  readonly cells: ReadonlyMap<string, string>;
}

/** By DEAL sheet key. */
export type WorkbookMemory = ReadonlyMap<string, SheetMemory>;

const pad = (row: CellValue[]): CellValue[] => [
  ...row,
  ...Array<CellValue>(MEMORY_WIDTH - row.length).fill(null),
];

/** The memory sheet's cells from A1: the notice, then every record. */
export function memoryRows(memory: WorkbookMemory): CellValue[][] {
  const rows: CellValue[][] = [pad([SIGNATURE, VERSION, NOTICE])];
  for (const [sheetKey, sheet] of memory) {
    for (const [tableKey, table] of sheet.tables) {
      rows.push(pad(["table", sheetKey, tableKey, table.rowCount, JSON.stringify(table.headers)]));
      for (const [id, prints] of table.rows) {
        if (prints.some((print) => print !== "")) rows.push(pad(["row", id, prints.join(" ")]));
      }
    }
    for (const [address, print] of sheet.cells) rows.push(pad(["cell", sheetKey, address, print]));
  }
  return rows;
}

const text = (value: CellValue | undefined): string =>
  value === null || value === undefined ? "" : String(value);

function headersOf(json: string): string[] | undefined {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) && parsed.every((h) => typeof h === "string") ? parsed : undefined;
  } catch {
    return undefined;
  }
}

interface MutableSheet {
  tables: Map<string, TableMemory>;
  cells: Map<string, string>;
}

/**
 * The memory in the memory sheet's cells (its used range read from A1). Anything DEAL did not
 * write, in a version it does not know, is ignored: DEAL then remembers nothing, and keeps every
 * cell that differs from what it would write.
 */
export function readMemory(values: readonly (readonly CellValue[])[]): WorkbookMemory {
  const memory = new Map<string, MutableSheet>();
  if (text(values[0]?.[0]) !== SIGNATURE || Number(values[0]?.[1]) !== VERSION) return memory;
  const sheet = (key: string) => {
    const found = memory.get(key) ?? { tables: new Map(), cells: new Map() };
    memory.set(key, found);
    return found;
  };
  let table: { headers: string[]; rows: Map<string, string[]> } | undefined;
  for (const row of values.slice(1)) {
    const [kind, a, b, c, d] = [
      text(row[0]),
      text(row[1]),
      text(row[2]),
      text(row[3]),
      text(row[4]),
    ];
    if (kind === "table") {
      const headers = headersOf(d);
      const rowCount = Number(c);
      table = undefined;
      if (a === "" || b === "" || headers === undefined || !Number.isInteger(rowCount)) continue;
      table = { headers, rows: new Map() };
      sheet(a).tables.set(b, { rowCount, ...table });
    } else if (kind === "row" && table !== undefined && a !== "") {
      const prints = b.split(" ");
      table.rows.set(
        a,
        table.headers.map((_, i) => prints[i] ?? "")
      );
    } else if (kind === "cell" && a !== "" && b !== "" && c !== "") {
      sheet(a).cells.set(b.toUpperCase(), c);
    }
  }
  return memory;
}
