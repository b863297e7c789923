import { rampPriceFunction as RAMPPRICE } from "../rampPrice";
import { excelError } from "../../../test/support/cellCall";

describe("DEAL.RAMPPRICE worked examples", () => {
  it.each([
    [1, 12],
    [2, 10.2],
    [5, 10.2],
  ])(
    "holds the last ramped price past the list: base 12, ramp (0, -0.15), period %p → %p",
    (period, price) => {
      expect(RAMPPRICE(12, period, [[0], [-0.15]])).toBe(price);
    }
  );

  it.each([
    [3, 2.295],
    [4, 2.40975],
    [6, 2.656749375],
  ])(
    "compounds the uplift after the term: base 3, ramp (0, -0.15, -0.10), uplift 5%%, period %p → %p",
    (period, price) => {
      expect(RAMPPRICE(3, period, [[0, -0.15, -0.1]], 0.05)).toBe(price);
    }
  );

  it.each([
    [1, 220],
    [2, 220],
    [3, 242],
    [4, 266.2],
  ])("renews at 10%% uplift after a 2-period term: base 220, period %p → %p", (period, price) => {
    expect(RAMPPRICE(220, period, undefined, 0.1, 2)).toBe(price);
  });
});

describe("DEAL.RAMPPRICE rules", () => {
  it("ignores ramp entries past the term", () => {
    expect(RAMPPRICE(100, 3, [[0, -0.5, -0.5]], 0, 2)).toBe(50);
  });

  it("keeps the last price within a term longer than the ramp list", () => {
    expect(RAMPPRICE(100, 4, [[0, -0.1]], 0.05, 4)).toBe(90);
    expect(RAMPPRICE(100, 5, [[0, -0.1]], 0.05, 4)).toBe(94.5);
  });

  it("defaults the term to the ramp's length, or 1 without a ramp", () => {
    expect(RAMPPRICE(100, 2, undefined, 0.05)).toBe(105);
    expect(RAMPPRICE(100, 1, [[""]], 0.05)).toBe(100);
  });

  it("counts blanks inside the ramp as 0 and ignores trailing blanks", () => {
    expect(RAMPPRICE(100, 3, [[0, "", -0.1, "", ""]], 0.5)).toBe(90);
    expect(RAMPPRICE(100, 4, [[0, "", -0.1, "", ""]], 0.5)).toBe(135);
  });

  it("prices exactly where floats drift", () => {
    // 0.1 × 1.1 in floats is 0.11000000000000001.
    expect(RAMPPRICE(0.1, 2, [[0, 0.1]])).toBe(0.11);
  });

  it("compounds 1199 periods of 5% uplift to the double nearest 1.05^1199", () => {
    // 1.05^1199 = 25466518955016971525452820.4559… (Python's decimal module, 80 digits).
    expect(RAMPPRICE(1, 1200, undefined, 0.05)).toBe(2.5466518955016972e25);
  });
});

describe("DEAL.RAMPPRICE errors", () => {
  it.each([
    ["negative base", () => RAMPPRICE(-1, 1), "base: expected a number ≥ 0; got -1"],
    ["period 0", () => RAMPPRICE(1, 0), "period: expected a whole number from 1 to 1200; got 0"],
    [
      "fractional period",
      () => RAMPPRICE(1, 1.5),
      "period: expected a whole number from 1 to 1200; got 1.5",
    ],
    [
      "period 1201",
      () => RAMPPRICE(1, 1201),
      "period: expected a whole number from 1 to 1200; got 1201",
    ],
    [
      "text period",
      () => RAMPPRICE(1, "two"),
      'period: expected a whole number from 1 to 1200; got text "two"',
    ],
    [
      "ramp of -1",
      () => RAMPPRICE(1, 2, [[0, -1]]),
      "ramp row 2: expected a change > -1 (a 15% cut is -0.15); got -1",
    ],
    [
      "2-D ramp",
      () =>
        RAMPPRICE(1, 2, [
          [0, 1],
          [1, 0],
        ]),
      "ramp: expected a single row or a single column; got 2 rows × 2 columns",
    ],
    ["uplift of -2", () => RAMPPRICE(1, 2, undefined, -2), "uplift: expected a change > -1"],
    ["term 0", () => RAMPPRICE(1, 2, undefined, 0, 0), "term: expected a whole number ≥ 1; got 0"],
    ["boolean base", () => RAMPPRICE(false, 1), "base: expected a number ≥ 0; got FALSE"],
  ])("rejects %s with #VALUE! and says why", (_case, call, message) => {
    const error = excelError(call);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain(`DEAL.RAMPPRICE: ${message}`);
  });

  it("answers #NUM! when the price exceeds the largest number", () => {
    const error = excelError(() => RAMPPRICE(1e300, 1200, undefined, 1));
    expect(error.code).toBe("#NUM!");
    expect(error.message).toContain("DEAL.RAMPPRICE: the result is larger than");
  });
});
