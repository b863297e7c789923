import { rolloverFunction as ROLLOVER } from "../rollover";
import { excelError } from "../../../test/support/cellCall";

const column = (...values: unknown[]) => values.map((v) => [v]);

describe("DEAL.ROLLOVER worked examples", () => {
  it("rolls all unused commitment forward with no cap and no expiry", () => {
    expect(ROLLOVER([[100]], column(80, 100, 120, 100))).toEqual([
      [0, 80, 0, 20, 0],
      [20, 100, 0, 20, 0],
      [20, 120, 0, 0, 0],
      [0, 100, 0, 0, 0],
    ]);
  });

  it("forfeits all unused commitment with cap 0 (use it or lose it)", () => {
    expect(ROLLOVER([[100]], column(50, 150, 100), 0)).toEqual([
      [0, 50, 0, 0, 50],
      [0, 100, 50, 0, 0],
      [0, 100, 0, 0, 0],
    ]);
  });

  it("lets 400 unused of 1000 cover a 1400 month", () => {
    expect(ROLLOVER([[1000]], [[600, 1400]])).toEqual([
      [0, 600, 0, 400, 0],
      [400, 1400, 0, 0, 0],
    ]);
  });
});

describe("DEAL.ROLLOVER rules", () => {
  it("rolls at most cap × the period's own commitment and forfeits the rest", () => {
    // 20% cap (the playbook's ask): 100 committed, 30 used → 20 rolls, 50 forfeited.
    expect(ROLLOVER([[100]], column(30, 100), 0.2)).toEqual([
      [0, 30, 0, 20, 50],
      [20, 100, 0, 20, 0],
    ]);
  });

  it("forfeits a carried amount unused by the end of its last usable period", () => {
    // expiry 1: period 1's 40 is usable only in period 2, where 10 of it is used.
    expect(ROLLOVER([[100]], column(60, 10, 100), 1, 1)).toEqual([
      [0, 60, 0, 40, 0],
      [40, 10, 0, 100, 30],
      [100, 100, 0, 100, 0],
    ]);
  });

  it("draws on the oldest carried amount first, so the newer carry outlives it", () => {
    // expiry 2. Period 5 draws 150 from the 100 rolled in period 3 (expiring in 5) before the
    // 100 rolled in period 4, so only 50 of period 4's amount is left to expire in period 6.
    expect(ROLLOVER([[100]], column(60, 0, 0, 0, 150, 0), 1, 2)).toEqual([
      [0, 60, 0, 40, 0],
      [40, 0, 0, 140, 0],
      [140, 0, 0, 200, 40],
      [200, 0, 0, 200, 100],
      [200, 150, 0, 150, 0],
      [150, 0, 0, 200, 50],
    ]);
  });

  it("forfeits everything carried at each true-up", () => {
    expect(ROLLOVER([[100]], column(50, 50, 50, 50), 1, null, 2)).toEqual([
      [0, 50, 0, 50, 0],
      [50, 50, 0, 0, 100],
      [0, 50, 0, 50, 0],
      [50, 50, 0, 0, 100],
    ]);
  });

  it("takes a commitment list with one amount per period, in a row or a column", () => {
    const expected = [
      [0, 50, 0, 50, 0],
      [50, 250, 0, 0, 0],
    ];
    expect(ROLLOVER([[100, 200]], column(50, 250))).toEqual(expected);
    expect(ROLLOVER(column(100, 200), [[50, 250]])).toEqual(expected);
  });

  it("ignores trailing blank cells and counts blanks inside the lists as 0", () => {
    expect(ROLLOVER([[100]], column(80, "", 100, "", ""))).toEqual([
      [0, 80, 0, 20, 0],
      [20, 0, 0, 120, 0],
      [120, 100, 0, 120, 0],
    ]);
    expect(ROLLOVER(column(100, "", 100), column(50, 50, 50))).toEqual([
      [0, 50, 0, 50, 0],
      [50, 50, 0, 0, 0],
      [0, 50, 0, 50, 0],
    ]);
  });

  it("keeps decimal amounts exact", () => {
    expect(ROLLOVER([[0.3]], column(0.1, 0.4))).toEqual([
      [0, 0.1, 0, 0.2, 0],
      [0.2, 0.4, 0, 0.1, 0],
    ]);
  });
});

describe("DEAL.ROLLOVER errors", () => {
  it.each([
    [
      "usage",
      () => ROLLOVER([[100]], [["abc"]]),
      'usage row 1: expected a number ≥ 0; got text "abc"',
    ],
    ["usage", () => ROLLOVER([[100]], column(1, -2)), "usage row 2: expected a number ≥ 0; got -2"],
    ["usage", () => ROLLOVER([[100]], [[""]]), "usage: expected at least one period"],
    [
      "usage",
      () =>
        ROLLOVER(
          [[100]],
          [
            [1, 2],
            [3, 4],
          ]
        ),
      "usage: expected a single row or a single column",
    ],
    [
      "commit",
      () => ROLLOVER([[1, 2, 3]], column(1, 2)),
      "commit: expected one number, or a list as long as usage (2 periods); got a list of 3",
    ],
    ["commit", () => ROLLOVER([[true]], column(1)), "commit: expected a number ≥ 0; got TRUE"],
    ["commit", () => ROLLOVER([[""]], column(1)), "commit: expected a number ≥ 0; got a blank"],
    ["cap", () => ROLLOVER([[1]], column(1), 1.5), "cap: expected a share from 0 to 1"],
    [
      "expiry",
      () => ROLLOVER([[1]], column(1), 1, 0.5),
      "expiry: expected a whole number ≥ 1; got 0.5",
    ],
    [
      "trueup",
      () => ROLLOVER([[1]], column(1), 1, null, 0),
      "trueup: expected a whole number ≥ 1; got 0",
    ],
  ])("rejects a bad %s with #VALUE! and says why", (_arg, call, message) => {
    const error = excelError(call);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain(`DEAL.ROLLOVER: ${message}`);
  });

  it("accepts 1200 periods and rejects 1201", () => {
    expect(
      ROLLOVER(
        [[1]],
        Array.from({ length: 1200 }, () => [1])
      )
    ).toHaveLength(1200);
    const error = excelError(() =>
      ROLLOVER(
        [[1]],
        Array.from({ length: 1201 }, () => [1])
      )
    );
    expect(error.message).toContain("usage: expected at most 1200 periods; got 1201 periods");
  });
});
