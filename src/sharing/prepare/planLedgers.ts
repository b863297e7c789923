import { cellAddress, parseRangeAddress, cellRect, rectAddress } from "../../formula";
import { freeSheetName, takenNames } from "../../workbook/names";
import { reconcile } from "../../workbook/reconcile";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import {
  DRAW_DOWNS_KEY,
  DRAW_DOWNS_SHEET,
  drawDownsSheetPlan,
  type LedgerRequest,
  ledgerTops,
  nextLedgerTop,
  stackLedgers,
  wholeRolloverCall,
} from "../drawDowns";
import { LedgerUnsupported } from "../ledger";
import type { DealCall } from "./formulaCalls";
import { keepStep, newStore, refuseNewSheets } from "./keepFormulas";
import type { PlanBuilder } from "./planBuilder";
import { unfinished } from "./planValues";
import { sameName } from "./twinIndex";
import { refuseSharing } from "../../workbook/refusals";
import { skipReason } from "./reasons";
import { ledgerLinkJson } from "./store";
import type {
  DealFormulaCell,
  FormulaResult,
  ScopeRead,
  ScopeSheet,
  SharingStep,
  StoredFormula,
} from "./types";

/*
 * "Native formulas" for DEAL.ROLLOVER: no LAMBDA can spill its five columns in every Excel, so
 * each call gets its native ledger (src/sharing/ledger) on the sheet of draw-downs, the same
 * ledgers share-safe files hold (src/sharing/drawDowns), and the call's cell and the cells it
 * spilled into get references to the ledger's figures. The call is kept in the store, so that
 * Restore puts it back and removes its ledger.
 */

/** Whether a DEAL formula is one DEAL.ROLLOVER call alone, as Excel spells it. */
export function isLedgerCandidate(cell: DealFormulaCell, calls: readonly DealCall[]): boolean {
  const [call] = calls;
  if (calls.length !== 1 || call.form !== "deal" || call.fn !== "ROLLOVER") return false;
  if (cell.formula.slice(call.start, call.end) !== "DEAL.ROLLOVER") return false;
  try {
    return wholeRolloverCall(cell.formula) !== undefined;
  } catch (error) {
    // A call DEAL cannot read: planLedgers says why.
    if (error instanceof LedgerUnsupported) return true;
    throw error;
  }
}

/** Why a ROLLOVER's result read from Excel gives no draw-down to write, or undefined. */
function resultProblem(result: FormulaResult | undefined): string | undefined {
  if (result === undefined) return skipReason.noSpill();
  const unready = unfinished(result.value, result.valueType);
  if (unready !== undefined) return unready;
  if (result.valueType === "Error") return skipReason.rolloverError(String(result.value));
  if (result.spill === undefined || result.spill.rect.columns !== 5) return skipReason.noSpill();
  return undefined;
}

/** The workbook as reconcile sees it for the sheet of draw-downs: names, and that sheet. */
function snapshotFor(read: ScopeRead): WorkbookSnapshot {
  const drawDowns = read.drawDowns;
  return {
    readOnly: false,
    structureProtected: read.structureProtected,
    sheets: read.sheetNames.map((name) =>
      name === drawDowns?.name
        ? {
            name,
            dealKey: DRAW_DOWNS_KEY,
            protected: drawDowns.protected,
            tables: [],
            usedRange: { at: drawDowns.at, values: drawDowns.values },
          }
        : { name, protected: false, tables: [] }
    ),
    tableNames: [],
    definedNames: [],
  };
}

/**
 * The workbook's names that stand for cells ("=Usage!$B$2:$B$37"), by upper-case name, as a
 * sheet sees them: a name of the sheet's own hides the workbook's.
 */
function rangeNames(read: ScopeRead, sheet: ScopeSheet): Map<string, string> {
  const names = new Map<string, string>();
  for (const name of read.names) {
    if (sheet.names.some((local) => sameName(local, name.name))) continue;
    const cells = name.formula.replace(/^=/, "");
    if (parseRangeAddress(cells) !== undefined) names.set(name.name.toUpperCase(), cells);
  }
  return names;
}

/** "D26" for "='DEAL draw-downs'!$D$26". */
const referencedCell = (formula: string) => formula.replace(/^.*!/, "").replace(/\$/g, "");

interface CellRequest extends LedgerRequest {
  readonly cell: DealFormulaCell;
  readonly result: FormulaResult;
}

/**
 * Plans the ledgers of these DEAL.ROLLOVER formulas (isLedgerCandidate), given their results as
 * read: skips the ones that have no draw-down to write, pushes on `plan` the writes of the
 * cells that refer to the ledgers, and returns the steps that must come before any of them: the
 * store keeping the formulas, then the sheet of draw-downs with the ledgers.
 * @throws WorkbookRefusal when a sheet it writes to is protected, or sheets must be added to a
 *   workbook whose structure is protected.
 */
export function planLedgers(
  read: ScopeRead,
  cells: readonly DealFormulaCell[],
  results: readonly FormulaResult[],
  plan: PlanBuilder
): SharingStep[] {
  const requests: CellRequest[] = [];
  for (const cell of cells) {
    const anchor = cellRect(cell.row, cell.column);
    const result = results.find(
      (r) =>
        r.cell.sheet.id === cell.sheet.id &&
        r.cell.row === cell.row &&
        r.cell.column === cell.column
    );
    const problem = resultProblem(result);
    let formula;
    try {
      formula = wholeRolloverCall(cell.formula);
    } catch (error) {
      if (!(error instanceof LedgerUnsupported)) throw error;
      plan.skip(cell.sheet, anchor, skipReason.noLedger(error.message));
      continue;
    }
    if (problem !== undefined || formula === undefined || result?.spill === undefined) {
      plan.skip(cell.sheet, anchor, problem ?? skipReason.noSpill());
      continue;
    }
    const at = { row: cell.row, column: cell.column };
    const periods = result.spill.rect.rows;
    const names = rangeNames(read, cell.sheet);
    requests.push({ sheet: cell.sheet.name, at, formula, periods, names, cell, result });
  }
  if (requests.length === 0) return [];

  const drawDowns = read.drawDowns;
  const name = drawDowns?.name ?? freeSheetName(DRAW_DOWNS_SHEET, takenNames(read.sheetNames));
  const lastRow = drawDowns === undefined ? -1 : drawDowns.at.row + drawDowns.values.length - 1;
  const stack = stackLedgers(requests, name, nextLedgerTop(lastRow));
  for (const { request, reason } of stack.unsupported) {
    const { cell } = request as CellRequest;
    plan.skip(cell.sheet, cellRect(cell.row, cell.column), skipReason.noLedger(reason));
  }
  if (stack.ledgers.length === 0) return [];

  const records: StoredFormula[] = [];
  for (const ledger of stack.ledgers) {
    const { cell, result } = ledger.request as CellRequest;
    const rect = result.spill!.rect;
    plan.steps.push({
      kind: "write",
      sheet: cell.sheet.name,
      rect,
      property: "formulas",
      cells: ledger.outputs,
    });
    plan.changed.push({ sheet: cell.sheet.name, address: rectAddress(rect) });
    records.push({
      sheetId: cell.sheet.id,
      sheetName: cell.sheet.name,
      address: cellAddress({ row: cell.row, column: cell.column }),
      formula: cell.formula,
      rows: rect.rows,
      columns: rect.columns,
      value: ledgerLinkJson({
        ledger: rectAddress({
          row: ledger.top,
          column: 0,
          rows: ledger.height,
          columns: ledger.width,
        }),
        first: referencedCell(ledger.outputs[0][0]),
      }),
    });
  }
  plan.drawDowns = { sheet: name, ledgers: stack.ledgers.length };

  // The sheets' protection first: it is what the user chose to change.
  plan.refuseLockedSheets();
  if (drawDowns?.protected) throw refuseSharing.sheetProtected(drawDowns.name);
  const sheetToAdd =
    drawDowns === undefined
      ? [{ name, holds: "holds the native draw-downs of DEAL.ROLLOVER" }]
      : [];
  refuseNewSheets(read, [...sheetToAdd, ...newStore(read)]);

  const earlier = drawDowns === undefined ? [] : ledgerTops(drawDowns.at, drawDowns.values);
  const tops = [...earlier, ...stack.ledgers.map((ledger) => ledger.top)];
  const edit = reconcile(snapshotFor(read), [drawDownsSheetPlan(name, stack.blocks, tops)]);
  return [keepStep(read, records), { kind: "writeSheet", edit: edit.sheets[0] }];
}
