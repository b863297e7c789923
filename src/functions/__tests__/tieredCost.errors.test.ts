import { tieredCostFunction as TIEREDCOST } from "../tieredCost";
import { excelError } from "../../../test/support/cellCall";

const tiers = [
  [10, 2],
  [20, 1],
];

describe("DEAL.TIEREDCOST errors", () => {
  it.each([
    ["negative units", () => TIEREDCOST(-1, tiers), "units: expected a number ≥ 0; got -1"],
    ["text units", () => TIEREDCOST("12", tiers), 'units: expected a number ≥ 0; got text "12"'],
    ["blank units", () => TIEREDCOST("", tiers), "units: expected a number ≥ 0; got a blank"],
    ["boolean units", () => TIEREDCOST(true, tiers), "units: expected a number ≥ 0; got TRUE"],
    [
      "an error in units",
      () => TIEREDCOST({ type: "Error", errorType: "NotAvailable", basicValue: "#N/A" }, tiers),
      "units: expected a number ≥ 0; got the error #N/A",
    ],
    [
      "units above a bounded last tier",
      () => TIEREDCOST(21, tiers),
      "units: expected units at most the last tier's bound (20); got 21. Leave the last tier's bound blank for no upper limit.",
    ],
    [
      "an empty table",
      () => TIEREDCOST(1, [["", ""]]),
      "tiers: expected at least one tier row; got a blank",
    ],
    [
      "one column",
      () => TIEREDCOST(1, [[10], [20]]),
      "tiers: expected a table of 2 or 3 columns: bound, price and optional flat fee; got 1 column",
    ],
    [
      "four columns",
      () => TIEREDCOST(1, [[10, 1, 0, 9]]),
      "tiers: expected a table of 2 or 3 columns: bound, price and optional flat fee; got 4 columns",
    ],
    [
      "a blank price",
      () =>
        TIEREDCOST(1, [
          [10, 2],
          ["", ""],
          [20, ""],
        ]),
      "tiers row 3 (price): expected a number ≥ 0; got a blank",
    ],
    [
      "a negative price",
      () => TIEREDCOST(1, [[10, -2]]),
      "tiers row 1 (price): expected a number ≥ 0; got -2",
    ],
    [
      "a text fee",
      () => TIEREDCOST(1, [[10, 2, "x"]]),
      'tiers row 1 (flat fee): expected a number ≥ 0; got text "x"',
    ],
    [
      "a negative fee",
      () => TIEREDCOST(1, [[10, 2, -1]]),
      "tiers row 1 (flat fee): expected a number ≥ 0; got -1",
    ],
    [
      "decreasing bounds",
      () =>
        TIEREDCOST(1, [
          [10, 2],
          [5, 1],
        ]),
      "tiers row 2 (bound): expected a bound greater than the bound above it (10); got 5",
    ],
    [
      "equal bounds",
      () =>
        TIEREDCOST(1, [
          [10, 2],
          [10, 1],
        ]),
      "tiers row 2 (bound): expected a bound greater than the bound above it (10); got 10",
    ],
    [
      "a zero first bound",
      () =>
        TIEREDCOST(1, [
          [0, 2],
          [10, 1],
        ]),
      "tiers row 1 (bound): expected a number > 0; got 0",
    ],
    [
      "a blank bound before the last row",
      () =>
        TIEREDCOST(1, [
          ["", 2],
          [10, 1],
        ]),
      "tiers row 1 (bound): expected a bound; only the last tier may be left without one; got a blank",
    ],
    [
      "a text bound",
      () => TIEREDCOST(1, [["ten", 2]]),
      'tiers row 1 (bound): expected a number > 0; got text "ten"',
    ],
    [
      "an unknown mode",
      () => TIEREDCOST(1, tiers, "linear"),
      'mode: expected "graduated", "volume" or "stairstep" ("tiered" and "bulk" are accepted too); got text "linear"',
    ],
    [
      "a numeric mode",
      () => TIEREDCOST(1, tiers, 2),
      'mode: expected "graduated", "volume" or "stairstep" ("tiered" and "bulk" are accepted too); got 2',
    ],
    ["zero per", () => TIEREDCOST(1, tiers, "volume", 0), "per: expected a number > 0; got 0"],
    [
      "text per",
      () => TIEREDCOST(1, tiers, "volume", "1M"),
      'per: expected a number > 0; got text "1M"',
    ],
  ])("rejects %s with #VALUE! and says why", (_case, call, message) => {
    const error = excelError(call);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(`DEAL.TIEREDCOST: ${message}${message.endsWith(".") ? "" : "."}`);
  });

  it("names the row of the user's range, counting blank rows it skipped", () => {
    const error = excelError(() =>
      TIEREDCOST(1, [
        [10, 2],
        ["", ""],
        [5, 1],
      ])
    );
    expect(error.message).toContain("tiers row 3 (bound)");
  });

  it("answers #NUM! with a message when the cost exceeds the largest number", () => {
    const error = excelError(() => TIEREDCOST(1e308, [["", 10]]));
    expect(error.code).toBe("#NUM!");
    expect(error.message).toContain("DEAL.TIEREDCOST: the result is larger than");
  });
});
