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
import type { SizedRead } from "../batching/readBatches";
import { readCells, type CellGrid, type CellsRead } from "../batching/readCells";
import { meterRequest } from "../batching/requestMeter";
import { DEAL_KEY_PROPERTY } from "../readSnapshot";

/*
 * The reads of "Prepare for sharing", each a function that queues loads and one that turns what
 * came back into the pure ScopeRead; the caller syncs in between, so it decides (and counts) the
 * syncs:
 * - first: workbook flags, every sheet (name, id, protection, DEAL key, for "native" its names),
 *   for "native" the workbook names, and for sheet or selection the size of the active sheet's
 *   used range and the selected areas;
 * - sizes: for the whole workbook, the size of every sheet's used range (the list of sheets came
 *   with "first"); the store's size, for values and restore, when the workbook has a store;
 * - cells: the used ranges' formulas, values and value types, and the store's values, in slices
 *   of rows sized for Excel on the web's payload limit (batching/readCells.ts);
 * - results: for values, the spill range of each DEAL formula, in groups sized the same way.
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
  /** The active sheet and its used range's size (sheet and selection scope). */
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
  used.load("rowIndex,columnIndex,rowCount,columnCount");
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

/** A sheet in scope and its used range, whose size is loaded. */
export interface SheetSize {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
}

/** Used ranges' sizes, for the whole workbook (not the store). */
export function queueWorkbookSizes(first: FirstRead): SheetSize[] {
  const store = storeSheetOf(first);
  return first.sheets.items
    .filter((sheet) => sheet !== store)
    .map((sheet) => {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      return { sheet, used };
    });
}

/** The store's used range size, when the workbook has a store. */
export function queueStoreSize(first: FirstRead): SheetSize | undefined {
  const sheet = storeSheetOf(first);
  if (sheet === undefined) return undefined;
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  return { sheet, used };
}

const rectOf = (used: Excel.Range): Rect | undefined =>
  used.isNullObject
    ? undefined
    : {
        row: used.rowIndex,
        column: used.columnIndex,
        rows: used.rowCount,
        columns: used.columnCount,
      };

/** A sheet's cells as read: where its used range is, and its grid (none for an empty sheet). */
export interface SheetCells {
  readonly sheet: Excel.Worksheet;
  readonly rect?: Rect;
  readonly read?: CellsRead;
}

/** The reads of every sheet's cells (formulas, values, value types), sized for the payload limit. */
export function cellsOf(sizes: readonly SheetSize[]): SheetCells[] {
  return sizes.map(({ sheet, used }) => {
    const rect = rectOf(used);
    if (rect === undefined) return { sheet };
    return { sheet, rect, read: readCells(sheet, rect, "cells") };
  });
}

/** The store's values, read like the cells. */
export function storeCellsOf(store: SheetSize | undefined): SheetCells | undefined {
  if (store === undefined) return undefined;
  const rect = rectOf(store.used);
  return rect === undefined
    ? { sheet: store.sheet }
    : { sheet: store.sheet, rect, read: readCells(store.sheet, rect, "values") };
}

/** Every read of these sheets' cells, in order. */
export const readsOf = (cells: readonly (SheetCells | undefined)[]): SizedRead[] =>
  cells.flatMap((each) => each?.read?.reads ?? []);

function scopeSheet(
  first: FirstRead,
  listed: Excel.Worksheet,
  cells: SheetCells,
  areas?: readonly Rect[]
): ScopeSheet {
  const grid: CellGrid = cells.read?.grid() ?? {};
  return {
    name: listed.name,
    id: listed.id,
    protected: listed.protection.protected,
    // Sheet names matter (and were loaded) for "native" only.
    names: first.action === "native" ? listed.names.items.map((name) => name.name) : [],
    at:
      cells.rect === undefined
        ? { row: 0, column: 0 }
        : { row: cells.rect.row, column: cells.rect.column },
    formulas: grid.formulas ?? [],
    values: grid.values ?? [],
    ...(areas === undefined ? {} : { areas }),
  };
}

function storeReadOf(store: SheetCells): StoreRead {
  const { sheet, rect } = store;
  if (rect === undefined) return { sheetName: sheet.name, records: [], unreadable: [] };
  // The store is written from A1; a used range starting lower means its header was cleared.
  const values = store.read?.grid().values ?? [];
  const rows = rect.row === 0 && rect.column === 0 ? values : [[""], ...values];
  const { records, unreadable } = readStoreRows(rows);
  return { sheetName: sheet.name, records, unreadable, used: rect };
}

/**
 * The ScopeRead from what the syncs brought back.
 * @param cells the sheets in scope and their cells (for sheet and selection scope, the active one)
 * @param store the store and its cells, when it was read
 */
export function scopeReadOf(
  first: FirstRead,
  cells: readonly SheetCells[],
  store: SheetCells | undefined
): ScopeRead {
  const all = first.sheets.items;
  let sheets: ScopeSheet[];
  if (first.active !== undefined) {
    // The active sheet as loaded with the collection, for its protection and names.
    const { sheet } = first.active;
    const listed =
      all.find((item) => item.id === sheet.id) ?? all.find((item) => item.name === sheet.name);
    const areas = first.areas?.items.map((area) => ({
      row: area.rowIndex,
      column: area.columnIndex,
      rows: area.rowCount,
      columns: area.columnCount,
    }));
    const isStore = listed !== undefined && listed === storeSheetOf(first);
    sheets =
      listed === undefined || isStore || cells[0] === undefined
        ? []
        : [scopeSheet(first, listed, cells[0], areas)];
  } else {
    sheets = cells.map((each) => scopeSheet(first, each.sheet, each));
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

/** What "values" loads for each DEAL formula: its spill range's size. */
export interface ResultRead {
  readonly cell: DealFormulaCell;
  spill?: Excel.Range;
}

/** A spill range's size, as the request meter costs it on a stand-in sheet. */
const SPILL_REQUEST_BYTES = meterRequest<Excel.Worksheet>((sheet) =>
  sheet
    .getRange("XFD1048576")
    .getSpillingToRangeOrNullObject()
    .load("rowIndex,columnIndex,rowCount,columnCount")
);
/** The response for a spill range's size and the cell's null-object flag. */
const SPILL_RESPONSE_BYTES = 160;

/**
 * The reads of each formula's spill range (ExcelApi 1.12), on the sheets of the first read; the
 * values and their types come from the cells already read.
 */
export function resultReads(
  first: FirstRead,
  cells: readonly DealFormulaCell[]
): { reads: SizedRead[]; results: ResultRead[] } {
  const byId = new Map(first.sheets.items.map((sheet) => [sheet.id, sheet]));
  const results = cells.map((cell): ResultRead => ({ cell }));
  const reads = results.map((result): SizedRead => ({
    from: byId.get(result.cell.sheet.id),
    requestBytes: SPILL_REQUEST_BYTES,
    responseBytes: SPILL_RESPONSE_BYTES,
    queue: () => {
      const { cell } = result;
      const sheet = byId.get(cell.sheet.id) ?? first.sheets.getItem(cell.sheet.name);
      const range = sheet.getRange(
        rectAddress({ row: cell.row, column: cell.column, rows: 1, columns: 1 })
      );
      result.spill = range.getSpillingToRangeOrNullObject();
      result.spill.load("rowIndex,columnIndex,rowCount,columnCount");
    },
  }));
  return { reads, results };
}

/** The cells of `sheet` in `rect`, from what was read of the sheet in scope. */
function cellsIn(
  read: ScopeRead,
  sheetId: string,
  rect: Rect,
  grid: (sheet: ScopeSheet) => readonly (readonly OfficeCell[])[]
) {
  const sheet = read.sheets.find((each) => each.id === sheetId);
  const rows = sheet === undefined ? [] : grid(sheet);
  return Array.from({ length: rect.rows }, (_, r) =>
    Array.from({ length: rect.columns }, (_, c) => {
      const row = rows[rect.row - (sheet?.at.row ?? 0) + r] ?? [];
      return row[rect.column - (sheet?.at.column ?? 0) + c] ?? "";
    })
  );
}

/**
 * Each formula's value, type and spill, from its spill range and the cells read before.
 * @param types the value types of the cells in scope, by sheet id (read with the cells).
 */
export function resultsOf(
  results: readonly ResultRead[],
  read: ScopeRead,
  types: ReadonlyMap<string, CellGrid>
): FormulaResult[] {
  const typeRows = (sheet: ScopeSheet) => types.get(sheet.id)?.valueTypes ?? [];
  return results.map(({ cell, spill }) => {
    const one = { row: cell.row, column: cell.column, rows: 1, columns: 1 };
    const value = cellsIn(read, cell.sheet.id, one, (sheet) => sheet.values)[0][0];
    const valueType = String(cellsIn(read, cell.sheet.id, one, typeRows)[0][0]);
    const rect =
      spill === undefined || spill.isNullObject
        ? undefined
        : {
            row: spill.rowIndex,
            column: spill.columnIndex,
            rows: spill.rowCount,
            columns: spill.columnCount,
          };
    const spills = rect !== undefined && rect.rows * rect.columns > 1;
    return {
      cell,
      value,
      valueType,
      ...(spills
        ? {
            spill: {
              rect,
              values: cellsIn(read, cell.sheet.id, rect, (sheet) => sheet.values),
              valueTypes: cellsIn(read, cell.sheet.id, rect, typeRows).map((row) =>
                row.map(String)
              ),
            },
          }
        : {}),
    };
  });
}
