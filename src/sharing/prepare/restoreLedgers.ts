import {
  parseCellAddress,
  quotedSheetName,
  contains,
  sheetAddress,
  type Rect,
} from "../../formula";
import { isLedgerTitle } from "../ledger";
import type { PlanBuilder } from "./planBuilder";
import { formulaAt } from "./scopeCells";
import type { LedgerLink } from "./store";
import type { ScopeRead, ScopeSheet, SharingStep } from "./types";

/*
 * Restore for a DEAL.ROLLOVER that "native" gave a ledger: what DEAL left in its cells (references
 * to the ledger on the sheet of draw-downs) and, once the call is back, the ledger's removal.
 */

/** The rectangle of "A14:N29" or "D26". */
function rectOf(address: string): Rect | undefined {
  const [first, last = first] = address.split(":");
  const a = parseCellAddress(first);
  const b = parseCellAddress(last);
  if (a === undefined || b === undefined) return undefined;
  return {
    row: a.row,
    column: a.column,
    rows: b.row - a.row + 1,
    columns: b.column - a.column + 1,
  };
}

/** "$D$26" for "D26". */
const absolute = (address: string) => address.replace(/^([A-Z]+)(\d+)$/i, "$$$1$$$2");

/**
 * Whether the formula's own cell holds the reference DEAL wrote there: to the ledger's first
 * figure, on the sheet of draw-downs under the name it has now.
 */
export function holdsLedgerLink(read: ScopeRead, current: string, link: LedgerLink): boolean {
  const sheet = read.drawDowns?.name;
  return sheet !== undefined && current === `=${sheetAddress(sheet, absolute(link.first))}`;
}

/** Whether a formula that sits where the call spilled is one DEAL wrote: a ledger reference. */
export function isLedgerReference(read: ScopeRead, formula: string): boolean {
  const sheet = read.drawDowns?.name;
  return (
    sheet !== undefined &&
    formula.startsWith(`=${quotedSheetName(sheet)}!`) &&
    /!\$[A-Z]+\$\d+$/i.test(formula)
  );
}

/** Whether every non-blank cell of the sheet lies in one of the rectangles. */
function onlyIn(sheet: ScopeSheet, rects: readonly Rect[]): boolean {
  return sheet.values.every((row, r) =>
    row.every((value, c) => {
      const at = { row: sheet.at.row + r, column: sheet.at.column + c };
      const blank = value === "" && formulaAt(sheet, at.row, at.column) === undefined;
      return blank || rects.some((rect) => contains(rect, at.row, at.column));
    })
  );
}

/**
 * The steps that remove the ledgers of the calls restored: each ledger whose title is still in
 * its place is cleared, and the sheet of draw-downs deleted when nothing else is left on it. A
 * protected sheet of draw-downs keeps its ledgers (they calculate, but nothing reads them).
 */
export function removeLedgers(
  read: ScopeRead,
  links: readonly LedgerLink[],
  plan: PlanBuilder
): SharingStep[] {
  const sheet = read.drawDowns;
  if (sheet === undefined || sheet.protected || links.length === 0) return [];
  const ledgers = links.flatMap((link) => {
    const rect = rectOf(link.ledger);
    const title = rect === undefined ? undefined : formulaAt(sheet, rect.row, rect.column);
    const value = rect && sheet.values[rect.row - sheet.at.row]?.[rect.column - sheet.at.column];
    return rect !== undefined && title === undefined && isLedgerTitle(value) ? [rect] : [];
  });
  if (ledgers.length === 0) return [];
  plan.drawDowns = { sheet: sheet.name, ledgers: ledgers.length };
  if (onlyIn(sheet, ledgers) && !read.structureProtected) {
    return [{ kind: "deleteSheet", sheetName: sheet.name }];
  }
  return ledgers.map((rect) => ({ kind: "clear", sheet: sheet.name, rect, formats: true }));
}
