import { TierTable } from "../tierTable";
import { Tier } from "../tierTypes";
import { tieredCost } from "../tieredCost";

describe("TierTable", () => {
  it("keeps its own copy, so later edits to the tiers it was built from change nothing", () => {
    const tiers: Tier[] = [
      { upTo: 10, price: 2, flatFee: 0 },
      { upTo: Infinity, price: 1, flatFee: 0 },
    ];
    const table = TierTable.of(tiers);
    tiers[0] = { upTo: 10, price: 100, flatFee: 0 };
    expect(tieredCost(20, table)).toBe(30);
  });

  it("prices the same as the plain tier list it was built from", () => {
    const tiers: Tier[] = [
      { upTo: 5, price: 5, flatFee: 1 },
      { upTo: 10, price: 4.5, flatFee: 0.25 },
      { upTo: Infinity, price: 3, flatFee: 0 },
    ];
    for (const mode of ["graduated", "volume", "stairstep"] as const) {
      for (const units of [0, 5, 7.5, 10, 11]) {
        expect(tieredCost(units, TierTable.of(tiers), mode)).toBe(tieredCost(units, tiers, mode));
      }
    }
  });

  it("records decimal places running through the tiers for the fast path", () => {
    const tiers = [
      { upTo: 1.5, price: 2.25, flatFee: 0 },
      { upTo: 3, price: 1, flatFee: 0.125 },
      // Held at 15 digits, 0.333333333333333: 15 places, still on the fast path.
      { upTo: Infinity, price: 1 / 3, flatFee: 0 },
    ];
    const table = TierTable.of(tiers);
    expect(table.boundPlacesThrough).toEqual([1, 1, 1]);
    expect(table.pricePlacesThrough).toEqual([2, 3, 15]);
    // A third of a millionth, 3.33333333333333E-7, has 21 places: beyond the fast path.
    tiers[2] = { ...tiers[2], price: 1e-6 / 3 };
    expect(TierTable.of(tiers).pricePlacesThrough).toEqual([2, 3, -1]);
  });

  it("keeps every number as Excel holds it, so bounds equal at 15 digits are not increasing", () => {
    const table = TierTable.of([
      { upTo: 0.1 + 0.2, price: 0.1 * 3, flatFee: -0 },
      { upTo: Infinity, price: 1, flatFee: 0 },
    ]);
    expect(table.tiers[0]).toMatchObject({ upTo: 0.3, price: 0.3 });
    expect(Object.is(table.tiers[0].flatFee, 0)).toBe(true);
    expect(() =>
      TierTable.of([
        { upTo: 1, price: 1, flatFee: 0 },
        { upTo: 1 + Number.EPSILON, price: 1, flatFee: 0 },
      ])
    ).toThrow("tiers row 2 (bound): expected a bound greater than the bound above it (1); got 1.");
  });

  it("rejects an unbounded tier before the last", () => {
    expect(() =>
      TierTable.of([
        { upTo: Infinity, price: 1, flatFee: 0 },
        { upTo: 5, price: 1, flatFee: 0 },
      ])
    ).toThrow(
      "DEAL.TIEREDCOST: tiers row 1 (bound): expected a bound; only the last tier may be left without one; got no upper limit."
    );
  });
});
