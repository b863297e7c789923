import { calculateSheets } from "../../../../test/support/hyperformulaDeal";
import { planSheetCells } from "../../../../test/support/planSheetCells";
import { RolloverTerms, rollover } from "../../../pricing";
import { quotedSheetName } from "../../../formula";
import { rolloverExample } from "../../../workbook/examples/rolloverExample";
import { CellInput } from "../../twins/__tests__/hyperformulaSheet";
import { rolloverLedger } from "../rolloverLedger";
import { blockCells, inputsRef, ledgerEngine } from "./ledgerEngine";
import { spilled } from "./measure";

/*
 * The worked examples of ROLLOVER (docs/functions.md, the README and the example sheet) give the
 * pricing core's numbers exactly from the ledger, calculated by HyperFormula.
 */

const LEDGER = { sheet: "DEAL draw-downs", row: 0, column: 0 };

/** The ledger's outputs for a call reading `inputs` (typed arguments as they are). */
function ledgerOf(inputs: Record<string, CellInput>, args: string[], periods: number) {
  const written = args.map((a) => (/^\$[A-Z]+\$\d/.test(a) ? inputsRef(a) : a));
  const [commit, usage, cap = "", expiry = "", trueup = ""] = written;
  const call = { commit, usage, cap, expiry, trueup, source: "'Deal''s inputs'!G1" };
  const engine = ledgerEngine(inputs, call, written, periods, LEDGER);
  try {
    return { outputs: engine.outputs(), deal: engine.deal() };
  } finally {
    engine.destroy();
  }
}

const column = (values: number[], from = 2): Record<string, number> =>
  Object.fromEntries(values.map((v, i) => [`A${from + i}`, v]));

describe("the ledger of ROLLOVER's worked examples", () => {
  it("gives the reference's draw-down of commit 100 against usage 80, 100, 120, 100", () => {
    const { outputs } = ledgerOf(column([80, 100, 120, 100]), ["100", "$A$2:$A$5"], 4);
    const documented = [
      [0, 80, 0, 20, 0],
      [20, 100, 0, 20, 0],
      [20, 120, 0, 0, 0],
      [0, 100, 0, 0, 0],
    ];
    expect(rollover({ commit: 100, usage: [80, 100, 120, 100] }).map(spilled)).toEqual(documented);
    expect(outputs).toEqual(documented);
  });

  it("gives the core's numbers for the playbook's 20% rolled into the next quarter", () => {
    // A year of months against 100 a month: =DEAL.ROLLOVER(commit, usage, 0.2, 3). The quiet
    // months leave more carried than is used, so amounts expire.
    const usage = [50, 5, 5, 5, 5, 130, 100, 20, 0, 0, 160, 120];
    const terms: RolloverTerms = { commit: 100, usage, cap: 0.2, expiry: 3 };
    expect(rollover(terms)).not.toEqual(rollover({ ...terms, expiry: undefined }));
    const inputs = { ...column(usage), B1: 100 };
    const { outputs, deal } = ledgerOf(inputs, ["$B$1", "$A$2:$A$13", "0.2", "3"], 12);
    expect(outputs).toEqual(rollover(terms).map(spilled));
    expect(deal).toEqual(outputs);
  });

  it("gives the example sheet's expected numbers from the sheet's own cells", () => {
    const plan = rolloverExample();
    const sheet = quotedSheetName(plan.preferredName);
    const call = {
      commit: `${sheet}!$B$5`,
      usage: `${sheet}!$B$8:$B$11`,
      cap: "",
      expiry: "",
      trueup: "",
      source: `${sheet}!B15`,
    };
    const ledger = rolloverLedger(call, 4, LEDGER);
    const outputs = ledger.outputs.map((row) => [...row]);
    const hf = calculateSheets({
      Results: outputs,
      [plan.preferredName]: planSheetCells(plan),
      [LEDGER.sheet]: blockCells(ledger.blocks),
    });
    const values = outputs.map((row, r) =>
      row.map((_, c) => hf.getCellValue({ sheet: 0, row: r, col: c }))
    );
    // The sheet's "Expected" block, H15:L18.
    const expected = outputs.map((row, r) =>
      row.map((_, c) => hf.getCellValue({ sheet: 1, row: 14 + r, col: 7 + c }))
    );
    hf.destroy();
    expect(values).toEqual(rollover({ commit: 100, usage: [80, 100, 120, 100] }).map(spilled));
    expect(values).toEqual(expected);
  });
});
