import { valueOf } from "../../src/xlsx/__tests__/support/evaluatorSheet";
import { COMMITCOST_EXAMPLES } from "../support/commitCostExamples";
import { calculateSheets } from "../support/hyperformulaDeal";

/*
 * DEAL.COMMITCOST's worked examples typed as formulas into two engines: the file writer's
 * evaluator (which caches the values of `npm run demo`) and HyperFormula with DEAL's plugin (which
 * calculates the model sheet in the tests). Both call the adapter Excel calls.
 */

const cases = COMMITCOST_EXAMPLES.map(
  (example) => [example.formula, example.usage, example] as const
);

describe("DEAL.COMMITCOST's worked examples in the engines", () => {
  it.each(cases)("the file writer's evaluator: %s, usage %j", (_formula, _usage, example) => {
    const [a2, a3, a4, a5] = example.usage;
    expect(valueOf(example.formula, { A2: a2, A3: a3, A4: a4, A5: a5 })).toBe(example.expected);
  });

  it("HyperFormula, every example on one sheet", () => {
    // Each example on a row of its own: the usage in A:D, the formula in E.
    const cells = COMMITCOST_EXAMPLES.map((example, row) => [
      ...example.usage,
      example.formula.replace("A2:A5", `A${row + 1}:D${row + 1}`),
    ]);
    const hf = calculateSheets({ Examples: cells });
    COMMITCOST_EXAMPLES.forEach((example, row) => {
      expect(hf.getCellValue({ sheet: 0, row, col: 4 })).toBe(example.expected);
    });
  });
});
