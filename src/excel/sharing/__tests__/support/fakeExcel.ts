import { OfficeMockObject } from "office-addin-mock";
import { rectAddress, parseCellAddress, type Rect } from "../../../../formula";
import type { OfficeCell } from "../../../../sharing/prepare";
import { usedRect } from "../../../__tests__/support/usedRect";

/*
 * A small Excel for the sharing adapter's tests: a workbook model that calculates (through a
 * table of results the test gives), spills dynamic arrays, and is read and written through
 * office-addin-mock objects.
 *
 * Read side: every object is an OfficeMockObject built from the model when the adapter asks for
 * it, so reading a property before load() and sync() gives the library's error string instead of
 * the value. Collections understand "items/x" loads, as in src/excel/__tests__/support.
 *
 * Write side: setting formulas or values, clear(), names.add, worksheets.add, visibility, delete
 * are queued and applied to the model at the next sync, in order, the way Excel applies a batch.
 * Each Excel.run gets fresh objects, so a second action sees what the first one wrote.
 */

/** A cell's content as typed: "=…" a formula, "'…" text, anything else read as Excel reads it. */
export type Typed = OfficeCell;

/** What a formula calculates to: a value, an error, or an array that spills. */
export type FakeResult =
  OfficeCell | { readonly error: string } | readonly (readonly OfficeCell[])[];

interface Entry {
  readonly formula?: string;
  readonly value?: OfficeCell;
  readonly error?: boolean;
  /** Typed before the add-in was loaded: shows #NAME? until entered again. */
  readonly stuck?: boolean;
}

export interface FakeSheet {
  id: string;
  name: string;
  protected: boolean;
  visibility: string;
  tabColor?: string;
  /** The page setup DEAL gave it: print area and the rows page breaks sit above. */
  printArea?: string;
  readonly breaks: number[];
  readonly properties: Map<string, string>;
  readonly names: string[];
  readonly entries: Map<string, Entry>;
}

export interface FakeName {
  name: string;
  formula: string;
  comment: string;
}

export interface SheetSetup {
  readonly name: string;
  readonly protected?: boolean;
  /** Cells by A1 address, as typed. */
  readonly cells?: Readonly<Record<string, Typed>>;
  /** Formulas typed before the add-in was loaded (they show #NAME? until entered again). */
  readonly stuck?: Readonly<Record<string, string>>;
  readonly names?: readonly string[];
}

export interface WorkbookSetup {
  readonly sheets: readonly SheetSetup[];
  /** The active sheet's name (the first sheet by default). */
  readonly active?: string;
  /** The selected areas on the active sheet, e.g. ["B2:C4"]. */
  readonly selection?: readonly string[];
  readonly names?: readonly FakeName[];
  readonly readOnly?: boolean;
  readonly structureProtected?: boolean;
  /** What each formula calculates to; a formula not listed shows #NAME?. */
  readonly evaluate: (formula: string) => FakeResult | undefined;
}

const key = (row: number, column: number) => `${row},${column}`;
const ERRORS = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|BUSY!)$/i;

/** How Excel reads a typed cell. */
export function typed(input: Typed): Entry | undefined {
  if (typeof input !== "string") return { value: input };
  if (input === "") return undefined;
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (input.startsWith("=") && input.length > 1) return { formula: input };
  if (ERRORS.test(input)) return { value: input.toUpperCase(), error: true };
  if (/^(true|false)$/i.test(input)) return { value: input.toLowerCase() === "true" };
  if (/^-?\d+(\.\d+)?(E[+-]?\d+)?$/i.test(input.trim())) return { value: Number(input) };
  return { value: input };
}

/** A rendered cell: what Excel shows and reports. */
interface Shown {
  readonly formula?: string;
  readonly value: OfficeCell;
  readonly type: string;
}

const typeOf = (value: OfficeCell, error: boolean) =>
  error
    ? "Error"
    : value === ""
      ? "Empty"
      : typeof value === "number"
        ? "Double"
        : typeof value === "boolean"
          ? "Boolean"
          : "String";

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly names: FakeName[];
  readOnly: boolean;
  structureProtected: boolean;
  active: string;
  selection: readonly string[];
  private nextId = 1;
  /** Each sheet's rendering, until any cell of the workbook changes (a formula may read others). */
  private readonly rendered = new Map<FakeSheet, ReturnType<FakeWorkbook["renderNow"]>>();

  /** Forgets every rendering: call on any change of cells or sheets. */
  changed(): void {
    this.rendered.clear();
  }

  constructor(private readonly setup: WorkbookSetup) {
    for (const sheet of setup.sheets) {
      const fake = this.addSheet(sheet.name);
      fake.protected = sheet.protected ?? false;
      fake.names.push(...(sheet.names ?? []));
      for (const [address, input] of Object.entries(sheet.cells ?? {})) {
        const at = parseCellAddress(address)!;
        const entry = typed(input);
        if (entry !== undefined) fake.entries.set(key(at.row, at.column), entry);
      }
      for (const [address, formula] of Object.entries(sheet.stuck ?? {})) {
        const at = parseCellAddress(address)!;
        fake.entries.set(key(at.row, at.column), { formula, stuck: true });
      }
    }
    this.names = (setup.names ?? []).map((name) => ({ ...name }));
    this.readOnly = setup.readOnly ?? false;
    this.structureProtected = setup.structureProtected ?? false;
    this.active = setup.active ?? setup.sheets[0]?.name ?? "";
    this.selection = setup.selection ?? [];
  }

  addSheet(name: string): FakeSheet {
    this.changed();
    if (this.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) {
      throw Object.assign(new Error(`A sheet named ${name} exists.`), {
        code: "ItemAlreadyExists",
      });
    }
    const sheet: FakeSheet = {
      id: `{sheet-${this.nextId++}}`,
      name,
      protected: false,
      visibility: "Visible",
      breaks: [],
      properties: new Map(),
      names: [],
      entries: new Map(),
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
    if (found === undefined) {
      throw Object.assign(new Error(`No sheet ${name}.`), { code: "ItemNotFound" });
    }
    return found;
  }

  /** Every cell as Excel shows it: formulas calculated, arrays spilled (or #SPILL! when blocked). */
  render(sheet: FakeSheet): { cells: Map<string, Shown>; spills: Map<string, Rect> } {
    const known = this.rendered.get(sheet) ?? this.renderNow(sheet);
    this.rendered.set(sheet, known);
    return known;
  }

  private renderNow(sheet: FakeSheet): { cells: Map<string, Shown>; spills: Map<string, Rect> } {
    const cells = new Map<string, Shown>();
    const spills = new Map<string, Rect>();
    for (const [at, entry] of sheet.entries) {
      if (entry.formula === undefined) {
        cells.set(at, {
          value: entry.value ?? "",
          type: typeOf(entry.value ?? "", entry.error ?? false),
        });
      }
    }
    const formulas = [...sheet.entries].filter(([, entry]) => entry.formula !== undefined);
    for (const [at, entry] of formulas) {
      const [row, column] = at.split(",").map(Number);
      const result: FakeResult | undefined = entry.stuck
        ? { error: "#NAME?" }
        : this.setup.evaluate(entry.formula!);
      const shown = (value: FakeResult | undefined): Shown =>
        value === undefined
          ? { formula: entry.formula, value: "#NAME?", type: "Error" }
          : typeof value === "object" && "error" in value
            ? { formula: entry.formula, value: value.error, type: "Error" }
            : {
                formula: entry.formula,
                value: value as OfficeCell,
                type: typeOf(value as OfficeCell, false),
              };
      if (!Array.isArray(result)) {
        cells.set(at, shown(result as FakeResult | undefined));
        continue;
      }
      const matrix = result as readonly (readonly OfficeCell[])[];
      const rect: Rect = { row, column, rows: matrix.length, columns: matrix[0].length };
      const blocked = matrix.some((cellsInRow, r) =>
        cellsInRow.some(
          (_, c) =>
            (r > 0 || c > 0) &&
            (sheet.entries.has(key(row + r, column + c)) || cells.has(key(row + r, column + c)))
        )
      );
      if (blocked) {
        cells.set(at, { formula: entry.formula, value: "#SPILL!", type: "Error" });
        continue;
      }
      spills.set(at, rect);
      matrix.forEach((cellsInRow, r) =>
        cellsInRow.forEach((value, c) => {
          const shownCell = { value, type: typeOf(value, false) };
          cells.set(
            key(row + r, column + c),
            r === 0 && c === 0 ? { ...shownCell, formula: entry.formula } : shownCell
          );
        })
      );
    }
    return { cells, spills };
  }

  /**
   * The used range (cells with a value or a formula), or undefined for an empty sheet; `within`
   * a rectangle, the bounding box of the used cells there (Range.getUsedRangeOrNullObject).
   */
  usedRect(sheet: FakeSheet, within?: Rect): Rect | undefined {
    const { cells } = this.render(sheet);
    const used = [...cells].filter(
      ([, shown]) => shown.formula !== undefined || shown.value !== ""
    );
    return usedRect(
      used.map(([at]) => at),
      within
    );
  }

  /** Range.formulas, values and valueTypes of a rectangle. */
  grid(sheet: FakeSheet, rect: Rect) {
    const { cells } = this.render(sheet);
    const rows = Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.columns }, (_, c) => cells.get(key(rect.row + r, rect.column + c)))
    );
    return {
      formulas: rows.map((row) => row.map((shown) => shown?.formula ?? shown?.value ?? "")),
      values: rows.map((row) => row.map((shown) => shown?.value ?? "")),
      valueTypes: rows.map((row) => row.map((shown) => shown?.type ?? "Empty")),
    };
  }

  /** What the user sees in one cell: its formula, or its value. */
  shown(sheetName: string, address: string): { formula?: string; value: OfficeCell } {
    const at = parseCellAddress(address)!;
    const cell = this.render(this.sheet(sheetName)).cells.get(key(at.row, at.column));
    return cell === undefined ? { value: "" } : { formula: cell.formula, value: cell.value };
  }

  /** Every formula on a sheet by address (not the cells it spills into). */
  formulas(sheetName: string): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [at, entry] of this.sheet(sheetName).entries) {
      if (entry.formula === undefined) continue;
      const [row, column] = at.split(",").map(Number);
      result[rectAddress({ row, column, rows: 1, columns: 1 })] = entry.formula;
    }
    return result;
  }

  /** Types into a rectangle (Range.formulas or Range.values set: both act as typing). */
  type(sheet: FakeSheet, rect: Rect, cells: readonly (readonly Typed[])[]): void {
    this.changed();
    if (cells.length !== rect.rows || cells.some((row) => row.length !== rect.columns)) {
      throw Object.assign(new Error("The array does not match the range."), {
        code: "InvalidArgument",
      });
    }
    cells.forEach((row, r) =>
      row.forEach((input, c) => {
        const at = key(rect.row + r, rect.column + c);
        const entry = typed(input);
        if (entry === undefined) sheet.entries.delete(at);
        else sheet.entries.set(at, entry);
      })
    );
  }

  clear(sheet: FakeSheet, rect: Rect): void {
    this.changed();
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.column; c < rect.column + rect.columns; c++)
        sheet.entries.delete(key(r, c));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The Office.js objects over the model

type Data = Record<string, unknown>;
type Node = OfficeMockObject;

const libraryLoad = OfficeMockObject.prototype.load;
const librarySync = OfficeMockObject.prototype.sync;

function childOf(node: Node, name: string): Node | undefined {
  return (node as unknown as { _properties: Map<string, Node> })._properties.get(name);
}

function loadPaths(node: Node, argument: unknown, items?: readonly OfficeMockObject[]): Node {
  if (typeof argument !== "string") throw new Error("the fake Excel supports string loads only");
  for (const path of argument.split(",").map((p) => p.trim())) {
    const [head, ...rest] = path.split("/");
    if (head === "items" && items !== undefined) {
      libraryLoad.call(node, "items");
      if (rest.length > 0) for (const item of items) item.load(rest.join("/"));
    } else if (rest.length === 0) {
      libraryLoad.call(node, head);
    } else {
      const child = childOf(node, head);
      if (child === undefined) throw new Error(`the fake has no "${head}" to load "${path}" from`);
      child.load(rest.join("/"));
    }
  }
  return node;
}

/** What the adapter asked of the workbook, and how to make a sync fail. */
export interface FakeExcel {
  readonly workbook: FakeWorkbook;
  /** Syncs of every Excel.run so far. */
  syncs(): number;
  /** Queued writes applied so far, e.g. "Prices!B4.formulas=", "names.add(DEAL_TIEREDCOST)". */
  readonly writes: string[];
  /** Makes the nth sync from now fail with an Office error of this code. */
  failSync(nth: number, code: string, message?: string): void;
  /** Runs `Excel.run` batches against the model. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** A fake Excel over a new workbook model; install its run() as the global Excel.run. */
export function fakeExcel(setup: WorkbookSetup): FakeExcel {
  const workbook = new FakeWorkbook(setup);
  const writes: string[] = [];
  let syncs = 0;
  let failing: { at: number; code: string; message: string } | undefined;

  async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    // The objects loaded since the last sync: only those need the library's sync (a run of
    // thousands of ranges would otherwise sync every one of them at every sync).
    const loaded = new Set<OfficeMockObject>();
    const queue: { label: string; apply: () => void }[] = [];
    const item = (data: Data) => {
      const node: OfficeMockObject = new OfficeMockObject({
        ...data,
        load(this: Node, argument: unknown) {
          // The object itself: `this` may be a proxy that takes array sets for writes.
          loaded.add(node);
          return loadPaths(this, argument);
        },
      });
      return node;
    };
    const collection = (items: readonly OfficeMockObject[], extra: Data = {}): Data => ({
      ...extra,
      items: [...items],
      load(this: Node, argument: unknown) {
        loaded.add(this);
        return loadPaths(this, argument, items);
      },
    });
    const enqueue = (label: string, apply: () => void) => queue.push({ label, apply });

    /** A range: read as loaded, written through its formulas/values setters and clear(). */
    const range = (sheetName: string, rect: Rect | undefined): OfficeMockObject => {
      const fake = workbook.sheets.find((sheet) => sheet.name === sheetName);
      const area = rect ?? { row: 0, column: 0, rows: 1, columns: 1 };
      // Whole rows and columns are only formatted, never read.
      const grid =
        fake === undefined || area.rows * area.columns > 100_000
          ? { formulas: [], values: [], valueTypes: [] }
          : workbook.grid(fake, area);
      const spill = () => {
        const anchor =
          fake === undefined
            ? undefined
            : workbook.render(fake).spills.get(key(area.row, area.column));
        const node =
          anchor === undefined || area.rows * area.columns > 1
            ? range(sheetName, undefined)
            : range(sheetName, anchor);
        (node as unknown as Data).isNullObject =
          anchor === undefined || area.rows * area.columns > 1;
        return node;
      };
      const node = item({
        address: `${sheetName}!${rectAddress(area)}`,
        rowIndex: area.row,
        columnIndex: area.column,
        rowCount: area.rows,
        columnCount: area.columns,
        ...grid,
        getSpillingToRangeOrNullObject: spill,
        getUsedRangeOrNullObject(valuesOnly?: boolean) {
          if (valuesOnly !== true) throw new Error("the adapter reads values-only used ranges");
          const used = fake === undefined ? undefined : workbook.usedRect(fake, area);
          const node = range(sheetName, used);
          (node as unknown as Data).isNullObject = used === undefined;
          return node;
        },
        // Untracked ranges work as before in the batch; the fake keeps nothing either way.
        untrack(this: unknown) {
          return this;
        },
        // Formats are taken and not kept: src/excel/__tests__ checks them.
        format: { font: {}, fill: {}, borders: { getItem: () => ({}) } },
        merge() {},
        unmerge() {},
        clear(applyTo?: string) {
          enqueue(`${sheetName}!${rectAddress(area)}.clear(${applyTo})`, () =>
            workbook.clear(workbook.sheet(sheetName), area)
          );
        },
      });
      (node as unknown as Data).isNullObject = false;
      return new Proxy(node, {
        set(target, property, value) {
          // The library sets loaded properties through the proxy too: those are not arrays.
          if ((property === "formulas" || property === "values") && Array.isArray(value)) {
            const cells = value as Typed[][];
            enqueue(`${sheetName}!${rectAddress(area)}.${property}=`, () =>
              workbook.type(workbook.sheet(sheetName), area, cells)
            );
          }
          return Reflect.set(target, property, value);
        },
      });
    };

    /** A sheet's page setup, page breaks and tab colour, kept on the model at the sync. */
    const layoutOf = (name: string): Data => ({
      pageLayout: {
        headersFooters: { defaultForAllPages: {} },
        setPrintArea(address: string) {
          enqueue(`${name}.setPrintArea(${address})`, () => {
            workbook.sheet(name).printArea = address;
          });
        },
        setPrintTitleRows() {},
      },
      horizontalPageBreaks: {
        add(address: string) {
          enqueue(`${name}.pageBreak(${address})`, () =>
            workbook.sheet(name).breaks.push(rectOf(address).row)
          );
        },
        removePageBreaks() {
          enqueue(`${name}.removePageBreaks()`, () => {
            workbook.sheet(name).breaks.length = 0;
          });
        },
      },
      freezePanes: { freezeRows() {} },
    });
    const setTabColor = (name: string, property: string | symbol, value: unknown) => {
      if (property === "tabColor") {
        enqueue(`${name}.tabColor=${String(value)}`, () => {
          workbook.sheet(name).tabColor = String(value);
        });
      }
    };

    const sheetNode = (fake: FakeSheet): OfficeMockObject => {
      const name = fake.name;
      const node = item({
        name,
        id: fake.id,
        visibility: fake.visibility,
        protection: { protected: fake.protected },
        customProperties: collection(
          [...fake.properties].map(([key, value]) => item({ key, value })),
          {
            add(key: string, value: string) {
              enqueue(`${name}.customProperties.add(${key})`, () =>
                workbook.sheet(name).properties.set(key, value)
              );
            },
          }
        ),
        names: collection(fake.names.map((each) => item({ name: each }))),
        getUsedRangeOrNullObject(valuesOnly?: boolean) {
          if (valuesOnly !== true) throw new Error("the adapter reads values-only used ranges");
          const used = workbook.usedRect(fake);
          const node = range(name, used);
          (node as unknown as Data).isNullObject = used === undefined;
          return node;
        },
        getRange(address: string) {
          return range(name, rectOf(address));
        },
        ...layoutOf(name),
        delete() {
          enqueue(`${name}.delete()`, () => {
            const sheet = workbook.sheet(name);
            if (sheet.visibility === "VeryHidden") {
              throw Object.assign(new Error("Cannot delete a very hidden sheet."), {
                code: "InvalidOperation",
              });
            }
            workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
            workbook.changed();
          });
        },
      });
      return new Proxy(node, {
        set(target, property, value) {
          if (property === "visibility") {
            enqueue(`${name}.visibility=${String(value)}`, () => {
              workbook.sheet(name).visibility = String(value);
            });
          }
          setTabColor(name, property, value);
          return Reflect.set(target, property, value);
        },
      });
    };

    /** A sheet added in this batch: written to only, it exists from the sync on. */
    const newSheet = (name: string) =>
      new Proxy(
        {
          customProperties: {
            add(key: string, value: string) {
              enqueue(`${name}.customProperties.add(${key})`, () =>
                workbook.sheet(name).properties.set(key, value)
              );
            },
          },
          getRange(address: string) {
            return range(name, rectOf(address));
          },
          ...layoutOf(name),
        } as Data,
        {
          set(target, property, value) {
            if (property === "visibility") {
              enqueue(`${name}.visibility=${String(value)}`, () => {
                workbook.sheet(name).visibility = String(value);
              });
            }
            setTabColor(name, property, value);
            return Reflect.set(target, property, value);
          },
        }
      );

    const sheetNodes = workbook.sheets.map(sheetNode);
    const byName = (name: string) => {
      const index = workbook.sheets.findIndex(
        (sheet) => sheet.name.toLowerCase() === name.toLowerCase()
      );
      if (index < 0) throw Object.assign(new Error(`No sheet ${name}.`), { code: "ItemNotFound" });
      // A sheet added by an earlier sync of this run is found by name too, as in Excel.
      sheetNodes[index] ??= sheetNode(workbook.sheets[index]);
      return sheetNodes[index];
    };
    const areaNodes = workbook.selection.map((address) => {
      const rect = rectOf(address);
      return item({
        rowIndex: rect.row,
        columnIndex: rect.column,
        rowCount: rect.rows,
        columnCount: rect.columns,
      });
    });
    const nameNodes = workbook.names.map((name) => item({ ...name }));

    const root = new OfficeMockObject({
      workbook: {
        readOnly: workbook.readOnly,
        protection: { protected: workbook.structureProtected },
        worksheets: collection(sheetNodes, {
          getActiveWorksheet: () => byName(workbook.active),
          getItem: (name: string) => byName(name),
          add(name: string) {
            enqueue(`worksheets.add(${name})`, () => workbook.addSheet(name));
            return newSheet(name);
          },
        }),
        names: collection(nameNodes, {
          add(name: string, formula: string, comment?: string) {
            enqueue(`names.add(${name})`, () => {
              if (workbook.names.some((each) => each.name.toLowerCase() === name.toLowerCase())) {
                throw Object.assign(new Error(`${name} exists.`), { code: "ItemAlreadyExists" });
              }
              workbook.names.push({ name, formula, comment: comment ?? "" });
              workbook.changed();
            });
          },
          getItem(name: string) {
            const target = () => {
              const found = workbook.names.find(
                (each) => each.name.toLowerCase() === name.toLowerCase()
              );
              if (found === undefined)
                throw Object.assign(new Error(`No name ${name}.`), { code: "ItemNotFound" });
              return found;
            };
            return new Proxy({} as Data, {
              set(object, property, value) {
                if (property === "formula" || property === "comment") {
                  enqueue(`names.${name}.${property}=`, () => {
                    target()[property] = String(value);
                    workbook.changed();
                  });
                }
                return Reflect.set(object, property, value);
              },
            });
          },
        }),
        getSelectedRanges: () => item({ areas: collection(areaNodes) }),
      },
    });
    // office-addin-mock keeps nested data objects as children; the areas collection's items too.
    const context = root as unknown as Data;
    context.sync = async () => {
      syncs += 1;
      if (failing !== undefined && --failing.at === 0) {
        const { code, message } = failing;
        failing = undefined;
        queue.length = 0;
        throw Object.assign(new Error(message), { code });
      }
      for (const node of [root, ...loaded]) await librarySync.call(node);
      loaded.clear();
      for (const { label, apply } of queue.splice(0)) {
        apply();
        writes.push(label);
      }
    };
    return batch(root as unknown as Excel.RequestContext);
  }

  return {
    workbook,
    syncs: () => syncs,
    writes,
    failSync(nth, code, message = "It failed.") {
      failing = { at: nth, code, message };
    },
    run,
  };
}

/** Excel's last row and column, zero-based. */
const LAST_ROW = 1048575;
const LAST_COLUMN = 16383;

/** A rectangle from "B4" or "D2:H13", or whole columns ("C:C") or rows ("6:8"). */
export function rectOf(address: string): Rect {
  const [first, last = first] = address.split(":");
  if (/^\d+$/.test(first)) {
    const top = Number(first) - 1;
    return { row: top, column: 0, rows: Number(last) - top, columns: LAST_COLUMN + 1 };
  }
  if (/^[A-Z]+$/i.test(first)) {
    const left = parseCellAddress(`${first}1`)!.column;
    const right = parseCellAddress(`${last}1`)!.column;
    return { row: 0, column: left, rows: LAST_ROW + 1, columns: right - left + 1 };
  }
  const a = parseCellAddress(first)!;
  const b = parseCellAddress(last)!;
  return {
    row: a.row,
    column: a.column,
    rows: b.row - a.row + 1,
    columns: b.column - a.column + 1,
  };
}

/** Installs the fake as the global Excel (Excel.run); the test's afterEach removes it. */
export function installExcel(setup: WorkbookSetup): FakeExcel {
  const excel = fakeExcel(setup);
  (globalThis as { Excel?: unknown }).Excel = { run: excel.run };
  return excel;
}
