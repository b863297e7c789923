import { wholeRolloverCall } from "../drawDowns";
import type { NativeTwin } from "../nativeTwin";
import { cellRect, rectAddress } from "../../formula";
import { DealCall, dealName, findDealCalls, renameCalls } from "./formulaCalls";
import { PlanBuilder, refuseIfReadOnly } from "./planBuilder";
import { isLedgerCandidate, planLedgers } from "./planLedgers";
import { skipReason } from "./reasons";
import { dealFormulas } from "./scopeCells";
import { indexTwins, sameName, toDealForm, TwinIndex, twinClosure } from "./twinIndex";
import { nameStatus, twinComment } from "./twinNames";
import type {
  DealFormulaCell,
  FormulaResult,
  ScopeRead,
  SharingPlan,
  SharingStep,
  WorkbookName,
} from "./types";

const unique = <T>(items: readonly T[]) => [...new Set(items)];

/**
 * The formulas "native" writes as ledgers, each one DEAL.ROLLOVER call alone: the adapter reads
 * their results (how many periods each spills) before planNative.
 */
export function ledgerCandidates(read: ScopeRead, twins: readonly NativeTwin[]): DealFormulaCell[] {
  refuseIfReadOnly(read);
  const index = indexTwins(twins);
  return dealFormulas(read, twins).filter((cell) =>
    isLedgerCandidate(cell, findDealCalls(cell.formula, index.byName))
  );
}

/**
 * Native formulas: each DEAL call in scope becomes a call of its native twin, and the twins used
 * (and only those) are defined as workbook names. A formula is converted whole or not at all: one
 * call without a twin leaves it as it is, since it would still need the add-in. A DEAL.ROLLOVER
 * call alone in its cell gets its native ledger instead (planLedgers.ts).
 * @param results the results of the ledger candidates, as read (ledgerCandidates)
 */
export function planNative(
  read: ScopeRead,
  twins: readonly NativeTwin[],
  results: readonly FormulaResult[] = []
): SharingPlan {
  refuseIfReadOnly(read);
  const index = indexTwins(twins);
  const plan = new PlanBuilder(read, "native");
  const needed: NativeTwin[] = [];
  const ledgerCells: DealFormulaCell[] = [];

  for (const cell of dealFormulas(read, twins)) {
    const calls = findDealCalls(cell.formula, index.byName);
    const dealCalls = calls.filter((call) => call.form !== "twin");
    if (dealCalls.length === 0) continue; // native already
    if (isLedgerCandidate(cell, calls)) {
      ledgerCells.push(cell);
      continue;
    }
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
  const ledgerSteps = planLedgers(read, ledgerCells, results, plan);
  // Names and the ledgers first: the formulas written after them calculate at once.
  plan.steps.unshift(...defines, ...ledgerSteps);
  return plan.build();
}

/** Whether the formula is one DEAL.ROLLOVER call, whatever its arguments call. */
function isWholeCall(formula: string): boolean {
  try {
    return wholeRolloverCall(formula) !== undefined;
  } catch {
    return false;
  }
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
  if (missing.length === 1 && missing[0] === "ROLLOVER") {
    return isWholeCall(cell.formula)
      ? skipReason.rolloverCallsDeal()
      : skipReason.rolloverInFormula();
  }
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
