import type { CellBlock, CellPosition } from "../../workbook/plan";
import { commitCostLedger, LedgerUnsupported, rolloverLedger } from "../ledger";
import { commitCostCallText } from "./commitCostCall";
import { type RolloverFormula, rolloverCallText } from "./rolloverCall";

/*
 * Ledgers of several DEAL.ROLLOVER calls, one under the other on the sheet of draw-downs, a few
 * blank rows apart: what share-safe plans (nativeDrawDowns) and Prepare for sharing in Office.js
 * (planLedgers) both write.
 */

/** Rows left blank between two ledgers. */
const GAP = 2;

/**
 * A DEAL.ROLLOVER formula to write as a ledger (where it is, and how many periods it spills), or a
 * DEAL.COMMITCOST call in a formula (`formula.call` is the call, and `periods` its usage's).
 */
export interface LedgerRequest {
  readonly sheet: string;
  readonly at: CellPosition;
  readonly formula: RolloverFormula;
  readonly fn?: "ROLLOVER" | "COMMITCOST";
  readonly periods: number;
  /** Defined names that stand for cells, by upper-case name (see rolloverCallText). */
  readonly names?: ReadonlyMap<string, string>;
}

/** A request's ledger, placed. */
export interface StackedLedger {
  readonly request: LedgerRequest;
  /** The ledger's first row and its size on the sheet of draw-downs (from column A). */
  readonly top: number;
  readonly height: number;
  readonly width: number;
  /**
   * periods × 5 formulas for the cells the DEAL formula spilled into, each "='…'!$D$13"; for
   * COMMITCOST, one: its cost's.
   */
  readonly outputs: string[][];
}

export interface LedgerStack {
  readonly ledgers: readonly StackedLedger[];
  /** The requests no ledger can be written for, with the reason in the user's words. */
  readonly unsupported: readonly { readonly request: LedgerRequest; readonly reason: string }[];
  /** Every ledger's cells. */
  readonly blocks: readonly CellBlock[];
}

/** Where the next ledger starts below a sheet whose last used row is `lastRow` (-1: empty). */
export const nextLedgerTop = (lastRow: number): number => (lastRow < 0 ? 0 : lastRow + 1 + GAP);

/** The requests' ledgers on `ledgerSheet`, the first from row `top`, each below the one before. */
export function stackLedgers(
  requests: readonly LedgerRequest[],
  ledgerSheet: string,
  top: number
): LedgerStack {
  const ledgers: StackedLedger[] = [];
  const unsupported: { request: LedgerRequest; reason: string }[] = [];
  const blocks: CellBlock[] = [];
  let row = top;
  for (const request of requests) {
    let ledger: { blocks: CellBlock[]; height: number; width: number; outputs: string[][] };
    const placement = { sheet: ledgerSheet, row, column: 0 };
    const { formula, sheet, at, names, periods } = request;
    try {
      if (request.fn === "COMMITCOST") {
        const cost = commitCostLedger(
          commitCostCallText(formula, sheet, at, names),
          periods,
          placement
        );
        ledger = { ...cost, outputs: [[`=${cost.total}`]] };
      } else {
        ledger = rolloverLedger(rolloverCallText(formula, sheet, at, names), periods, placement);
      }
    } catch (error) {
      if (!(error instanceof LedgerUnsupported)) throw error;
      unsupported.push({ request, reason: error.message });
      continue;
    }
    ledgers.push({
      request,
      top: row,
      height: ledger.height,
      width: ledger.width,
      outputs: ledger.outputs,
    });
    blocks.push(...ledger.blocks);
    row += ledger.height + GAP;
  }
  return { ledgers, unsupported, blocks };
}
