import fc from "fast-check";
import { Dec, ZERO, dec } from "../../pricing/decimal";
import { asExcelHolds } from "../../pricing/excelNumber";
import { computeSchedule, summarize } from "../schedule";
import { offers } from "./arbitraryOffers";

const factor = fc.integer({ min: 0, max: 200 }).map((x) => x / 100);
const exact = (values: readonly number[]): Dec =>
  values.reduce((s: Dec, v) => s.plus(dec(v)), ZERO);
/** Equal up to the rounding of each figure to the nearest number. */
const near = (a: Dec | number, b: Dec | number) =>
  expect(
    dec(Number(a))
      .minus(dec(Number(b)))
      .abs()
      .toNumber()
  ).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(Number(a))));
const RUNS = { numRuns: 150 };

describe("deal model laws", () => {
  it("never lowers a month's usage cost or charge before credits when usage grows", () => {
    fc.assert(
      fc.property(offers, factor, factor, (offer, f1, f2) => {
        // Volume and stairstep tables may charge less just past a break: the law is graduated's.
        fc.pre(offer.pricing.kind === "discount" || offer.pricing.mode === "graduated");
        const [low, high] = f1 <= f2 ? [f1, f2] : [f2, f1];
        const a = computeSchedule(offer, low);
        const b = computeSchedule(offer, high);
        a.forEach((row, i) => {
          expect(row.usageCost).toBeLessThanOrEqual(b[i].usageCost);
          expect(row.charge).toBeLessThanOrEqual(b[i].charge);
        });
      }),
      RUNS
    );
  });

  it("balances the commitment every month: carried in + released = covered + carried out + forfeited", () => {
    fc.assert(
      fc.property(offers, factor, (offer, f) => {
        computeSchedule(offer, f).forEach((r) =>
          near(exact([r.carriedIn, r.commitment]), exact([r.covered, r.carriedOut, r.forfeited]))
        );
      }),
      RUNS
    );
  });

  it("splits usage cost into covered and overage, and the commitment into covered and lost", () => {
    fc.assert(
      fc.property(offers, factor, (offer, f) => {
        const rows = computeSchedule(offer, f);
        const { term } = summarize(offer, rows);
        rows.forEach((r) => near(r.usageCost, exact([r.covered, r.overage])));
        near(exact(rows.map((r) => r.commitment)), exact([term.covered, term.forfeited]));
      }),
      RUNS
    );
  });

  it("bills the whole commitment over the term, used or not", () => {
    fc.assert(
      fc.property(offers, factor, (offer, f) => {
        const { term } = summarize(offer, computeSchedule(offer, f));
        // The random offers commit one amount for every contract year.
        const { amounts, per } = offer.commitment;
        const periods = per === "month" ? offer.termMonths : offer.termMonths / 12;
        near(term.billedCommitment, dec(amounts[0]).times(periods));
      }),
      RUNS
    );
  });

  it("with no commitment at rate 1, forfeits nothing and charges exactly the usage cost", () => {
    fc.assert(
      fc.property(offers, factor, (offer, f) => {
        const payAsYouGo = {
          ...offer,
          overageRate: 1,
          commitment: { ...offer.commitment, amounts: [0] },
        };
        computeSchedule(payAsYouGo, f).forEach((r) => {
          expect(r.forfeited).toBe(0);
          expect(r.covered).toBe(0);
          // ROLLOVER takes the usage cost as Excel holds it, at 15 digits, as the sheet does.
          expect(r.charge).toBe(asExcelHolds(r.usageCost));
        });
      }),
      RUNS
    );
  });

  it("nets each month's credit off its charge, the credit at most the cap's share", () => {
    fc.assert(
      fc.property(offers, factor, (offer, f) => {
        computeSchedule(offer, f).forEach((r) => {
          near(r.netCost, dec(r.charge).minus(dec(r.slaCredit)));
          expect(r.slaCredit).toBeLessThanOrEqual(r.charge * offer.sla.cap);
          expect(r.slaCredit).toBeGreaterThanOrEqual(0);
        });
      }),
      RUNS
    );
  });

  it("adds the years up to the term", () => {
    fc.assert(
      fc.property(offers, (offer) => {
        const summary = summarize(offer, computeSchedule(offer));
        near(exact(summary.years.map((y) => y.netCost)), summary.term.netCost);
        near(exact(summary.years.map((y) => y.tokensM)), summary.term.tokensM);
      }),
      RUNS
    );
  });
});
