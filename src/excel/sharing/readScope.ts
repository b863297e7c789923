import {
  FormulaResult,
  OfficeCell,
  readStoreRows,
  Rect,
  ScopeRead,
  ScopeSheet,
  SharingAction,
  SharingScope,
  StoreRead,
  STORE_SHEET_KEY,
  DealFormulaCell,
} from "../../sharing/prepare";
import { rectAddress } from "../../sharing/prepare/addresses";
import { DEAL_KEY_PROPERTY } from "../readSnapshot";

/*
 * The reads of "Prepare for sharing", each a function that queues loads and one that turns what
 * came back into the pure ScopeRead; the caller syncs in between, so it decides (and counts) the
 * syncs:
 * - first: workbook flags, every sheet (name, id, protection, DEAL key, for "native" its names),
 *   for "native" the workbook names, and for sheet or selection the active sheet's cells and the
 *   selected areas;
 * - cells: for the whole workbook, every sheet's cells (the list of sheets came with "first");
 * - store: the kept formulas, for values and restore, when the workbook has a store;
 * - results: for values, each DEAL formula's value and spill range.
 * Cells are the used range's formulas and values (values tell a formula from text starting "=").
 */

const sameKey = (key: string) => key.toLowerCase() === DEAL_KEY_PROPERTY.toLowerCase();

/** What the first sync loads. */
export interface FirstRead {
  readonly action: SharingAction;
  readonly scope: SharingScope;
  readonly workbook: Excel.Workbook;
  readonly sheets: Excel.WorksheetCollection;
  readonly names?: Excel.NamedItemCollection;
  /** The active sheet and its cells (sheet and selection scope). */
  readonly active?: { readonly sheet: Excel.Worksheet; readonly used: Excel.Range };
  readonly areas?: Excel.RangeCollection;
}

export function queueFirstRead(
  context: Excel.RequestContext,
  action: SharingAction,
  scope: SharingScope
): FirstRead {
  const workbook = context.workbook;
  workbook.load("readOnly");
  workbook.protection.load("protected");
  const sheets = workbook.worksheets;
  const properties = [
    "items/name",
    "items/id",
    "items/protection/protected",
    "items/customProperties/items/key",
    "items/customProperties/items/value",
  ];
  if (action === "native") properties.push("items/names/items/name");
  sheets.load(properties.join(","));
  const names = action === "native" ? workbook.names : undefined;
  names?.load("items/name,items/formula,items/comment");
  if (scope === "workbook") return { action, scope, workbook, sheets, names };

  const sheet = sheets.getActiveWorksheet();
  sheet.load("id,name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("formulas,values,rowIndex,columnIndex");
  const areas = scope === "selection" ? workbook.getSelectedRanges().areas : undefined;
  areas?.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
  return { action, scope, workbook, sheets, names, active: { sheet, used }, areas };
}

/** The sheet that keeps DEAL's formulas, once the first sync is done. */
export function storeSheetOf(first: FirstRead): Excel.Worksheet | undefined {
  return first.sheets.items.find((sheet) =>
    sheet.customProperties.items.some(
      (property) => sameKey(property.key) && property.value === STORE_SHEET_KEY
    )
  );
}

/** Used ranges by sheet id, for the whole workbook (not the store). */
export type CellsRead = ReadonlyMap<string, Excel.Range>;

export function queueWorkbookCells(first: FirstRead): CellsRead {
  const store = storeSheetOf(first);
  const cells = new Map<string, Excel.Range>();
  for (const sheet of first.sheets.items) {
    if (sheet === store) continue;
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("formulas,values,rowIndex,columnIndex");
    cells.set(sheet.id, used);
  }
  return cells;
}

export function queueStore(
  first: FirstRead
): { sheet: Excel.Worksheet; used: Excel.Range } | undefined {
  const sheet = storeSheetOf(first);
  if (sheet === undefined) return undefined;
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex,rowCount,columnCount");
  return { sheet, used };
}

/** Excel gives "" for blank cells; anything unexpected is read as its text. */
const asCells = (rows: unknown[][]): OfficeCell[][] =>
  rows.map((row) =>
    row.map((cell) =>
      typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean"
        ? cell
        : cell === null || cell === undefined
          ? ""
          : String(cell)
    )
  );

function scopeSheet(
  first: FirstRead,
  sheet: Excel.Worksheet,
  used: Excel.Range,
  areas?: readonly Rect[]
): ScopeSheet {
  const empty = used.isNullObject;
  return {
    name: sheet.name,
    id: sheet.id,
    protected: sheet.protection.protected,
    // Sheet names matter (and were loaded) for "native" only.
    names: first.action === "native" ? sheet.names.items.map((name) => name.name) : [],
    at: empty ? { row: 0, column: 0 } : { row: used.rowIndex, column: used.columnIndex },
    formulas: empty ? [] : asCells(used.formulas),
    values: empty ? [] : asCells(used.values),
    ...(areas === undefined ? {} : { areas }),
  };
}

function storeReadOf(store: { sheet: Excel.Worksheet; used: Excel.Range }): StoreRead {
  const { sheet, used } = store;
  if (used.isNullObject) return { sheetName: sheet.name, records: [], unreadable: [] };
  // The store is written from A1; a used range starting lower means its header was cleared.
  const values = asCells(used.values);
  const rows = used.rowIndex === 0 && used.columnIndex === 0 ? values : [[""], ...values];
  const { records, unreadable } = readStoreRows(rows);
  const rect: Rect = {
    row: used.rowIndex,
    column: used.columnIndex,
    rows: used.rowCount,
    columns: used.columnCount,
  };
  return { sheetName: sheet.name, records, unreadable, used: rect };
}

/**
 * The ScopeRead from what the syncs brought back.
 * @param cells for the whole workbook, the used ranges queued by queueWorkbookCells
 * @param store the store as queued by queueStore, when it was read
 */
export function scopeReadOf(
  first: FirstRead,
  cells: CellsRead | undefined,
  store: { sheet: Excel.Worksheet; used: Excel.Range } | undefined
): ScopeRead {
  const all = first.sheets.items;
  let sheets: ScopeSheet[];
  if (first.active !== undefined) {
    // The active sheet as loaded with the collection, for its protection and names.
    const { sheet, used } = first.active;
    const listed =
      all.find((item) => item.id === sheet.id) ?? all.find((item) => item.name === sheet.name);
    const areas = first.areas?.items.map((area) => ({
      row: area.rowIndex,
      column: area.columnIndex,
      rows: area.rowCount,
      columns: area.columnCount,
    }));
    sheets = listed === undefined ? [] : [scopeSheet(first, listed, used, areas)];
    if (listed !== undefined && listed === storeSheetOf(first)) sheets = [];
  } else {
    sheets = all.flatMap((sheet) => {
      const used = cells?.get(sheet.id);
      return used === undefined ? [] : [scopeSheet(first, sheet, used)];
    });
  }
  return {
    scope: first.scope,
    readOnly: first.workbook.readOnly,
    structureProtected: first.workbook.protection.protected,
    sheets,
    sheetNames: all.map((sheet) => sheet.name),
    names: (first.names?.items ?? []).map((name) => ({
      name: name.name,
      formula: typeof name.formula === "string" ? name.formula : String(name.formula ?? ""),
      comment: name.comment ?? "",
    })),
    ...(store === undefined ? {} : { store: storeReadOf(store) }),
  };
}

/** What "values" loads for each DEAL formula: its cell and its spill range. */
export interface ResultRead {
  readonly cell: DealFormulaCell;
  readonly range: Excel.Range;
  readonly spill: Excel.Range;
}

/** Queues each formula's value and spill range (ExcelApi 1.12), on the sheets of the first read. */
export function queueResults(first: FirstRead, cells: readonly DealFormulaCell[]): ResultRead[] {
  const byId = new Map(first.sheets.items.map((sheet) => [sheet.id, sheet]));
  return cells.map((cell) => {
    const sheet = byId.get(cell.sheet.id) ?? first.sheets.getItem(cell.sheet.name);
    const range = sheet.getRange(
      rectAddress({ row: cell.row, column: cell.column, rows: 1, columns: 1 })
    );
    range.load("values,valueTypes");
    const spill = range.getSpillingToRangeOrNullObject();
    spill.load("rowIndex,columnIndex,rowCount,columnCount,values,valueTypes");
    return { cell, range, spill };
  });
}

export function resultsOf(reads: readonly ResultRead[]): FormulaResult[] {
  return reads.map(({ cell, range, spill }) => {
    const value = asCells(range.values)[0]?.[0] ?? "";
    const valueType = String(range.valueTypes[0]?.[0] ?? "");
    const spills = !spill.isNullObject && spill.rowCount * spill.columnCount > 1;
    return {
      cell,
      value,
      valueType,
      ...(spills
        ? {
            spill: {
              rect: {
                row: spill.rowIndex,
                column: spill.columnIndex,
                rows: spill.rowCount,
                columns: spill.columnCount,
              },
              values: asCells(spill.values),
              valueTypes: spill.valueTypes.map((row) => row.map(String)),
            },
          }
        : {}),
    };
  });
}
