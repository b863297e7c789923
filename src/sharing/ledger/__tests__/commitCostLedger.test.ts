import fc from "fast-check";
import { calculateSheets } from "../../../../test/support/hyperformulaDeal";
import { DifferenceLog } from "../../twins/__tests__/difference";
import { COMMITCOST_SAMPLE, commitCostCase } from "./commitCostCases";
import { COMMITCOST_EXAMPLES } from "../../../../test/support/commitCostExamples";
import { commitCostLedger } from "../commitCostLedger";
import type { CommitCostCallText } from "../ledgerTypes";
import { commitCostSheets } from "./commitCostWorkbook";
import { blockCells } from "./ledgerEngine";

/** An example's arguments as the ledger reads them (its usage is set apart). */
function adapterText(formula: string): Omit<CommitCostCallText, "usage" | "source"> {
  const inside = formula.replace(/^=DEAL\.COMMITCOST\(/, "").replace(/\)$/, "");
  const [
    commit,
    ,
    cap = "",
    expiry = "",
    trueup = "",
    rate = "",
    scale = "",
    burst = "",
    window = "",
  ] = inside.split(",").map((text) => text.trim());
  return { commit, cap, expiry, trueup, rate, scale, burst, window };
}

/*
 * DEAL.COMMITCOST's native ledger calculated by HyperFormula: the worked examples of
 * docs/functions.md exactly, and random calls (every option of the draw-down, rate, scale, burst
 * and window, in cells or typed) to a relative 1e-12 of the pricing core.
 */

const TOLERANCE = 1e-12;
/** Fewer than LibreOffice's 300: HyperFormula takes about 50 ms of CPU a call here. */
const HYPERFORMULA_RUNS = 150;
const log = new DifferenceLog();
afterAll(() =>
  console.info(
    `COMMITCOST ledger in HyperFormula, ${HYPERFORMULA_RUNS} random calls\n${log.summary()}`
  )
);

describe("DEAL.COMMITCOST's ledger in HyperFormula", () => {
  it("gives every worked example of docs/functions.md, in floating point", () => {
    const sheets = COMMITCOST_EXAMPLES.map((example, i) => {
      const args = adapterText(example.formula);
      const ledger = commitCostLedger(
        { ...args, usage: `'Inputs'!$A$${i * 5 + 2}:$A$${i * 5 + 5}`, source: `Results!A${i + 1}` },
        4,
        { sheet: "Ledgers", row: i * 40, column: 0 }
      );
      return { example, ledger };
    });
    const inputs: (number | null)[][] = [];
    COMMITCOST_EXAMPLES.forEach((example, i) =>
      example.usage.forEach((u, r) => (inputs[i * 5 + 1 + r] = [u]))
    );
    const hf = calculateSheets({
      Results: sheets.map(({ ledger }) => [`=${ledger.total}`]),
      Inputs: Array.from(inputs, (row) => row ?? []),
      Ledgers: blockCells(sheets.flatMap(({ ledger }) => ledger.blocks)),
    });
    try {
      // Native formulas compute in binary: 1.1 × 400 is 440.00000000000006, as in Excel.
      sheets.forEach(({ example }, row) => {
        const ledger = hf.getCellValue({ sheet: 0, row, col: 0 }) as number;
        expect(Math.abs(ledger - example.expected)).toBeLessThanOrEqual(1e-15 * example.expected);
      });
    } finally {
      hf.destroy();
    }
  });

  it("gives the pricing core's cost for random calls, in one workbook", () => {
    const cases = fc.sample(commitCostCase, { ...COMMITCOST_SAMPLE, numRuns: HYPERFORMULA_RUNS });
    const hf = calculateSheets(commitCostSheets(cases, true));
    try {
      const wrong = cases.flatMap((c, row) => {
        const ledger = hf.getCellValue({ sheet: 0, row, col: 0 });
        const deal = hf.getCellValue({ sheet: 0, row, col: 1 });
        if (deal !== c.expected || typeof ledger !== "number") {
          return [`${c.label}: DEAL ${String(deal)}, ledger ${JSON.stringify(ledger)}`];
        }
        const difference = Math.abs(ledger - c.expected);
        const relative = c.expected === 0 ? difference : difference / c.expected;
        log.recordDifference("relative to DEAL's cost", relative, c.expected);
        return relative > TOLERANCE ? [`${c.label}: ${relative}`] : [];
      });
      expect(wrong).toEqual([]);
    } finally {
      hf.destroy();
    }
  });
});
