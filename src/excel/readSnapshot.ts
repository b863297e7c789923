import type { CellValue, SheetPlan } from "../workbook/plan";
import { MEMORY_SHEET_KEY } from "../workbook/memory/cellMemory";
import type { SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import type { Rect } from "../formula";
import { UsedCellsRead, type CellGrid } from "./batching/cellReads";
import { REUSED_OBJECT_BYTES } from "./batching/payloadSize";
import { syncReads, windowShare, type SizedRead } from "./batching/readBatches";
import { meterRequest } from "./batching/requestMeter";
import { LISTING_RESPONSE_BYTES, OBJECT_RESPONSE_BYTES } from "./batching/responseSize";
import {
  insertWindows,
  memorySheet,
  planSheet,
  UNKNOWN_SHEET,
  type SheetToRead,
} from "./insertWindows";

/*
 * Reads what reconcile needs, in two syncs for every ordinary workbook:
 * 1. workbook flags, every sheet (name, protection, custom properties, chart and sheet-scoped
 *    names), every table (name, sheet) and every defined name;
 * 2. the cells of the DEAL sheets this insert merges with (their used range; their tables'
 *    position and size, whose content is taken from the used range) and of DEAL's memory when
 *    the insert has anything to remember. A deal model is written once on a new sheet and never
 *    merged, so no model sheet is read; nor is any DEAL sheet the insert leaves alone, nor any
 *    sheet of the user's. With nothing to read (a new workbook, a new model), sync 2 is empty.
 * The cells come through windows sized from what DEAL is about to write (insertWindows.ts), so
 * a sheet larger than its window, such as a benchmark of thousands of models, takes more syncs,
 * each response estimated under Excel on the web's payload limit (batching/).
 */

/** The worksheet custom property that holds a DEAL sheet's key. */
export const DEAL_KEY_PROPERTY = "DEAL.key";

/** The snapshot, and what applying an edit needs to know beyond it. */
export interface WorkbookRead {
  readonly snapshot: WorkbookSnapshot;
  /** Chart names by sheet name: an earlier DEAL chart can then be deleted without another read. */
  readonly chartNames: ReadonlyMap<string, readonly string[]>;
}

/**
 * DEAL's sheet plans for an insert, made from the workbook (a new model sheet takes the next free
 * key; the benchmark keeps an earlier layout it finds). They are made twice: from the workbook as
 * listed by the first sync (sheets, DEAL keys, table and defined names; no cells yet), to know
 * which sheets to read and how far, then from the snapshot read, for reconcile. A plan's key and
 * whether it is written once must not depend on the cells.
 */
export type Plans = (listed: WorkbookSnapshot) => SheetPlan[];

/** Everything sync 1 loads on the workbook. */
const SHEET_PROPERTIES = [
  "items/name",
  "items/protection/protected",
  "items/customProperties/items/key",
  "items/customProperties/items/value",
  "items/charts/items/name",
  "items/names/items/name",
].join(",");

/** Excel reports an empty cell as ""; the snapshot says blank with null. */
function cellValue(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? value
    : String(value);
}

const rowsOf = (values: readonly (readonly unknown[])[]): CellValue[][] =>
  values.map((row) => row.map(cellValue));

/** The sheet's DEAL key (custom property keys are case-insensitive in Excel). */
function dealKeyOf(properties: readonly { key: string; value: string }[]): string | undefined {
  const wanted = DEAL_KEY_PROPERTY.toLowerCase();
  return properties.find((property) => property.key.toLowerCase() === wanted)?.value;
}

function queueListing(context: Excel.RequestContext) {
  const workbook = context.workbook;
  workbook.load("readOnly");
  workbook.protection.load("protected");
  const sheets = workbook.worksheets;
  sheets.load(SHEET_PROPERTIES);
  const tables = workbook.tables;
  tables.load("items/name,items/worksheet/name");
  const names = workbook.names;
  names.load("items/name");
  return { workbook, sheets, tables, names };
}

type Listing = ReturnType<typeof queueListing>;

/** The workbook as listed: no table positions and no cells yet. */
function listedSnapshot({ workbook, sheets, tables, names }: Listing): WorkbookSnapshot {
  return {
    readOnly: workbook.readOnly,
    structureProtected: workbook.protection.protected,
    sheets: sheets.items.map((sheet) => ({
      name: sheet.name,
      dealKey: dealKeyOf(sheet.customProperties.items),
      protected: sheet.protection.protected,
      tables: [],
    })),
    tableNames: tables.items.map((table) => table.name),
    // Sheet-scoped names too, to be safe: a free table name then avoids all of Name Manager.
    definedNames: [
      ...names.items.map((name) => name.name),
      ...sheets.items.flatMap((sheet) => sheet.names.items.map((name) => name.name)),
    ],
  };
}

/**
 * The DEAL sheets whose cells reconcile needs, by DEAL key, and how far each reaches: those the
 * plans merge with (not a sheet written once), and DEAL's memory when a plan is remembered.
 * Without plans, every DEAL sheet.
 */
function sheetsToRead(
  listed: WorkbookSnapshot,
  plans: readonly SheetPlan[] | undefined
): Map<string, SheetToRead> {
  const keys = new Set(listed.sheets.flatMap((sheet) => sheet.dealKey ?? []));
  if (plans === undefined) return new Map([...keys].map((key) => [key, UNKNOWN_SHEET]));
  const merged = plans.filter((plan) => !plan.writtenOnce);
  const wanted = new Map<string, SheetToRead>(
    merged.filter((plan) => keys.has(plan.key)).map((plan) => [plan.key, planSheet(plan)])
  );
  if (merged.length > 0 && keys.has(MEMORY_SHEET_KEY)) {
    wanted.set(MEMORY_SHEET_KEY, memorySheet(merged));
  }
  return wanted;
}

/** A table's position, width and length. */
function tableRead(table: Excel.Table) {
  const header = table.getHeaderRowRange().load("rowIndex,columnIndex,columnCount").untrack();
  const body = table.getDataBodyRange().load("rowCount").untrack();
  return { header, body };
}

const TABLE_REQUEST_BYTES = REUSED_OBJECT_BYTES + meterRequest<Excel.Table>(tableRead);

/** The cells of `rect` in a used range read from `at` ("" outside it). */
function cellsIn(at: Rect | undefined, grid: readonly (readonly unknown[])[], rect: Rect) {
  return Array.from({ length: rect.rows }, (_, r) =>
    Array.from({ length: rect.columns }, (_, c) =>
      at === undefined ? "" : (grid[rect.row - at.row + r]?.[rect.column - at.column + c] ?? "")
    )
  );
}

/**
 * Reads the workbook for reconcile, plus the sheets' chart names, and makes the insert's plans
 * from it. Requires ExcelApi 1.12 (worksheet custom properties).
 * @param plans DEAL's plans (Plans); without them, every DEAL sheet is read.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  plans?: Plans
): Promise<WorkbookRead & { readonly plans: SheetPlan[] }> {
  let listing: Listing | undefined;
  await syncReads(context, [
    {
      requestBytes: meterRequest<Excel.RequestContext>(queueListing),
      responseBytes: LISTING_RESPONSE_BYTES,
      queue: () => {
        listing = queueListing(context);
      },
    },
  ]);
  const { sheets, tables } = listing as Listing;
  const listed = listedSnapshot(listing as Listing);
  // The plans as far as the list tells, for what to read (Plans).
  const planned = plans?.(listed);

  // Sync 2: the cells of the sheets DEAL merges with, and the
  // position and size of their tables.
  const wanted = sheetsToRead(listed, planned);
  const keyOf = new Map(listed.sheets.map((sheet) => [sheet.name, sheet.dealKey]));
  const reading = (sheetName: string) => wanted.has(keyOf.get(sheetName) ?? "");
  const tableReads = tables.items
    .filter((table) => reading(table.worksheet.name))
    .map((table) => ({ table, read: undefined as ReturnType<typeof tableRead> | undefined }));
  const fixed = tableReads.map((each): SizedRead => ({
    requestBytes: TABLE_REQUEST_BYTES,
    responseBytes: 2 * OBJECT_RESPONSE_BYTES,
    queue: () => {
      each.read = tableRead(each.table);
    },
  }));
  const read = sheets.items.filter((sheet) => reading(sheet.name));
  const toRead = read.map((sheet) => wanted.get(keyOf.get(sheet.name) as string) as SheetToRead);
  const windows = insertWindows(toRead, windowShare(fixed, 1));
  const cells = new Map(
    read.map((sheet, i) => [
      sheet.name,
      new UsedCellsRead(() => sheet, ["values"], windows[i], toRead[i].cellBytes),
    ])
  );
  const opened = await syncReads(context, [
    ...[...cells.values()].map((each) => each.opening()),
    ...fixed,
  ]);
  // With nothing to read, this sync sends nothing (Office.js makes no request for a batch with no
  // actions); it keeps an insert's syncs at three whatever the workbook holds, as the tests count.
  if (opened.length === 0) await context.sync();
  await syncReads(
    context,
    [...cells.values()].flatMap((each) => each.rest())
  );

  const grids = new Map(
    [...cells].map(([name, each]) => [name, { at: each.rect(), grid: each.grid() }] as const)
  );
  const tablesBySheet = new Map<string, TableSnapshot[]>();
  for (const { table, read: loaded } of tableReads) {
    const { header, body } = loaded as ReturnType<typeof tableRead>;
    const sheetName = table.worksheet.name;
    const at = { row: header.rowIndex, column: header.columnIndex };
    const columns = header.columnCount;
    const used = grids.get(sheetName);
    const content = (rect: Rect) => cellsIn(used?.at, used?.grid.values ?? [], rect);
    const snapshot: TableSnapshot = {
      name: table.name,
      at,
      headers: content({ ...at, rows: 1, columns })[0].map((cell) => String(cell)),
      values: rowsOf(content({ row: at.row + 1, column: at.column, rows: body.rowCount, columns })),
    };
    tablesBySheet.set(sheetName, [...(tablesBySheet.get(sheetName) ?? []), snapshot]);
  }

  const sheetSnapshots: SheetSnapshot[] = listed.sheets.map((sheet) => {
    const used = grids.get(sheet.name);
    return {
      ...sheet,
      tables: tablesBySheet.get(sheet.name) ?? [],
      ...(used === undefined ? {} : { usedRange: usedRangeOf(used.at, used.grid) }),
    };
  });

  const snapshot = { ...listed, sheets: sheetSnapshots };
  return {
    snapshot,
    chartNames: new Map(
      sheets.items.map((sheet) => [sheet.name, sheet.charts.items.map((chart) => chart.name)])
    ),
    plans: plans?.(snapshot) ?? [],
  };
}

/** A DEAL sheet's used range; an empty sheet reads as an empty range at A1, every cell blank. */
function usedRangeOf(at: Rect | undefined, grid: CellGrid): SheetSnapshot["usedRange"] {
  if (at === undefined) return { at: { row: 0, column: 0 }, values: [] };
  return { at: { row: at.row, column: at.column }, values: rowsOf(grid.values ?? []) };
}

/** The snapshot reconcile merges DEAL's plans with, every DEAL sheet read. */
export async function readWorkbookSnapshot(
  context: Excel.RequestContext
): Promise<WorkbookSnapshot> {
  return (await readWorkbook(context)).snapshot;
}
