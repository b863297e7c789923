import { freeSheetName, takenNames } from "../../workbook/names";
import type { NativeTwin } from "../nativeTwin";
import { cellRect, contains, parseCellAddress, rectAddress } from "./addresses";
import { DealCall, dealName, findDealCalls, renameCalls } from "./formulaCalls";
import { refuseSharing, skipReason } from "./reasons";
import { holdsStoredValue, STORE_SHEET_NAME, storeRows, valueJson } from "./store";
import type {
  ChangedPlace,
  DealFormulaCell,
  FormulaResult,
  OfficeCell,
  Rect,
  ScopeRead,
  ScopeSheet,
  SharingAction,
  SharingPlan,
  SharingStep,
  SkippedPlace,
  StoredFormula,
  WorkbookName,
} from "./types";

/*
 * The four actions as pure functions from what was read to the steps to apply and the report.
 * Each refuses (throws a WorkbookRefusal) before planning a single step when the workbook cannot
 * take it, so a refused action writes nothing; with no DEAL formula in scope, the plan has no
 * steps and the workbook is left untouched.
 */

/** The twins by DEAL function, and by workbook name (upper-case) to the function. */
interface TwinIndex {
  readonly byFn: ReadonlyMap<string, NativeTwin>;
  readonly byName: ReadonlyMap<string, string>;
}

function indexTwins(twins: readonly NativeTwin[]): TwinIndex {
  return {
    byFn: new Map(twins.map((twin) => [twin.fn.toUpperCase(), twin])),
    byName: new Map(twins.map((twin) => [twin.name.toUpperCase(), twin.fn.toUpperCase()])),
  };
}

const sameName = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/** The formula in a cell of the read, if it holds one (text that starts with "=" does not count). */
function formulaAt(sheet: ScopeSheet, row: number, column: number): string | undefined {
  const r = row - sheet.at.row;
  const c = column - sheet.at.column;
  const formula = sheet.formulas[r]?.[c];
  const value = sheet.values[r]?.[c];
  return typeof formula === "string" &&
    formula.length > 1 &&
    formula.startsWith("=") &&
    formula !== value
    ? formula
    : undefined;
}

/** A cell's value in the read; "" outside the used range. */
function valueAt(sheet: ScopeSheet, row: number, column: number): OfficeCell {
  return sheet.values[row - sheet.at.row]?.[column - sheet.at.column] ?? "";
}

function inScope(sheet: ScopeSheet, row: number, column: number): boolean {
  return sheet.areas === undefined || sheet.areas.some((area) => contains(area, row, column));
}

/** Every formula in scope that calls a DEAL function in any spelling, sheet by sheet, row by row. */
export function dealFormulas(read: ScopeRead, twins: readonly NativeTwin[]): DealFormulaCell[] {
  const { byName } = indexTwins(twins);
  const cells: DealFormulaCell[] = [];
  for (const sheet of read.sheets) {
    sheet.formulas.forEach((rowCells, r) => {
      rowCells.forEach((_cell, c) => {
        const row = sheet.at.row + r;
        const column = sheet.at.column + c;
        const formula = formulaAt(sheet, row, column);
        if (formula === undefined || !inScope(sheet, row, column)) return;
        if (findDealCalls(formula, byName).length > 0) cells.push({ sheet, row, column, formula });
      });
    });
  }
  return cells;
}

/** Collects the report and the steps as a plan is built. */
class PlanBuilder {
  readonly steps: SharingStep[] = [];
  readonly changed: ChangedPlace[] = [];
  readonly skipped: SkippedPlace[] = [];
  readonly namesDefined: string[] = [];

  constructor(
    private readonly read: ScopeRead,
    private readonly action: SharingAction
  ) {}

  skip(sheet: ScopeSheet | string, rect: Rect, reason: string): void {
    const name = typeof sheet === "string" ? sheet : sheet.name;
    this.skipped.push({ sheet: name, address: rectAddress(rect), reason });
  }

  setFormula(cell: { sheet: ScopeSheet; row: number; column: number }, formula: string): void {
    this.steps.push({
      kind: "write",
      sheet: cell.sheet.name,
      rect: cellRect(cell.row, cell.column),
      property: "formulas",
      cells: [[formula]],
    });
  }

  /** Refuses when a sheet the steps so far write to is protected. */
  refuseLockedSheets(): void {
    const written = new Set(
      this.steps.flatMap((step) =>
        step.kind === "write" || step.kind === "clear" ? [step.sheet] : []
      )
    );
    const locked = this.read.sheets.find((sheet) => sheet.protected && written.has(sheet.name));
    if (locked !== undefined) throw refuseSharing.sheetProtected(locked.name);
  }

  /** Refuses when a sheet the steps write to is protected; otherwise the plan. */
  build(): SharingPlan {
    this.refuseLockedSheets();
    return {
      steps: this.steps,
      report: {
        action: this.action,
        scope: this.read.scope,
        changed: this.changed,
        skipped: this.skipped,
        namesDefined: this.namesDefined,
      },
    };
  }
}

function refuseIfReadOnly(read: ScopeRead): void {
  if (read.readOnly) throw refuseSharing.readOnly();
}

// ---------------------------------------------------------------------------------------------
// Native formulas

/** Comments of DEAL's names start so: a name with another comment is the user's. */
export const TWIN_COMMENT_PREFIX = "Native form of DEAL.";

/**
 * The Name Manager comment of a twin: what it is and, from `requires`, the Excel it needs (its
 * first clause; Excel takes at most 255 characters).
 */
export function twinComment(twin: NativeTwin): string {
  const needs = twin.requires.split(/[:;.]/)[0].trim();
  const comment = `${TWIN_COMMENT_PREFIX}${twin.fn.toUpperCase()}, defined by the DEAL add-in (Prepare for sharing).`;
  const full = needs === "" ? comment : `${comment} Needs ${needs}.`;
  return full.length <= 255 ? full : comment;
}

/**
 * A formula as Excel may give it back, for comparison: no whitespace and upper-case outside
 * string literals, without the _xlfn./_xlpm. prefixes of the file format.
 */
export function comparableFormula(formula: string): string {
  let result = "";
  let i = 0;
  while (i < formula.length) {
    const char = formula[i];
    if (char === '"') {
      let end = i + 1;
      while (end < formula.length && !(formula[end] === '"' && formula[end + 1] !== '"')) {
        end += formula[end] === '"' ? 2 : 1;
      }
      result += formula.slice(i, end + 1);
      i = end + 1;
    } else {
      if (!/\s/.test(char)) result += char.toUpperCase();
      i += 1;
    }
  }
  return result.replace(/_XL(FN|PM|WS)\./g, "");
}

/** What defining a twin's name takes: nothing, adding it, updating DEAL's own, or a conflict. */
type NameStatus = "same" | "add" | "update" | "taken";

function nameStatus(twin: NativeTwin, names: readonly WorkbookName[]): NameStatus {
  const existing = names.find((name) => sameName(name.name, twin.name));
  if (existing === undefined) return "add";
  if (comparableFormula(existing.formula) === comparableFormula(twin.lambda)) return "same";
  return existing.comment.startsWith(TWIN_COMMENT_PREFIX) ? "update" : "taken";
}

/** The twin with its dependencies (twins its LAMBDA calls), dependencies first. */
function twinClosure(twin: NativeTwin, index: TwinIndex): NativeTwin[] {
  const ordered: NativeTwin[] = [];
  const visit = (current: NativeTwin, seen: Set<string>) => {
    if (seen.has(current.name) || ordered.includes(current)) return;
    seen.add(current.name);
    for (const call of findDealCalls(current.lambda, index.byName)) {
      const dependency = call.form === "twin" ? index.byFn.get(call.fn) : undefined;
      if (dependency !== undefined) visit(dependency, seen);
    }
    ordered.push(current);
  };
  visit(twin, new Set());
  return ordered;
}

const unique = <T>(items: readonly T[]) => [...new Set(items)];

/**
 * Native formulas: each DEAL call in scope becomes a call of its native twin, and the twins used
 * (and only those) are defined as workbook names. A formula is converted whole or not at all: one
 * call without a twin leaves it as it is, since it would still need the add-in.
 */
export function planNative(read: ScopeRead, twins: readonly NativeTwin[]): SharingPlan {
  refuseIfReadOnly(read);
  const index = indexTwins(twins);
  const plan = new PlanBuilder(read, "native");
  const needed: NativeTwin[] = [];

  for (const cell of dealFormulas(read, twins)) {
    const calls = findDealCalls(cell.formula, index.byName);
    const dealCalls = calls.filter((call) => call.form !== "twin");
    if (dealCalls.length === 0) continue; // native already
    const here = cellRect(cell.row, cell.column);
    const reason = nativeProblem(cell, calls, dealCalls, index, read.names);
    if (reason !== undefined) {
      plan.skip(cell.sheet, here, reason);
      continue;
    }
    const native = renameCalls(cell.formula, dealCalls, (call) => index.byFn.get(call.fn)?.name);
    if (toDealForm(native, index) !== cell.formula) {
      plan.skip(cell.sheet, here, skipReason.notExact());
      continue;
    }
    for (const call of dealCalls) {
      for (const twin of twinClosure(index.byFn.get(call.fn)!, index)) {
        if (!needed.includes(twin)) needed.push(twin);
      }
    }
    plan.setFormula(cell, native);
    plan.changed.push({ sheet: cell.sheet.name, address: rectAddress(here) });
  }

  // Names first: the formulas written after them calculate at once.
  const names = twins.filter((twin) => needed.includes(twin));
  const defines: SharingStep[] = [];
  for (const twin of names) {
    const status = nameStatus(twin, read.names);
    if (status !== "add" && status !== "update") continue;
    defines.push({
      kind: "defineName",
      name: twin.name,
      formula: twin.lambda,
      comment: twinComment(twin),
      how: status,
    });
    plan.namesDefined.push(twin.name);
  }
  plan.steps.unshift(...defines);
  return plan.build();
}

/** Why a DEAL formula cannot become native, or undefined when it can. */
function nativeProblem(
  cell: DealFormulaCell,
  calls: readonly DealCall[],
  dealCalls: readonly DealCall[],
  index: TwinIndex,
  names: readonly WorkbookName[]
): string | undefined {
  const stored = dealCalls.find((call) => call.form === "stored");
  if (stored !== undefined) return skipReason.storedForm(stored.fn);
  // Excel spells a function it recognises in upper case: any other spelling it did not.
  const unknown = dealCalls.find(
    (call) => cell.formula.slice(call.start, call.end) !== dealName(call.fn)
  );
  if (unknown !== undefined) return skipReason.notRecognised(unknown.fn);
  const missing = unique(dealCalls.filter((call) => !index.byFn.has(call.fn)).map((c) => c.fn));
  if (missing.length > 0) return skipReason.noTwin(missing);
  const twinCall = calls.find((call) => call.form === "twin");
  if (twinCall !== undefined) return skipReason.mixed(index.byFn.get(twinCall.fn)!.name);
  for (const call of dealCalls) {
    for (const twin of twinClosure(index.byFn.get(call.fn)!, index)) {
      if (nameStatus(twin, names) === "taken") return skipReason.nameTaken(twin.name);
      if (cell.sheet.names.some((name) => sameName(name, twin.name))) {
        return skipReason.nameHidden(twin.name);
      }
    }
  }
  return undefined;
}

/** A formula with its twin calls turned back into DEAL calls. */
function toDealForm(formula: string, index: TwinIndex): string {
  const calls = findDealCalls(formula, index.byName).filter((call) => call.form === "twin");
  return renameCalls(formula, calls, (call) => dealName(call.fn));
}

// ---------------------------------------------------------------------------------------------
// Repair

/**
 * Repair: every formula in scope that calls a DEAL function is entered again, exactly as it is,
 * except that the stored spelling _xldudf_DEAL_X( (or deal.x( typed before the add-in was
 * loaded) becomes DEAL.X(. Excel parses a formula again
 * when it is entered, so a cell typed or opened before the add-in was loaded stops showing #NAME?.
 * Formulas that call only native twins do not need the add-in and are left alone.
 */
export function planRepair(read: ScopeRead, twins: readonly NativeTwin[]): SharingPlan {
  refuseIfReadOnly(read);
  const index = indexTwins(twins);
  const plan = new PlanBuilder(read, "repair");
  for (const cell of dealFormulas(read, twins)) {
    const calls = findDealCalls(cell.formula, index.byName).filter((call) => call.form !== "twin");
    if (calls.length === 0) continue;
    // The stored spelling and any case Excel did not recognise become Excel's own spelling.
    const formula = renameCalls(cell.formula, calls, (call) => dealName(call.fn));
    plan.setFormula(cell, formula);
    plan.changed.push({
      sheet: cell.sheet.name,
      address: rectAddress(cellRect(cell.row, cell.column)),
    });
  }
  return plan.build();
}

// ---------------------------------------------------------------------------------------------
// Values

/**
 * The formulas "values" will replace: every formula in scope calling a DEAL function in any
 * spelling. The adapter reads their results (and spill ranges) before planValues.
 */
export function valuesCandidates(read: ScopeRead, twins: readonly NativeTwin[]): DealFormulaCell[] {
  refuseIfReadOnly(read);
  return dealFormulas(read, twins);
}

/** Errors that are no result yet (or not DEAL's), so they must not become a value. */
function unfinished(value: OfficeCell, valueType: string): string | undefined {
  if (valueType !== "Error" || typeof value !== "string") return undefined;
  const error = value.toUpperCase();
  if (error === "#NAME?") return skipReason.notCalculated();
  if (error === "#BUSY!" || error === "#GETTING_DATA") return skipReason.busy();
  if (error === "#SPILL!") return skipReason.spillBlocked();
  return undefined;
}

/**
 * A result as Office.js should write it so that the cell shows the same: error values as typed
 * (#N/A stays the error #N/A), text always with its text marker (so "=x", "0012" or "Jan 1" stay
 * text), numbers and booleans as they are.
 */
function writtenValue(value: OfficeCell, valueType: string): OfficeCell {
  if (typeof value !== "string") return value;
  if (value === "" || valueType === "Error") return value;
  return `'${value}`;
}

/**
 * Values: each DEAL formula becomes its current value. A dynamic array becomes values over its
 * whole spill range (the anchor's formula is what is kept, with the spill size). The formulas are
 * written to the store first, so if Excel stops halfway no formula is lost.
 */
export function planValues(read: ScopeRead, results: readonly FormulaResult[]): SharingPlan {
  refuseIfReadOnly(read);
  const plan = new PlanBuilder(read, "values");
  const records: StoredFormula[] = [];

  for (const result of results) {
    const { cell, spill } = result;
    const anchor = cellRect(cell.row, cell.column);
    const rect = spill?.rect ?? anchor;
    const values = spill?.values ?? [[result.value]];
    const types = spill?.valueTypes ?? [[result.valueType]];
    const problem =
      unfinished(result.value, result.valueType) ??
      values
        .flatMap((row, r) => row.map((value, c) => unfinished(value, types[r]?.[c] ?? "")))
        .find((reason) => reason !== undefined);
    if (problem !== undefined) {
      plan.skip(cell.sheet, anchor, problem);
      continue;
    }
    plan.steps.push({
      kind: "write",
      sheet: cell.sheet.name,
      rect,
      property: "values",
      cells: values.map((row, r) =>
        row.map((value, c) => writtenValue(value, types[r]?.[c] ?? ""))
      ),
    });
    plan.changed.push({ sheet: cell.sheet.name, address: rectAddress(rect) });
    records.push({
      sheetId: cell.sheet.id,
      sheetName: cell.sheet.name,
      address: rectAddress(anchor),
      formula: cell.formula,
      rows: rect.rows,
      columns: rect.columns,
      value: valueJson(values[0]?.[0] ?? result.value),
    });
  }
  if (records.length === 0) return plan.build();

  const store = read.store;
  plan.refuseLockedSheets(); // the sheet's protection first: it is what the user chose to change
  if (store === undefined && read.structureProtected) throw refuseSharing.structureProtected();
  // A new record replaces an older one for the same cell: that cell held a formula again.
  const replaced = (old: StoredFormula) =>
    records.some((record) => record.sheetId === old.sheetId && record.address === old.address);
  const kept = (store?.records ?? []).filter((old) => !replaced(old));
  plan.steps.unshift({
    kind: "writeStore",
    sheetName: store?.sheetName ?? freeSheetName(STORE_SHEET_NAME, takenNames(read.sheetNames)),
    create: store === undefined,
    ...(store?.used === undefined ? {} : { clear: store.used }),
    rows: storeRows([...kept, ...records], store?.unreadable ?? []),
  });
  return plan.build();
}

// ---------------------------------------------------------------------------------------------
// Restore

/**
 * Restore: the formulas "values" kept come back into their cells (a spill range is cleared first,
 * so the array has room), and native twin calls become DEAL calls again. A kept formula comes
 * back only where the cell still holds the value DEAL left there; otherwise it stays kept and
 * the report says why. Restored formulas leave the store, which goes when it is empty.
 */
export function planRestore(read: ScopeRead, twins: readonly NativeTwin[]): SharingPlan {
  refuseIfReadOnly(read);
  const index = indexTwins(twins);
  const plan = new PlanBuilder(read, "restore");
  const clears: SharingStep[] = [];
  const writes: SharingStep[] = [];

  for (const cell of dealFormulas(read, twins)) {
    const formula = toDealForm(cell.formula, index);
    if (formula === cell.formula) continue;
    writes.push({
      kind: "write",
      sheet: cell.sheet.name,
      rect: cellRect(cell.row, cell.column),
      property: "formulas",
      cells: [[formula]],
    });
    plan.changed.push({
      sheet: cell.sheet.name,
      address: rectAddress(cellRect(cell.row, cell.column)),
    });
  }

  const store = read.store;
  const remaining: StoredFormula[] = [];
  for (const record of store?.records ?? []) {
    const outcome = restoreRecord(read, record);
    if (outcome.kind === "out of scope") {
      remaining.push(record);
    } else if (outcome.kind === "skip") {
      remaining.push(record);
      plan.skip(outcome.sheet, outcome.rect, outcome.reason);
    } else if (outcome.kind === "restore") {
      const { sheet, rect } = outcome;
      if (rect.rows * rect.columns > 1) clears.push({ kind: "clear", sheet: sheet.name, rect });
      writes.push({
        kind: "write",
        sheet: sheet.name,
        rect: { ...rect, rows: 1, columns: 1 },
        property: "formulas",
        cells: [[record.formula]],
      });
      plan.changed.push({ sheet: sheet.name, address: rectAddress(rect) });
    }
    // "back already": the cell holds the formula again; its record is simply dropped.
  }
  plan.steps.push(...clears, ...writes);

  if (store !== undefined && remaining.length < store.records.length) {
    if (remaining.length === 0 && store.unreadable.length === 0 && !read.structureProtected) {
      plan.steps.push({ kind: "deleteStore", sheetName: store.sheetName });
    } else {
      plan.steps.push({
        kind: "writeStore",
        sheetName: store.sheetName,
        create: false,
        ...(store.used === undefined ? {} : { clear: store.used }),
        rows: storeRows(remaining, store.unreadable),
      });
    }
  }
  return plan.build();
}

type RecordOutcome =
  | { kind: "out of scope" }
  | { kind: "back already" }
  | { kind: "skip"; sheet: string; rect: Rect; reason: string }
  | { kind: "restore"; sheet: ScopeSheet; rect: Rect };

const LAST_ROW = 1048575;
const LAST_COLUMN = 16383;

function restoreRecord(read: ScopeRead, record: StoredFormula): RecordOutcome {
  const at = parseCellAddress(record.address)!;
  const byId = read.sheets.find((sheet) => record.sheetId !== "" && sheet.id === record.sheetId);
  const sheet = byId ?? read.sheets.find((candidate) => candidate.name === record.sheetName);
  const anchor = cellRect(at.row, at.column);
  if (sheet === undefined) {
    // Every sheet is read for the whole workbook: not there means deleted (or copied elsewhere).
    return read.scope === "workbook"
      ? {
          kind: "skip",
          sheet: record.sheetName,
          rect: anchor,
          reason: skipReason.sheetGone(record.sheetName),
        }
      : { kind: "out of scope" };
  }
  if (!inScope(sheet, at.row, at.column)) return { kind: "out of scope" };
  const current = formulaAt(sheet, at.row, at.column);
  if (current === record.formula) return { kind: "back already" };
  const skip = (reason: string) => ({
    kind: "skip" as const,
    sheet: sheet.name,
    rect: anchor,
    reason,
  });
  if (current !== undefined) return skip(skipReason.otherFormula(record.formula));
  if (!holdsStoredValue(valueAt(sheet, at.row, at.column), record.value)) {
    return skip(skipReason.valueChanged(record.formula));
  }
  const rect: Rect = {
    row: at.row,
    column: at.column,
    rows: Math.min(record.rows, LAST_ROW - at.row + 1),
    columns: Math.min(record.columns, LAST_COLUMN - at.column + 1),
  };
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.column; c < rect.column + rect.columns; c++) {
      if ((r !== at.row || c !== at.column) && formulaAt(sheet, r, c) !== undefined) {
        return skip(skipReason.spillTaken());
      }
    }
  }
  return { kind: "restore", sheet, rect };
}
