import type { SheetCells } from "../../../../test/support/hyperformulaDeal";
import type { CellBlock } from "../../../workbook/plan";
import type { CellInput } from "../../twins/__tests__/hyperformulaSheet";
import { moveDown } from "../../twins/__tests__/libreOffice";
import { commitCostLedger } from "../commitCostLedger";
import { CommitCostCase, commitCostCallText } from "./commitCostCases";
import { INPUTS_SHEET, RESULTS_SHEET, addressedCells, blockCells, inputsRef } from "./ledgerEngine";
import { LEDGER_SHEET } from "./ledgerWorkbook";
import { CASE_ROWS } from "./rolloverCases";

/*
 * Many COMMITCOST ledgers in one workbook, for one engine to calculate at once: each case's
 * inputs in a band of rows of the inputs sheet, the ledgers stacked on the ledger sheet, and on
 * the results sheet a row per case: the ledger's cost (A) and the DEAL call (B).
 */

export function commitCostSheets(
  cases: readonly CommitCostCase[],
  withDealCalls: boolean
): Record<string, SheetCells> {
  const inputs: Record<string, CellInput> = {};
  const ledgers: CellBlock[] = [];
  const results: string[][] = [];
  let row = 0;
  cases.forEach((c, i) => {
    const offset = i * CASE_ROWS;
    for (const [address, content] of Object.entries(c.inputs)) {
      inputs[moveDown(address, offset)] = content;
    }
    const ref = (address: string) => inputsRef(moveDown(address, offset));
    const call = commitCostCallText(c, ref, `${RESULTS_SHEET}!A${i + 1}`);
    const ledger = commitCostLedger(call, c.periods, { sheet: LEDGER_SHEET, row, column: 1 });
    row += ledger.height + 2;
    ledgers.push(...ledger.blocks);
    const deal = `=DEAL.COMMITCOST(${c.args(ref).join(",")})`;
    results.push(withDealCalls ? [`=${ledger.total}`, deal] : [`=${ledger.total}`]);
  });
  return {
    [RESULTS_SHEET]: results,
    [INPUTS_SHEET]: addressedCells(inputs),
    [LEDGER_SHEET]: blockCells(ledgers),
  };
}
