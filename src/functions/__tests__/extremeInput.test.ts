import { callCell, excelError } from "../../../test/support/cellCall";
import {
  COMMITCOST,
  RAMPPRICE,
  ROLLOVER,
  SLACREDIT,
  TIEREDCOST,
  TIERS,
} from "./support/dealFunctions";

/*
 * Extreme but valid input: results too large for a cell (#NUM!), -0 everywhere, data-type
 * wrappers read as their basic values, and a very large schedule.
 */

describe("DEAL functions on extreme but valid input", () => {
  it.each([
    ["DEAL.TIEREDCOST", "cost of 1e308 units at 10", () => TIEREDCOST(1e308, [["", 10]])],
    [
      "DEAL.TIEREDCOST",
      "volume cost of 1e308 units at 2",
      () => TIEREDCOST(1e308, [["", 2]], "volume"),
    ],
    ["DEAL.RAMPPRICE", "price 1e308 × 11²", () => RAMPPRICE(1e308, 3, [[0]], 10, 1)],
    [
      "DEAL.RAMPPRICE",
      "price uplifted by 1e308 for 1199 periods",
      () => RAMPPRICE(1, 1200, "", 1e308, 1),
    ],
    ["DEAL.ROLLOVER", "carry of 2 × 1e308", () => ROLLOVER([[1e308], [1e308]], [[0], [0]])],
    ["DEAL.COMMITCOST", "cost of 2 × 1e308", () => COMMITCOST([[1e308], [1e308]], [[0], [0]])],
    ["DEAL.COMMITCOST", "cost of 1e308 over at 2", () => COMMITCOST(0, [[1e308]], 1, "", "", 2)],
  ])("%s answers #NUM! for a %s, saying it is larger than a cell can hold", (fn, _what, call) => {
    const error = excelError(call);
    expect(error.code).toBe("#NUM!");
    expect(error.message.startsWith(`${fn}: `)).toBe(true);
    expect(error.message).toContain("larger than");
  });

  it.each([
    ["DEAL.TIEREDCOST", "graduated", () => TIEREDCOST(-0, [["", -0, -0]])],
    ["DEAL.TIEREDCOST", "volume", () => TIEREDCOST(1, [["", -0, -0]], "volume")],
    ["DEAL.TIEREDCOST", "stairstep", () => TIEREDCOST(1, [["", -0, -0]], "stairstep")],
    ["DEAL.TIEREDCOST", "volume, tiny units", () => TIEREDCOST(-0, [["", 5e-324, -0]], "volume")],
    ["DEAL.SLACREDIT", "table", () => SLACREDIT(-0, -0, [[-0, -0]])],
    ["DEAL.SLACREDIT", "linear", () => SLACREDIT(-0, -0, -0, 0.02)],
    ["DEAL.RAMPPRICE", "ramped", () => RAMPPRICE(-0, 2, [[-0], [-0]], -0, 1)],
  ])("%s answers 0, never -0, when every number is -0 (%s)", (_fn, _how, call) => {
    const result = call();
    expect(Object.is(result, -0) ? "-0" : result).toBe(0);
  });

  it("DEAL.SLACREDIT prices a 200000-row schedule whose every threshold the uptime is below", () => {
    // Every row is owed, so the largest share is taken over all 200000 of them.
    const schedule = Array.from({ length: 200_000 }, () => [0.999, 0.1]);
    expect(callCell(() => SLACREDIT(0.5, 100, schedule))).toEqual({ value: 10 });
  });

  it("DEAL.ROLLOVER spills 0, never -0, when every number is -0", () => {
    const spill = ROLLOVER(-0, [[-0], [-0]], -0, 1, 1) as number[][];
    expect(spill.flat().map((x) => (Object.is(x, -0) ? "-0" : x))).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
  });

  it.each([
    [
      "DEAL.TIEREDCOST",
      "a mode given as a String data type",
      () => TIEREDCOST(6, TIERS, { type: "String", basicValue: "volume" }),
      () => TIEREDCOST(6, TIERS, "volume"),
    ],
    [
      "DEAL.TIEREDCOST",
      "a last bound of 0 given as a Double data type",
      () =>
        TIEREDCOST(12, [
          [10, 1],
          [{ type: "Double", basicValue: 0 }, 2],
        ]),
      () =>
        TIEREDCOST(12, [
          [10, 1],
          [0, 2],
        ]),
    ],
    [
      "DEAL.ROLLOVER",
      "every number given as a Double data type",
      () =>
        ROLLOVER(
          { type: "Double", basicValue: 100 },
          [[{ type: "Double", basicValue: 80 }], [120]],
          { type: "Double", basicValue: 0.5 }
        ),
      () => ROLLOVER(100, [[80], [120]], 0.5),
    ],
    [
      "DEAL.SLACREDIT",
      "every number given as a Double data type",
      () =>
        SLACREDIT(
          { type: "Double", basicValue: 0.99 },
          { type: "FormattedNumber", basicValue: 1000 },
          [[{ type: "Double", basicValue: 0.999 }, 0.1]]
        ),
      () => SLACREDIT(0.99, 1000, [[0.999, 0.1]]),
    ],
    [
      "DEAL.RAMPPRICE",
      "every number given as a Double data type",
      () =>
        RAMPPRICE(
          { type: "Double", basicValue: 3 },
          { type: "Double", basicValue: 4 },
          [[{ type: "Double", basicValue: -0.15 }]],
          { type: "Double", basicValue: 0.05 }
        ),
      () => RAMPPRICE(3, 4, [[-0.15]], 0.05),
    ],
  ])("%s reads %s as its basic value", (_fn, _what, wrapped, plain) => {
    expect(callCell(wrapped)).toEqual(callCell(plain));
  });
});
