import type { NativeTwin } from "../nativeTwin";
import { parseCellAddress, cellRect, rectAddress, type Rect } from "../../formula";
import { PlanBuilder, refuseIfReadOnly } from "./planBuilder";
import { skipReason } from "./reasons";
import { dealFormulas, formulaAt, inScope, valueAt } from "./scopeCells";
import { holdsLedgerLink, isLedgerReference, removeLedgers } from "./restoreLedgers";
import { holdsStoredValue, LedgerLink, ledgerLinkOf, storeRows } from "./store";
import { indexTwins, toDealForm } from "./twinIndex";
import type { ScopeRead, ScopeSheet, SharingPlan, SharingStep, StoredFormula } from "./types";

/**
 * Restore: the formulas "values" and "native" kept come back into their cells (a spill range is
 * cleared first, so the array has room), and native twin calls become DEAL calls again. A kept
 * formula comes back only where the cell still holds what DEAL left there (its value, or the
 * reference to its ledger); otherwise it stays kept and the report says why. Restored formulas
 * leave the store, which goes when it is empty, and their ledgers leave the sheet of draw-downs.
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
  const links: LedgerLink[] = [];
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
      if (outcome.link !== undefined) links.push(outcome.link);
    }
    // "back already": the cell holds the formula again; its record is simply dropped.
  }
  plan.steps.push(...clears, ...writes, ...removeLedgers(read, links, plan));

  if (store !== undefined && remaining.length < store.records.length) {
    if (remaining.length === 0 && store.unreadable.length === 0 && !read.structureProtected) {
      plan.steps.push({ kind: "deleteSheet", sheetName: store.sheetName });
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
  | { kind: "restore"; sheet: ScopeSheet; rect: Rect; link?: LedgerLink };

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
  const link = ledgerLinkOf(record.value);
  if (link !== undefined) {
    if (current === undefined) return skip(skipReason.valueChanged(record.formula));
    if (!holdsLedgerLink(read, current, link)) return skip(skipReason.otherFormula(record.formula));
  } else if (current !== undefined) {
    return skip(skipReason.otherFormula(record.formula));
  } else if (!holdsStoredValue(valueAt(sheet, at.row, at.column), record.value)) {
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
      if (r === at.row && c === at.column) continue;
      const inTheWay = formulaAt(sheet, r, c);
      if (inTheWay !== undefined && !(link && isLedgerReference(read, inTheWay))) {
        return skip(skipReason.spillTaken());
      }
    }
  }
  return { kind: "restore", sheet, rect, ...(link === undefined ? {} : { link }) };
}
