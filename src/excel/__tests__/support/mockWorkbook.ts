import { OfficeMockObject } from "office-addin-mock";
import { parseCellAddress } from "../../../formula";
import type { CellValue } from "../../../workbook/plan";
import { FakeSheet, TableRegistry } from "./fakeWrites";
import { usedRect } from "./usedRect";

/*
 * Mock Excel workbooks for the adapter's tests, built on office-addin-mock.
 *
 * Read side: every object is an OfficeMockObject, so a property read before load() + sync() gives
 * the library's error string instead of the value, and the snapshot tests catch it. The library
 * cannot follow "items/…" paths into collections (it keeps `items` as a plain array), so
 * collections and their items get a load() that forwards "items/x" to every item, and a sync()
 * that reaches the items.
 *
 * Write side: the methods the adapter calls to write (worksheets.add/getItem, tables.getItem)
 * return the plain recording fakes of fakeWrites.ts.
 */

/** A table already in the workbook. `values` use null for blank cells (Excel reports ""). */
export interface ExistingTable {
  readonly name: string;
  readonly at: { readonly row: number; readonly column: number };
  readonly headers: readonly string[];
  readonly values: readonly (readonly CellValue[])[];
}

/** A sheet already in the workbook. */
export interface ExistingSheet {
  readonly name: string;
  /** Custom properties, e.g. { "DEAL.key": "checklist-SLA" }. */
  readonly properties?: Readonly<Record<string, string>>;
  readonly protected?: boolean;
  readonly tables?: readonly ExistingTable[];
  readonly charts?: readonly string[];
  /** Sheet-scoped defined names. */
  readonly names?: readonly string[];
  /** The used range (values only); absent for an empty sheet. */
  readonly usedRange?: {
    readonly at: { readonly row: number; readonly column: number };
    readonly values: readonly (readonly CellValue[])[];
  };
}

export interface WorkbookSetup {
  readonly sheets: readonly ExistingSheet[];
  readonly readOnly?: boolean;
  readonly structureProtected?: boolean;
  /** Workbook-scoped defined names. */
  readonly names?: readonly string[];
}

/** A mock workbook: the context to pass to the adapter, and what was asked of it. */
export interface MockWorkbook {
  readonly context: Excel.RequestContext;
  /** The context as the mock library's object (for jest.spyOn(mock, "sync")). */
  readonly mock: OfficeMockObject;
  /** The mock's own sync, for a test that replaces mock.sync to call through to. */
  readonly sync: () => Promise<void>;
  /**
   * What the adapter asked of Excel, in order: method calls ("worksheets.add(Costs)") and cell
   * writes ("A1:B2.values=").
   */
  readonly calls: string[];
  /** The write-side fake of a sheet, once the adapter asked for it (added or fetched). */
  sheet(name: string): FakeSheet;
  readonly tables: TableRegistry;
}

type Data = Record<string, unknown>;
type Node = OfficeMockObject;

/** A navigation property of a mock object (the library keeps them in a private map). */
function childOf(node: Node, name: string): Node | undefined {
  return (node as unknown as { _properties: Map<string, Node> })._properties.get(name);
}

const libraryLoad = OfficeMockObject.prototype.load;
const librarySync = OfficeMockObject.prototype.sync;

/** Office.js load() paths, "a/b" navigating and "items/x" reaching every item of a collection. */
function loadPaths(node: Node, argument: unknown, items?: readonly OfficeMockObject[]): Node {
  if (typeof argument !== "string" && !Array.isArray(argument)) {
    throw new Error("the mock workbook supports string and string[] loads only");
  }
  const paths = (typeof argument === "string" ? argument.split(",") : argument).map((p) =>
    String(p).trim()
  );
  for (const path of paths) {
    const [head, ...rest] = path.split("/");
    if (head === "items" && items !== undefined) {
      libraryLoad.call(node, "items");
      if (rest.length > 0) for (const item of items) item.load(rest.join("/"));
    } else if (rest.length === 0) {
      libraryLoad.call(node, head);
    } else {
      const child = childOf(node, head);
      if (child === undefined) throw new Error(`the mock has no "${head}" to load "${path}" from`);
      child.load(rest.join("/"));
    }
  }
  return node;
}

/** An object of the mock whose load() understands navigation and collection paths. */
function item(data: Data): OfficeMockObject {
  return new OfficeMockObject({
    ...data,
    load(this: Node, argument: unknown) {
      return loadPaths(this, argument);
    },
  });
}

/** A collection: `items` load and sync like Office.js collections; `extra` adds methods. */
function collection(items: readonly OfficeMockObject[], extra: Data = {}): Data {
  return {
    ...extra,
    items: [...items],
    load(this: Node, argument: unknown) {
      return loadPaths(this, argument, items);
    },
    sync(this: Node) {
      const done = librarySync.call(this);
      for (const each of items) void each.sync();
      return done;
    },
  };
}

/** Excel reports blank cells as "". */
const excelValue = (value: CellValue | undefined) =>
  value === null || value === undefined ? "" : value;

interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** A sheet's cells by "row,column": its used range's values with its tables laid over them. */
function sheetCells(sheet: ExistingSheet): Map<string, CellValue> {
  const cells = new Map<string, CellValue>();
  const put = (row: number, column: number, value: CellValue) => {
    if (value !== null && value !== "") cells.set(`${row},${column}`, value);
  };
  const used = sheet.usedRange;
  used?.values.forEach((row, r) =>
    row.forEach((v, c) => put(used.at.row + r, used.at.column + c, v))
  );
  for (const table of sheet.tables ?? []) {
    table.headers.forEach((header, c) => put(table.at.row, table.at.column + c, header));
    table.values.forEach((row, r) =>
      row.forEach((v, c) => put(table.at.row + 1 + r, table.at.column + c, v))
    );
  }
  return cells;
}

/** Objects the adapter made by calling methods and loaded, for the next sync to fill in. */
type Pending = Set<OfficeMockObject>;

/** A range of a sheet's cells, read as loaded: values ("" blank) and where it is. */
function rangeItem(
  cells: ReadonlyMap<string, CellValue>,
  rect: Rect | undefined,
  pending: Pending
): OfficeMockObject {
  const area = rect ?? { row: 0, column: 0, rows: 1, columns: 1 };
  const node: OfficeMockObject = new OfficeMockObject({
    load(this: Node, argument: unknown) {
      pending.add(node);
      return loadPaths(this, argument);
    },
    values: Array.from({ length: area.rows }, (_, r) =>
      Array.from({ length: area.columns }, (_, c) =>
        excelValue(cells.get(`${area.row + r},${area.column + c}`))
      )
    ),
    rowIndex: area.row,
    columnIndex: area.column,
    rowCount: area.rows,
    columnCount: area.columns,
    getUsedRangeOrNullObject(valuesOnly?: boolean) {
      if (valuesOnly !== true) throw new Error("the adapter reads values-only used ranges");
      return usedRangeItem(cells, usedRect(cells.keys(), area), pending);
    },
    untrack(this: unknown) {
      return this;
    },
  });
  // Office.js sets isNullObject on every sync without a load; here it is simply always there.
  (node as unknown as Data).isNullObject = false;
  return node;
}

function usedRangeItem(
  cells: ReadonlyMap<string, CellValue>,
  rect: Rect | undefined,
  pending: Pending
) {
  const node = rangeItem(cells, rect, pending);
  (node as unknown as Data).isNullObject = rect === undefined;
  return node;
}

/** A1 addresses ("B4", "D2:H13") as rectangles. */
function rectOf(address: string): Rect {
  const [first, last = first] = address.split(":").map((a) => parseCellAddress(a));
  if (first === undefined || last === undefined) throw new Error(`not an address: ${address}`);
  return {
    row: first.row,
    column: first.column,
    rows: last.row - first.row + 1,
    columns: last.column - first.column + 1,
  };
}

function tableItem(table: ExistingTable, sheetName: string, calls: string[]): OfficeMockObject {
  const untrack = function (this: unknown) {
    return this;
  };
  return item({
    name: table.name,
    worksheet: { name: sheetName },
    headerRowRange: {
      values: [[...table.headers]],
      rowIndex: table.at.row,
      columnIndex: table.at.column,
      columnCount: table.headers.length,
      untrack,
    },
    dataBodyRange: {
      values: table.values.map((row) => row.map(excelValue)),
      // Excel keeps one blank row in an empty table.
      rowCount: Math.max(1, table.values.length),
      untrack,
    },
    getHeaderRowRange(this: Data) {
      calls.push(`getHeaderRowRange(${table.name})`);
      return this.headerRowRange;
    },
    getDataBodyRange(this: Data) {
      calls.push(`getDataBodyRange(${table.name})`);
      return this.dataBodyRange;
    },
  });
}

function sheetItem(sheet: ExistingSheet, calls: string[], pending: Pending): OfficeMockObject {
  const cells = sheetCells(sheet);
  return item({
    name: sheet.name,
    protection: { protected: sheet.protected ?? false },
    customProperties: collection(
      Object.entries(sheet.properties ?? {}).map(([key, value]) => item({ key, value }))
    ),
    charts: collection((sheet.charts ?? []).map((name) => item({ name }))),
    names: collection((sheet.names ?? []).map((name) => item({ name }))),
    getUsedRangeOrNullObject(valuesOnly?: boolean) {
      calls.push(`getUsedRangeOrNullObject(${sheet.name}, ${String(valuesOnly)})`);
      if (valuesOnly !== true) throw new Error("the adapter reads values-only used ranges");
      return usedRangeItem(cells, usedRect(cells.keys()), pending);
    },
    getRange(address: string) {
      calls.push(`getRange(${sheet.name}!${address})`);
      return rangeItem(cells, rectOf(address), pending);
    },
  });
}

/** Builds a mock workbook holding `setup`'s sheets, tables and names. */
export function mockWorkbook(setup: WorkbookSetup): MockWorkbook {
  const calls: string[] = [];
  const tables = new TableRegistry(
    setup.sheets.flatMap((sheet) => (sheet.tables ?? []).map((table) => table.name)),
    calls
  );
  const fakes = new Map<string, FakeSheet>();
  const fakeSheet = (name: string) => {
    const existing = fakes.get(name);
    if (existing !== undefined) return existing;
    const created = new FakeSheet(name, tables, calls);
    fakes.set(name, created);
    return created;
  };
  const sheetNames = setup.sheets.map((sheet) => sheet.name);
  const pending: Pending = new Set();

  const mock = new OfficeMockObject({
    workbook: {
      readOnly: setup.readOnly ?? false,
      protection: { protected: setup.structureProtected ?? false },
      worksheets: collection(
        setup.sheets.map((sheet) => sheetItem(sheet, calls, pending)),
        {
          add(name: string) {
            calls.push(`worksheets.add(${name})`);
            // Excel finds an added sheet by name in later batches.
            sheetNames.push(name);
            return fakeSheet(name);
          },
          getItem(name: string) {
            calls.push(`worksheets.getItem(${name})`);
            if (!sheetNames.includes(name)) throw new Error(`ItemNotFound: sheet ${name}`);
            return fakeSheet(name);
          },
        }
      ),
      tables: collection(
        setup.sheets.flatMap((sheet) =>
          (sheet.tables ?? []).map((table) => tableItem(table, sheet.name, calls))
        ),
        {
          getItem(name: string) {
            calls.push(`tables.getItem(${name})`);
            return tables.get(name);
          },
        }
      ),
      names: collection(
        (setup.names ?? []).map((name) => item({ name })),
        {
          add(name: string) {
            calls.push(`names.add(${name})`);
            return {};
          },
          getItem(name: string) {
            return {
              delete() {
                calls.push(`names.getItem(${name}).delete()`);
              },
            };
          },
        }
      ),
    },
  });

  // Ranges made by calling methods are outside the mock's tree: each sync fills those loaded.
  const sync = async () => {
    await librarySync.call(mock);
    for (const node of pending) await librarySync.call(node);
    pending.clear();
  };
  mock.sync = sync;

  return {
    context: mock as unknown as Excel.RequestContext,
    mock,
    sync,
    calls,
    tables,
    sheet(name) {
      const fake = fakes.get(name);
      if (fake === undefined) throw new Error(`the adapter never asked for sheet ${name}`);
      return fake;
    },
  };
}
