import { CellContent, TablePlan } from "./plan";
import { refuse } from "./refusals";
import { TableSnapshot } from "./snapshot";
import { TableEdit, TableUpdate } from "./edit";

/** A table's edit and what it does to the table's rows. */
export interface TableMerge {
  readonly edit: TableEdit;
  readonly rowsAdded: number;
  readonly rowsRefreshed: number;
  /** Rows whose id DEAL does not know (the user's own), left untouched. */
  readonly userRowsKept: number;
  /** Data rows the table holds after the edit. */
  readonly rowCount: number;
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

/**
 * Merges a planned table into the table already in the workbook, by the id column: DEAL's columns
 * are refreshed in the rows DEAL knows, unknown ids (the user's rows) are left alone, new ids are
 * appended, and columns the user added are kept (blank in appended rows).
 * @param resolve turns a planned cell into the cell to write (table tokens resolved).
 * @throws WorkbookRefusal when the table has lost its id column.
 */
export function mergeTable(
  plan: TablePlan,
  existing: TableSnapshot | undefined,
  name: string,
  sheetName: string,
  resolve: (content: CellContent) => CellContent
): TableMerge {
  const planRows = plan.rows.map((row) => row.map(resolve));
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
    };
  }

  const idHeader = plan.columns[plan.idColumn].header;
  const idIndex = existing.headers.findIndex((header) => sameHeader(header, idHeader));
  if (idIndex < 0) throw refuse.idColumnMissing(existing.name, sheetName, idHeader);

  const planById = new Map(planRows.map((row) => [idOf(row[plan.idColumn]), row]));
  const existingIds = existing.values.map((row) => String(row[idIndex] ?? "").trim());
  // For each existing data row, the planned row with its id (undefined for the user's rows).
  const matched = existingIds.map((id) => (id === "" ? undefined : planById.get(id)));
  const known = new Set(existingIds);

  const refresh: TableUpdate["refresh"][number][] = [];
  const addColumns: TableUpdate["addColumns"][number][] = [];
  plan.columns.forEach((column, c) => {
    if (column.owner !== "deal") return;
    if (existing.headers.some((header) => sameHeader(header, column.header))) {
      for (const run of runsOf(matched.map((row) => row?.[c])))
        refresh.push({ header: column.header, ...run });
    } else {
      addColumns.push({ header: column.header, values: matched.map((row) => row?.[c] ?? BLANK) });
    }
  });

  const headers = [...existing.headers, ...addColumns.map((column) => column.header)];
  const append = planRows
    .filter((row) => !known.has(idOf(row[plan.idColumn])))
    .map((row) =>
      headers.map((header) => {
        const c = plan.columns.findIndex((column) => sameHeader(column.header, header));
        return c < 0 ? BLANK : row[c];
      })
    );

  const rowsRefreshed = matched.filter((row) => row !== undefined).length;
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
    rowCount: existing.values.length + append.length,
  };
}
