import fc from "fast-check";
import { MAX_MONTHLY_FIGURE } from "../offerBounds";
import { offerProblems } from "../offerProblems";
import { computeSchedule, summarize, type MonthRow } from "../schedule";
import { extremeOffers } from "./extremeOffers";

/** The figures of a month the bounds hold to MAX_MONTHLY_FIGURE. */
const BOUNDED: readonly (keyof MonthRow)[] = [
  "inputTokensM",
  "outputTokensM",
  "listCost",
  "mixFactor",
  "forecastBaseCost",
  "usageCost",
  "priceFactor",
  "commitment",
  "overageCharge",
];

describe("the bounds on an offer's figures", () => {
  it("leave every figure of an offer without problems finite and within a trillion a month, at the forecast and at 150% of it", () => {
    let priced = 0;
    fc.assert(
      fc.property(extremeOffers, (offer) => {
        if (offerProblems(offer).length > 0) return;
        priced++;
        const rows = computeSchedule(offer);
        for (const row of rows) {
          for (const value of Object.values(row)) expect(Number.isFinite(value)).toBe(true);
          for (const key of BOUNDED) expect(row[key]).toBeLessThanOrEqual(MAX_MONTHLY_FIGURE);
        }
        const { term, renewalPriceFactor } = summarize(offer, rows);
        for (const value of Object.values(term)) expect(Number.isFinite(value)).toBe(true);
        expect(renewalPriceFactor).toBeLessThanOrEqual(MAX_MONTHLY_FIGURE);
        const high = summarize(offer, computeSchedule(offer, 1.5)).term;
        expect(Number.isFinite(high.netCost)).toBe(true);
      }),
      { numRuns: 100 }
    );
    // Not a law about nothing: a good share of the random offers pass their checks and are priced.
    expect(priced).toBeGreaterThan(15);
  });
});
