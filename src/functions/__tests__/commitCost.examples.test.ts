import { commitCostFunction as COMMITCOST } from "../commitCost";
import * as fs from "fs";
import * as path from "path";
import { excelError } from "../../../test/support/cellCall";
import { adapterArguments, COMMITCOST_EXAMPLES } from "../../../test/support/commitCostExamples";

/* Every worked example of docs/functions.md#commitcost, and its errors. */

const column = (...values: unknown[]) => values.map((v) => [v]);
const USAGE = column(80, 100, 120, 100);
const reference = fs.readFileSync(path.resolve(__dirname, "../../../docs/functions.md"), "utf8");

describe("DEAL.COMMITCOST worked examples (docs/functions.md)", () => {
  it.each(COMMITCOST_EXAMPLES.map((example) => [example.formula, example.usage, example]))(
    "%s with usage %j",
    (_formula, _usage, example) => {
      expect(COMMITCOST(...(adapterArguments(example) as [unknown[][], unknown[][]]))).toBe(
        example.expected
      );
    }
  );

  it("are the examples the reference gives, with their results", () => {
    for (const { formula, expected } of COMMITCOST_EXAMPLES) {
      expect(reference).toContain(`\`${formula}\` → **${expected}**`);
    }
  });

  it("is exact where floating point is not (400 × 1.1 is 440.00000000000006)", () => {
    expect(400 * 1.1).not.toBe(440);
    expect(COMMITCOST([[100]], USAGE, null, null, null, 1.1, 0)).toBe(440);
  });

  it("takes a commitment per period, in a row or a column, and blank optionals as omitted", () => {
    expect(COMMITCOST([[100, 100, 100, 100]], USAGE, "", "", "", "", "", "", "")).toBe(400);
    expect(COMMITCOST(column(50, 50, 150, 100), [[80, 100, 120, 100]], 0, null, null, 2)).toBe(
      350 + 2 * 30 + 2 * 50
    );
  });
});

describe("DEAL.COMMITCOST errors name the argument", () => {
  it.each([
    ["rate", () => COMMITCOST([[100]], USAGE, 1, null, null, -1), "rate: expected a number ≥ 0"],
    [
      "scale",
      () => COMMITCOST([[100]], USAGE, 1, null, null, 1, -0.5),
      "scale: expected a number ≥ 0",
    ],
    [
      "burst",
      () => COMMITCOST([[100]], USAGE, 1, null, null, 1, 1, 0.5),
      "burst: expected a number ≥ 1",
    ],
    [
      "window",
      () => COMMITCOST([[100]], USAGE, 1, null, null, 1, 1, 2, 1.5),
      "window: expected a whole number ≥ 1",
    ],
    ["cap", () => COMMITCOST([[100]], USAGE, 2), "cap: expected a share from 0 to 1"],
    [
      "commit",
      () => COMMITCOST([[1, 2, 3]], USAGE),
      "commit: expected one number, or a list as long as usage (4 periods)",
    ],
    ["usage", () => COMMITCOST([[100]], [[""]]), "usage: expected at least one period"],
  ])("rejects a bad %s with #VALUE! and says why", (_arg, call, message) => {
    const error = excelError(call);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain(`DEAL.COMMITCOST: ${message}`);
  });
});
