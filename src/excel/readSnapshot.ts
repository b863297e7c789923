import type { CellValue } from "../workbook/plan";
import type { SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../workbook/snapshot";

/*
 * Reads what reconcile needs in exactly two syncs, however many sheets and tables there are:
 * 1. workbook flags, every sheet (name, protection, custom properties, chart and sheet-scoped
 *    names), every table (name, sheet) and every defined name;
 * 2. every table's position, and only on DEAL's sheets the tables' content and the used range.
 * Nothing is read inside a loop of syncs: each step queues all its loads, then syncs once.
 */

/** The worksheet custom property that holds a DEAL sheet's key. */
export const DEAL_KEY_PROPERTY = "DEAL.key";

/** The snapshot, and what applying an edit needs to know beyond it. */
export interface WorkbookRead {
  readonly snapshot: WorkbookSnapshot;
  /** Chart names by sheet name: an earlier DEAL chart can then be deleted without another read. */
  readonly chartNames: ReadonlyMap<string, readonly string[]>;
}

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

const rowsOf = (values: unknown[][]): CellValue[][] => values.map((row) => row.map(cellValue));

/** The sheet's DEAL key (custom property keys are case-insensitive in Excel). */
function dealKeyOf(properties: readonly { key: string; value: string }[]): string | undefined {
  const wanted = DEAL_KEY_PROPERTY.toLowerCase();
  return properties.find((property) => property.key.toLowerCase() === wanted)?.value;
}

/**
 * Reads the workbook for reconcile, plus the sheets' chart names, in exactly two syncs.
 * Requires ExcelApi 1.12 (worksheet custom properties).
 */
export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookRead> {
  const workbook = context.workbook;
  workbook.load("readOnly");
  workbook.protection.load("protected");
  const sheets = workbook.worksheets;
  sheets.load(SHEET_PROPERTIES);
  const tables = workbook.tables;
  tables.load("items/name,items/worksheet/name");
  const names = workbook.names;
  names.load("items/name");
  await context.sync();

  const dealKeys = new Map<string, string>();
  for (const sheet of sheets.items) {
    const key = dealKeyOf(sheet.customProperties.items);
    if (key !== undefined) dealKeys.set(sheet.name, key);
  }

  // Sync 2: positions of all tables; content only where DEAL may merge (its own sheets).
  const tableReads = tables.items.map((table) => {
    const sheetName = table.worksheet.name;
    const deal = dealKeys.has(sheetName);
    const header = table.getHeaderRowRange();
    header.load(deal ? "values,rowIndex,columnIndex" : "rowIndex,columnIndex");
    const body = deal ? table.getDataBodyRange() : undefined;
    body?.load("values");
    return { name: table.name, sheetName, header, body };
  });
  const usedReads = new Map<string, Excel.Range>();
  for (const sheet of sheets.items) {
    if (!dealKeys.has(sheet.name)) continue;
    // Values only: formatting alone does not make a cell "used" for inputs and notes.
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("values,rowIndex,columnIndex");
    usedReads.set(sheet.name, used);
  }
  await context.sync();

  const tablesBySheet = new Map<string, TableSnapshot[]>();
  for (const read of tableReads) {
    const snapshot: TableSnapshot = {
      name: read.name,
      at: { row: read.header.rowIndex, column: read.header.columnIndex },
      headers: read.body === undefined ? [] : read.header.values[0].map((cell) => String(cell)),
      values: read.body === undefined ? [] : rowsOf(read.body.values),
    };
    tablesBySheet.set(read.sheetName, [...(tablesBySheet.get(read.sheetName) ?? []), snapshot]);
  }

  const sheetSnapshots: SheetSnapshot[] = sheets.items.map((sheet) => {
    const used = usedReads.get(sheet.name);
    return {
      name: sheet.name,
      dealKey: dealKeys.get(sheet.name),
      protected: sheet.protection.protected,
      tables: tablesBySheet.get(sheet.name) ?? [],
      ...(used === undefined ? {} : { usedRange: usedRangeOf(used) }),
    };
  });

  return {
    snapshot: {
      readOnly: workbook.readOnly,
      structureProtected: workbook.protection.protected,
      sheets: sheetSnapshots,
      tableNames: tables.items.map((table) => table.name),
      // Sheet-scoped names too, to be safe: a free table name then avoids all of Name Manager.
      definedNames: [
        ...names.items.map((name) => name.name),
        ...sheets.items.flatMap((sheet) => sheet.names.items.map((name) => name.name)),
      ],
    },
    chartNames: new Map(
      sheets.items.map((sheet) => [sheet.name, sheet.charts.items.map((chart) => chart.name)])
    ),
  };
}

/** A DEAL sheet's used range; an empty sheet reads as an empty range at A1, every cell blank. */
function usedRangeOf(used: Excel.Range): SheetSnapshot["usedRange"] {
  if (used.isNullObject) return { at: { row: 0, column: 0 }, values: [] };
  return { at: { row: used.rowIndex, column: used.columnIndex }, values: rowsOf(used.values) };
}

/** The snapshot reconcile merges DEAL's plans with, read in exactly two syncs. */
export async function readWorkbookSnapshot(
  context: Excel.RequestContext
): Promise<WorkbookSnapshot> {
  return (await readWorkbook(context)).snapshot;
}
