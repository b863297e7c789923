import { tieredCostFunction as TIEREDCOST } from "../tieredCost";

// The worked examples of the TIEREDCOST contract, as a user would enter them in cells.
const fiveTiers = [
  [5, 5],
  [10, 4],
  [15, 3],
  [20, 2],
  ["", 1],
];
const feeTiers = [
  [10, 10, 2],
  [20, 5, 3],
  ["", 5, 3],
];
const perMillion = [
  [1e9, 15],
  [1e10, 12],
  ["", 9],
];

describe("DEAL.TIEREDCOST worked examples", () => {
  it.each([
    [1, 5],
    [5, 25],
    [6, 24],
    [20, 40],
    [25, 25],
  ])("prices %p units in volume mode at %p", (units, cost) => {
    expect(TIEREDCOST(units, fiveTiers, "volume")).toBe(cost);
  });

  it("prices 6 units graduated at 29 (5 at 5, 1 at 4)", () => {
    expect(TIEREDCOST(6, fiveTiers)).toBe(29);
    expect(TIEREDCOST(6, fiveTiers, "graduated")).toBe(29);
  });

  it.each([
    [0, 2],
    [1, 12],
    [10, 102],
    [11, 110],
    [21, 163],
  ])("charges flat fees of reached tiers: graduated %p units cost %p", (units, cost) => {
    expect(TIEREDCOST(units, feeTiers, "graduated")).toBe(cost);
  });

  it("prices 2e9 tokens per million: graduated 27000, volume 24000", () => {
    expect(TIEREDCOST(2e9, perMillion, "graduated", 1000000)).toBe(27000);
    expect(TIEREDCOST(2e9, perMillion, "volume", 1000000)).toBe(24000);
  });
});

describe("DEAL.TIEREDCOST modes", () => {
  it("prices stairstep as the tier's price plus its flat fee, ignoring per", () => {
    expect(TIEREDCOST(0, feeTiers, "stairstep")).toBe(12);
    expect(TIEREDCOST(15, feeTiers, "stairstep", 1000)).toBe(8);
    expect(TIEREDCOST(25, fiveTiers, "stairstep")).toBe(1);
  });

  it("reads mode case-insensitively, ignores surrounding spaces and accepts tiered and bulk", () => {
    expect(TIEREDCOST(6, fiveTiers, "  VOLUME ")).toBe(24);
    expect(TIEREDCOST(6, fiveTiers, "Bulk")).toBe(24);
    expect(TIEREDCOST(6, fiveTiers, "tiered")).toBe(29);
    expect(TIEREDCOST(6, fiveTiers, "StairStep")).toBe(4);
  });

  it("treats a blank mode and a blank per as their defaults", () => {
    expect(TIEREDCOST(6, fiveTiers, "", "")).toBe(29);
    expect(TIEREDCOST(6, fiveTiers, null, null)).toBe(29);
    expect(TIEREDCOST(6, fiveTiers, undefined, undefined)).toBe(29);
  });
});

describe("DEAL.TIEREDCOST tier boundaries", () => {
  it("counts a quantity exactly on a bound in the lower tier (bounds are inclusive)", () => {
    expect(TIEREDCOST(5, fiveTiers, "volume")).toBe(25);
    expect(TIEREDCOST(10, fiveTiers, "volume")).toBe(40);
    expect(TIEREDCOST(10, feeTiers, "graduated")).toBe(102);
  });

  it("reaches the next tier with the smallest step above a bound", () => {
    expect(TIEREDCOST(10.5, feeTiers, "graduated")).toBe(107.5);
    expect(TIEREDCOST(5.000001, fiveTiers, "volume")).toBe(20.000004);
  });

  it("accepts 0 or empty text as the last tier's blank bound", () => {
    expect(
      TIEREDCOST(1000, [
        [10, 2],
        [0, 1],
      ])
    ).toBe(1010);
    expect(
      TIEREDCOST(1000, [
        [10, 2],
        ["", 1],
      ])
    ).toBe(1010);
    expect(
      TIEREDCOST(1000, [
        [10, 2],
        [null, 1],
      ])
    ).toBe(1010);
  });

  it("allows units exactly at a bounded last tier", () => {
    expect(TIEREDCOST(20, fiveTiers.slice(0, 4), "volume")).toBe(40);
  });
});

describe("DEAL.TIEREDCOST decimal exactness", () => {
  it("takes each input as Excel holds it, so 0.1 + 0.2 style sums are exact", () => {
    // 3 units at 0.1 then 0.2: float arithmetic gives 0.30000000000000004 for the first two.
    expect(
      TIEREDCOST(3, [
        [1, 0.1],
        [2, 0.2],
        ["", 0],
      ])
    ).toBe(0.3);
    expect(
      TIEREDCOST(0.3, [
        [0.1, 1],
        ["", 2],
      ])
    ).toBe(0.5);
  });

  it("divides by per once, at the end", () => {
    expect(TIEREDCOST(1, [["", 1]], "graduated", 3)).toBe(1 / 3);
    expect(TIEREDCOST(123456789, [["", 0.0375]], "volume", 1e6)).toBe(4.6296295875);
  });

  it("answers with the double nearest the exact decimal even beyond the fast path", () => {
    // 1e300 units overflow the scaled-integer path; the decimal path gives 3e300 exactly.
    expect(TIEREDCOST(1e300, [["", 3]])).toBe(3e300);
    // A third of a millionth is held as 3.33333333333333E-7: 21 places, beyond the fast path.
    expect(TIEREDCOST(2, [["", 1e-6 / 3]])).toBe(6.66666666666666e-7);
  });

  it("takes a price of =1/3 at the 15 digits Excel holds, 0.333333333333333", () => {
    expect(TIEREDCOST(3, [["", 1 / 3]])).toBe(0.999999999999999);
    expect(TIEREDCOST(2, [["", 1 / 3]])).toBe(0.666666666666666);
  });
});
