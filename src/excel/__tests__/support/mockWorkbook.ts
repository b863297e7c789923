import { OfficeMockObject } from "office-addin-mock";
import type { CellValue } from "../../../workbook/plan";
import { FakeSheet, TableRegistry } from "./fakeWrites";

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
const excelValues = (values: readonly (readonly CellValue[])[]) =>
  values.map((row) => row.map((value) => (value === null ? "" : value)));

function tableItem(table: ExistingTable, sheetName: string, calls: string[]): OfficeMockObject {
  return item({
    name: table.name,
    worksheet: { name: sheetName },
    headerRowRange: {
      values: [[...table.headers]],
      rowIndex: table.at.row,
      columnIndex: table.at.column,
    },
    dataBodyRange: { values: excelValues(table.values) },
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

function sheetItem(sheet: ExistingSheet, calls: string[]): OfficeMockObject {
  const used = sheet.usedRange;
  const mock = item({
    name: sheet.name,
    protection: { protected: sheet.protected ?? false },
    customProperties: collection(
      Object.entries(sheet.properties ?? {}).map(([key, value]) => item({ key, value }))
    ),
    charts: collection((sheet.charts ?? []).map((name) => item({ name }))),
    names: collection((sheet.names ?? []).map((name) => item({ name }))),
    usedRange: {
      values: excelValues(used?.values ?? [[null]]),
      rowIndex: used?.at.row ?? 0,
      columnIndex: used?.at.column ?? 0,
    },
    getUsedRangeOrNullObject(this: Data, valuesOnly?: boolean) {
      calls.push(`getUsedRangeOrNullObject(${sheet.name}, ${String(valuesOnly)})`);
      return this.usedRange;
    },
  });
  // Office.js sets isNullObject on every sync without a load; here it is simply always there.
  (mock.usedRange as Data).isNullObject = used === undefined;
  return mock;
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

  const mock = new OfficeMockObject({
    workbook: {
      readOnly: setup.readOnly ?? false,
      protection: { protected: setup.structureProtected ?? false },
      worksheets: collection(
        setup.sheets.map((sheet) => sheetItem(sheet, calls)),
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

  return {
    context: mock as unknown as Excel.RequestContext,
    mock,
    calls,
    tables,
    sheet(name) {
      const fake = fakes.get(name);
      if (fake === undefined) throw new Error(`the adapter never asked for sheet ${name}`);
      return fake;
    },
  };
}
