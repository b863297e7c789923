import { cellAddress } from "../formula";
import { TableEdit, TableUpdate } from "./edit";
import { KeptEdit } from "./insertReport";
import { cellFate, rememberedAfter } from "./memory/cellFate";
import { TableMemory } from "./memory/cellMemory";
import { CellContent, CellValue, TablePlan } from "./plan";
import { DuplicateId, refuse } from "./refusals";
import { TableSnapshot } from "./snapshot";

/** A table's edit, what it does to the table's rows, and what DEAL remembers of it after. */
export interface TableMerge {
  readonly edit: TableEdit;
  readonly rowsAdded: number;
  readonly rowsRefreshed: number;
  /** Rows whose id DEAL does not know (the user's own), left untouched. */
  readonly userRowsKept: number;
  /** Data rows the table holds after the edit. */
  readonly rowCount: number;
  /** Cells of DEAL's columns in DEAL's rows that hold the user's text, not written. */
  readonly editsKept: readonly KeptEdit[];
  readonly memory: TableMemory;
}

const BLANK: CellContent = { value: null };

const sameHeader = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A row's id as text, whatever the cell holds ("" for a blank or a formula). */
function idOf(cell: CellContent | undefined): string {
  if (cell === undefined || !("value" in cell) || cell.value === null) return "";
  return String(cell.value).trim();
}

/** Runs of consecutive data rows that DEAL refreshes in one column. */
function runsOf(contents: readonly (CellContent | undefined)[]) {
  const runs: { firstRow: number; values: CellContent[] }[] = [];
  contents.forEach((content, row) => {
    if (content === undefined) return;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.firstRow + last.values.length === row) last.values.push(content);
    else runs.push({ firstRow: row, values: [content] });
  });
  return runs;
}

/** The columns whose cells DEAL remembers: its own, holding values, except the id. */
function remembersColumn(plan: TablePlan, c: number): boolean {
  return plan.columns[c].owner === "deal" && c !== plan.idColumn;
}

/** The fingerprint DEAL keeps of a cell it writes in column c ("" for none). */
function writtenPrint(plan: TablePlan, c: number, content: CellContent | undefined): string {
  if (content === undefined || !remembersColumn(plan, c) || !("value" in content)) return "";
  return rememberedAfter("write", content.value, undefined) ?? "";
}

/**
 * How DEAL remembers a table of this plan: the headers of the columns it remembers, and for each
 * column of the plan its place among them (-1 for a column it does not remember).
 */
function memoryColumns(plan: TablePlan) {
  const headers: string[] = [];
  const slots = plan.columns.map((column, c) =>
    remembersColumn(plan, c) ? headers.push(column.header) - 1 : -1
  );
  return { headers, slots };
}

/** What DEAL remembers of a row it writes whole (a new table's, or an appended one). */
function writtenRow(plan: TablePlan, slots: readonly number[], row: readonly CellContent[]) {
  const prints = Array<string>(slots.filter((slot) => slot >= 0).length).fill("");
  slots.forEach((slot, c) => {
    if (slot >= 0) prints[slot] = writtenPrint(plan, c, row[c]);
  });
  return prints;
}

/** Each non-blank id held by more than one row, with those rows' numbers on the sheet. */
function duplicateIds(ids: readonly string[], firstRowNumber: number): DuplicateId[] {
  const rowsById = new Map<string, number[]>();
  ids.forEach((id, i) => {
    if (id !== "") rowsById.set(id, [...(rowsById.get(id) ?? []), firstRowNumber + i]);
  });
  return [...rowsById].filter(([, rows]) => rows.length > 1).map(([id, rows]) => ({ id, rows }));
}

/**
 * Merges a planned table into the table already in the workbook, by the id column: DEAL's columns
 * are refreshed in the rows DEAL knows, except the cells the user changed (see cellFate; they
 * are kept and reported), unknown ids (the user's rows) are left alone, new ids are appended, and
 * columns the user added are kept (blank in appended rows).
 * @param resolve turns a planned cell into the cell to write (table tokens resolved).
 * @param remembered what DEAL wrote into this table last time, if it remembers.
 * @throws WorkbookRefusal when the table has lost its id column, or two rows share an id.
 */
export function mergeTable(
  plan: TablePlan,
  existing: TableSnapshot | undefined,
  name: string,
  sheetName: string,
  resolve: (content: CellContent) => CellContent,
  remembered?: TableMemory
): TableMerge {
  const planRows = plan.rows.map((row) => row.map(resolve));
  const idOfPlanned = (row: readonly CellContent[]) => idOf(row[plan.idColumn]);
  const { headers: memoryHeaders, slots } = memoryColumns(plan);
  if (existing === undefined) {
    const edit: TableEdit = {
      kind: "create",
      name,
      at: plan.at,
      columns: plan.columns,
      rows: planRows,
      style: plan.style,
    };
    return {
      edit,
      rowsAdded: planRows.length,
      rowsRefreshed: 0,
      userRowsKept: 0,
      rowCount: planRows.length,
      editsKept: [],
      memory: {
        rowCount: planRows.length,
        headers: memoryHeaders,
        rows: new Map(planRows.map((row) => [idOfPlanned(row), writtenRow(plan, slots, row)])),
      },
    };
  }

  const idHeader = plan.columns[plan.idColumn].header;
  const idIndex = existing.headers.findIndex((header) => sameHeader(header, idHeader));
  if (idIndex < 0) throw refuse.idColumnMissing(existing.name, sheetName, idHeader);
  const existingIds = existing.values.map((row) => String(row[idIndex] ?? "").trim());
  // Sheet row numbers: the header is on row at.row + 1, the first data row below it.
  const duplicates = duplicateIds(existingIds, existing.at.row + 2);
  if (duplicates.length > 0) {
    throw refuse.duplicateIds(existing.name, sheetName, idHeader, duplicates);
  }

  const planById = new Map(planRows.map((row) => [idOfPlanned(row), row]));
  // For each existing data row, the planned row with its id (undefined for the user's rows).
  const matched = existingIds.map((id) => (id === "" ? undefined : planById.get(id)));
  const known = new Set(existingIds);
  const memoryRows = new Map<string, string[]>();
  matched.forEach((row, i) => {
    if (row !== undefined)
      memoryRows.set(existingIds[i], Array<string>(memoryHeaders.length).fill(""));
  });
  const editsKept: KeptEdit[] = [];
  // Where each column's fingerprints are in what DEAL remembers of the table (-1: nowhere).
  const rememberedSlots = plan.columns.map(
    (column) => remembered?.headers.indexOf(column.header) ?? -1
  );

  /** The cell DEAL writes at data row i of an existing column, or undefined to keep it. */
  const refreshed = (i: number, c: number, at: number): CellContent | undefined => {
    const content = matched[i]?.[c];
    if (content === undefined || !remembersColumn(plan, c) || !("value" in content)) return content;
    const slot = rememberedSlots[c];
    const before = slot < 0 ? undefined : remembered?.rows.get(existingIds[i])?.[slot] || undefined;
    const current: CellValue = existing.values[i]?.[at] ?? null;
    const fate = cellFate(current, content.value, before);
    const prints = memoryRows.get(existingIds[i]);
    if (prints !== undefined) prints[slots[c]] = rememberedAfter(fate, content.value, before) ?? "";
    if (fate === "write") return content;
    editsKept.push({
      cell: cellAddress({ row: existing.at.row + 1 + i, column: existing.at.column + at }),
      itemId: existingIds[i],
      column: plan.columns[c].header,
    });
    return undefined;
  };

  const refresh: TableUpdate["refresh"][number][] = [];
  const addColumns: TableUpdate["addColumns"][number][] = [];
  plan.columns.forEach((column, c) => {
    if (column.owner !== "deal") return;
    const at = existing.headers.findIndex((header) => sameHeader(header, column.header));
    if (at >= 0) {
      for (const run of runsOf(matched.map((_, i) => refreshed(i, c, at))))
        refresh.push({ header: column.header, ...run });
    } else {
      addColumns.push({ header: column.header, values: matched.map((row) => row?.[c] ?? BLANK) });
      matched.forEach((row, i) => {
        const prints = memoryRows.get(existingIds[i]);
        if (prints !== undefined && slots[c] >= 0)
          prints[slots[c]] = writtenPrint(plan, c, row?.[c]);
      });
    }
  });

  const headers = [...existing.headers, ...addColumns.map((column) => column.header)];
  const appended = planRows.filter((row) => !known.has(idOfPlanned(row)));
  for (const row of appended) memoryRows.set(idOfPlanned(row), writtenRow(plan, slots, row));
  const append = appended.map((row) =>
    headers.map((header) => {
      const c = plan.columns.findIndex((column) => sameHeader(column.header, header));
      return c < 0 ? BLANK : row[c];
    })
  );

  const rowsRefreshed = matched.filter((row) => row !== undefined).length;
  const rowCount = existing.values.length + append.length;
  return {
    edit: {
      kind: "update",
      name: existing.name,
      refresh,
      addColumns,
      append,
      columns: plan.columns,
    },
    rowsAdded: append.length,
    rowsRefreshed,
    userRowsKept: existing.values.length - rowsRefreshed,
    rowCount,
    editsKept,
    memory: { rowCount, headers: memoryHeaders, rows: memoryRows },
  };
}
