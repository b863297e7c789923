import {
  OfficeCell,
  readStoreRows,
  ScopeRead,
  ScopeSheet,
  SharingAction,
  SharingScope,
  StoreRead,
  STORE_SHEET_KEY,
} from "../../sharing/prepare";
import { DRAW_DOWNS_KEY } from "../../sharing/drawDowns";
import type { Rect } from "../../formula";
import { MEMORY_SHEET_KEY } from "../../workbook/memory/cellMemory";
import { bandsWindow, UsedCellsRead, windowCells } from "../batching/cellReads";
import { SAFE_PAYLOAD_BYTES } from "../batching/payloadSize";
import { syncReads, windowShare, type SizedRead } from "../batching/readBatches";
import { meterRequest } from "../batching/requestMeter";
import { LISTING_RESPONSE_BYTES, type CellProperty } from "../batching/responseSize";
import { DEAL_KEY_PROPERTY } from "../readSnapshot";

/*
 * The reads of "Prepare for sharing", each sized for Excel on the web's payload limit
 * (batching/); the caller runs them in order, so it decides (and counts) the syncs:
 * - first: workbook flags, every sheet (name, id, protection, DEAL key, for "native" its names),
 *   for "native" the workbook names, and for sheet or selection the active sheet's cells and the
 *   selected areas;
 * - cells: for the whole workbook, every sheet's cells (the list of sheets came with "first"),
 *   with the store when the action needs it; DEAL's own very hidden sheets hold no DEAL formula
 *   and are not read;
 * - store: the kept formulas, for values, restore and native, when the workbook has a store;
 * - draw-downs: the sheet of DEAL.ROLLOVER's ledgers, for native and restore, when there is one
 *   (for the whole workbook, its cells come with every sheet's);
 * - results (readResults.ts): for values, each DEAL formula's value and spill range; for native,
 *   each DEAL.ROLLOVER's.
 * Cells are the used range's formulas and values (values tell a formula from text starting "=").
 * A sheet's cells come in the sync that first reaches it, within a window of that sync's budget,
 * and only a sheet larger than its window takes more syncs (batching/cellReads.ts).
 */

const SHEET_CELLS: readonly CellProperty[] = ["formulas", "values"];
const STORE_CELLS: readonly CellProperty[] = ["values"];
/** The rectangles of a window over a sheet nothing is known of (cellReads.ts). */
const BANDS = bandsWindow(1).length;

const sameKey = (key: string) => key.toLowerCase() === DEAL_KEY_PROPERTY.toLowerCase();

/** What the first sync loads. */
export interface FirstRead {
  readonly action: SharingAction;
  readonly scope: SharingScope;
  readonly workbook: Excel.Workbook;
  readonly sheets: Excel.WorksheetCollection;
  readonly names?: Excel.NamedItemCollection;
  /** The active sheet and its cells (sheet and selection scope). */
  readonly active?: { readonly sheet: Excel.Worksheet; readonly cells: UsedCellsRead };
  readonly areas?: Excel.RangeCollection;
}

type Listing = Omit<FirstRead, "active"> & { readonly activeSheet?: Excel.Worksheet };

function queueListing(
  context: Excel.RequestContext,
  action: SharingAction,
  scope: SharingScope
): Listing {
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

  const activeSheet = sheets.getActiveWorksheet();
  activeSheet.load("id,name");
  const areas = scope === "selection" ? workbook.getSelectedRanges().areas : undefined;
  areas?.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
  return { action, scope, workbook, sheets, names, activeSheet, areas };
}

/**
 * The first read, in one sync when the active sheet fits the window that sync leaves it (more
 * syncs for the rest of a larger sheet).
 */
export async function readFirst(
  context: Excel.RequestContext,
  action: SharingAction,
  scope: SharingScope
): Promise<FirstRead> {
  let listing: Listing | undefined;
  const listed = (): Listing => listing as Listing;
  const requestBytes = meterRequest<Excel.RequestContext>((c) => queueListing(c, action, scope));
  const listingRead: SizedRead = {
    requestBytes,
    responseBytes: LISTING_RESPONSE_BYTES,
    queue: () => {
      listing = queueListing(context, action, scope);
    },
  };
  const window = bandsWindow(
    windowCells(SAFE_PAYLOAD_BYTES - LISTING_RESPONSE_BYTES, SHEET_CELLS, BANDS)
  );
  const cells =
    scope === "workbook"
      ? undefined
      : new UsedCellsRead(() => listed().activeSheet as Excel.Worksheet, SHEET_CELLS, window);
  await syncReads(context, cells === undefined ? [listingRead] : [listingRead, cells.opening()]);
  await syncReads(context, cells?.rest() ?? []);
  const { activeSheet, ...first } = listed();
  return activeSheet === undefined || cells === undefined
    ? first
    : { ...first, active: { sheet: activeSheet, cells } };
}

/** The sheet with this DEAL key, once the first sync is done. */
function sheetWithKey(first: FirstRead, key: string): Excel.Worksheet | undefined {
  return first.sheets.items.find((sheet) =>
    sheet.customProperties.items.some((property) => sameKey(property.key) && property.value === key)
  );
}

/** The sheet that keeps DEAL's formulas, once the first sync is done. */
export const storeSheetOf = (first: FirstRead) => sheetWithKey(first, STORE_SHEET_KEY);

/** A sheet and its cells, being read. */
export interface SheetCellsRead {
  readonly sheet: Excel.Worksheet;
  readonly cells: UsedCellsRead;
}

/** What the syncs after the first brought back. */
export interface LaterReads {
  /** For the whole workbook, every sheet's cells by sheet id (not the store's). */
  readonly cells?: ReadonlyMap<string, UsedCellsRead>;
  /** The store, when it was read. */
  readonly store?: SheetCellsRead;
  /** The sheet of draw-downs, when it was read on its own. */
  readonly drawDowns?: SheetCellsRead;
}

/** Which of DEAL's sheets a later step reads. */
export interface SheetsWanted {
  readonly store?: boolean;
  readonly drawDowns?: boolean;
}

/**
 * Reads, after the first sync, every sheet's cells for the whole workbook and, as `wanted`, the
 * store and the sheet of draw-downs, together with `fixed` reads (results): the sheets' windows
 * share what `fixed` leave of the first of their syncs.
 */
export async function readLater(
  context: Excel.RequestContext,
  first: FirstRead,
  wanted: SheetsWanted & { readonly everySheet?: boolean },
  fixed: readonly SizedRead[] = []
): Promise<LaterReads> {
  const storeSheet = storeSheetOf(first);
  const store = wanted.store ? storeSheet : undefined;
  const memory = sheetWithKey(first, MEMORY_SHEET_KEY);
  const drawDowns = wanted.drawDowns ? sheetWithKey(first, DRAW_DOWNS_KEY) : undefined;
  // DEAL's very hidden sheets (the store, its memory) hold no formula of the user's.
  const scoped = wanted.everySheet
    ? first.sheets.items.filter((sheet) => sheet !== storeSheet && sheet !== memory)
    : [];
  const count = scoped.length + (store === undefined ? 0 : 1) + (drawDowns === undefined ? 0 : 1);
  const share = windowShare(fixed, count);
  const open = (sheet: Excel.Worksheet, properties: readonly CellProperty[]) =>
    new UsedCellsRead(() => sheet, properties, bandsWindow(windowCells(share, properties, BANDS)));
  const cells = new Map(scoped.map((sheet) => [sheet.id, open(sheet, SHEET_CELLS)]));
  const storeRead = store && { sheet: store, cells: open(store, STORE_CELLS) };
  const drawDownsRead = drawDowns && { sheet: drawDowns, cells: open(drawDowns, SHEET_CELLS) };
  const reads = [...cells.values(), storeRead?.cells, drawDownsRead?.cells].filter(
    (read): read is UsedCellsRead => read !== undefined
  );
  await syncReads(context, [...reads.map((read) => read.opening()), ...fixed]);
  await syncReads(
    context,
    reads.flatMap((read) => read.rest())
  );
  return {
    ...(wanted.everySheet ? { cells } : {}),
    ...(storeRead && { store: storeRead }),
    ...(drawDownsRead && { drawDowns: drawDownsRead }),
  };
}

/** Excel gives "" for blank cells; anything unexpected is read as its text. */
export const asCells = (rows: readonly (readonly unknown[])[]): OfficeCell[][] =>
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
  cells: UsedCellsRead,
  areas?: readonly Rect[]
): ScopeSheet {
  const rect = cells.rect();
  const grid = cells.grid();
  return {
    name: sheet.name,
    id: sheet.id,
    protected: sheet.protection.protected,
    // Sheet names matter (and were loaded) for "native" only.
    names: first.action === "native" ? sheet.names.items.map((name) => name.name) : [],
    at: rect === undefined ? { row: 0, column: 0 } : { row: rect.row, column: rect.column },
    formulas: asCells(grid.formulas ?? []),
    values: asCells(grid.values ?? []),
    ...(areas === undefined ? {} : { areas }),
  };
}

function storeReadOf(store: SheetCellsRead): StoreRead {
  const { sheet, cells } = store;
  const used = cells.rect();
  if (used === undefined) return { sheetName: sheet.name, records: [], unreadable: [] };
  // The store is written from A1; a used range starting lower means its header was cleared.
  const values = asCells(cells.grid().values ?? []);
  const rows = used.row === 0 && used.column === 0 ? values : [[""], ...values];
  const { records, unreadable } = readStoreRows(rows);
  return { sheetName: sheet.name, records, unreadable, used };
}

/** The sheet of draw-downs as read: on its own, or with every sheet's cells. */
function drawDownsOf(first: FirstRead, reads: LaterReads): ScopeSheet | undefined {
  if (reads.drawDowns !== undefined) {
    return scopeSheet(first, reads.drawDowns.sheet, reads.drawDowns.cells);
  }
  const sheet = reads.cells === undefined ? undefined : sheetWithKey(first, DRAW_DOWNS_KEY);
  const cells = sheet === undefined ? undefined : reads.cells?.get(sheet.id);
  return sheet === undefined || cells === undefined ? undefined : scopeSheet(first, sheet, cells);
}

/** The ScopeRead from what the syncs brought back. */
export function scopeReadOf(first: FirstRead, reads: LaterReads = {}): ScopeRead {
  const { cells, store } = reads;
  const all = first.sheets.items;
  let sheets: ScopeSheet[];
  if (first.active !== undefined) {
    // The active sheet as loaded with the collection, for its protection and names.
    const { sheet, cells: activeCells } = first.active;
    const listed =
      all.find((item) => item.id === sheet.id) ?? all.find((item) => item.name === sheet.name);
    const areas = first.areas?.items.map((area) => ({
      row: area.rowIndex,
      column: area.columnIndex,
      rows: area.rowCount,
      columns: area.columnCount,
    }));
    sheets = listed === undefined ? [] : [scopeSheet(first, listed, activeCells, areas)];
    if (listed !== undefined && listed === storeSheetOf(first)) sheets = [];
  } else {
    sheets = all.flatMap((sheet) => {
      const read = cells?.get(sheet.id);
      return read === undefined ? [] : [scopeSheet(first, sheet, read)];
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
