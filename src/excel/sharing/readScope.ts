import {
  FormulaResult,
  OfficeCell,
  readStoreRows,
  ScopeRead,
  ScopeSheet,
  SharingAction,
  SharingScope,
  StoreRead,
  STORE_SHEET_KEY,
  DealFormulaCell,
} from "../../sharing/prepare";
import { DRAW_DOWNS_KEY } from "../../sharing/drawDowns";
import { rectAddress, Rect } from "../../formula";
import { DEAL_KEY_PROPERTY } from "../readSnapshot";

/*
 * The reads of "Prepare for sharing", each a function that queues loads and one that turns what
 * came back into the pure ScopeRead; the caller syncs in between, so it decides (and counts) the
 * syncs:
 * - first: workbook flags, every sheet (name, id, protection, DEAL key, for "native" its names),
 *   for "native" the workbook names, and for sheet or selection the active sheet's cells and the
 *   selected areas;
 * - cells: for the whole workbook, every sheet's cells (the list of sheets came with "first");
 * - store: the kept formulas, for values, restore and native, when the workbook has a store;
 * - draw-downs: the sheet of DEAL.ROLLOVER's ledgers, for native and restore, when there is one
 *   (for the whole workbook, its cells come with every sheet's);
 * - results: for values, each DEAL formula's value and spill range; for native, each
 *   DEAL.ROLLOVER's.
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
  const used = queueUsed(sheet);
  const areas = scope === "selection" ? workbook.getSelectedRanges().areas : undefined;
  areas?.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
  return { action, scope, workbook, sheets, names, active: { sheet, used }, areas };
}

/** The sheet with this DEAL key, once the first sync is done. */
function sheetWithKey(first: FirstRead, key: string): Excel.Worksheet | undefined {
  return first.sheets.items.find((sheet) =>
    sheet.customProperties.items.some((property) => sameKey(property.key) && property.value === key)
  );
}

/** The sheet that keeps DEAL's formulas, once the first sync is done. */
export const storeSheetOf = (first: FirstRead) => sheetWithKey(first, STORE_SHEET_KEY);

/** A sheet and its used range, queued. */
export interface SheetCellsRead {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
}

/** Queues the used range of a sheet: formulas and values (which tell a formula from text). */
function queueUsed(sheet: Excel.Worksheet): Excel.Range {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("formulas,values,rowIndex,columnIndex");
  return used;
}

/** Queues the sheet of draw-downs' cells, when the workbook has one. */
export function queueDrawDowns(first: FirstRead): SheetCellsRead | undefined {
  const sheet = sheetWithKey(first, DRAW_DOWNS_KEY);
  return sheet === undefined ? undefined : { sheet, used: queueUsed(sheet) };
}

/** Used ranges by sheet id, for the whole workbook (not the store). */
export type CellsRead = ReadonlyMap<string, Excel.Range>;

export function queueWorkbookCells(first: FirstRead): CellsRead {
  const store = storeSheetOf(first);
  const cells = new Map<string, Excel.Range>();
  for (const sheet of first.sheets.items) {
    if (sheet !== store) cells.set(sheet.id, queueUsed(sheet));
  }
  return cells;
}

export function queueStore(first: FirstRead): SheetCellsRead | undefined {
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

function storeReadOf(store: SheetCellsRead): StoreRead {
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

/** What the syncs after the first brought back. */
export interface LaterReads {
  /** For the whole workbook, the used ranges queued by queueWorkbookCells. */
  readonly cells?: CellsRead;
  /** The store as queued by queueStore, when it was read. */
  readonly store?: SheetCellsRead;
  /** The sheet of draw-downs as queued by queueDrawDowns, when it was read. */
  readonly drawDowns?: SheetCellsRead;
}

/** The sheet of draw-downs as read: on its own, or with every sheet's cells. */
function drawDownsOf(first: FirstRead, reads: LaterReads): ScopeSheet | undefined {
  if (reads.drawDowns !== undefined) {
    return scopeSheet(first, reads.drawDowns.sheet, reads.drawDowns.used);
  }
  const sheet = reads.cells === undefined ? undefined : sheetWithKey(first, DRAW_DOWNS_KEY);
  const used = sheet === undefined ? undefined : reads.cells?.get(sheet.id);
  return sheet === undefined || used === undefined ? undefined : scopeSheet(first, sheet, used);
}

/** The ScopeRead from what the syncs brought back. */
export function scopeReadOf(first: FirstRead, reads: LaterReads = {}): ScopeRead {
  const { cells, store } = reads;
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
  const drawDowns = drawDownsOf(first, reads);
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
    ...(drawDowns === undefined ? {} : { drawDowns }),
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
