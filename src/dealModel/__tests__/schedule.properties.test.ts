import fc from "fast-check";
import { Dec, ZERO, dec } from "../../pricing/decimal";
import type { Offer } from "../offer";
import { computeSchedule, summarize } from "../schedule";
import { smallOffer } from "./fixtures";

/** A decimal with few digits, as figures are typed: k × 10^-places. */
const short = (maxDigits: number, maxPlaces: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: 10 ** maxDigits }), fc.integer({ min: 0, max: maxPlaces }))
    .map(([k, places]) => Number(`${k}e-${places}`));
const share = short(3, 3).map((x) => Math.min(x, 1));

const offers: fc.Arbitrary<Offer> = fc
  .record({
    years: fc.integer({ min: 1, max: 3 }),
    extraMonths: fc.integer({ min: 0, max: 11 }),
    input: short(5, 2),
    output: short(5, 2),
    growth: fc.integer({ min: -50, max: 50 }).map((x) => x / 1000),
    discount: share,
    tiered: fc.boolean(),
    batchShare: share,
    cacheHitShare: share,
    amount: fc.oneof(fc.constant(0), short(6, 2)),
    yearly: fc.boolean(),
    rolloverCap: share,
    expiry: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    trueUp: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    overageRate: fc.integer({ min: 100, max: 200 }).map((x) => x / 100),
    ramp: fc.array(
      fc.integer({ min: -30, max: 10 }).map((x) => x / 100),
      { maxLength: 4 }
    ),
    uptime: fc.integer({ min: 990, max: 1000 }).map((x) => x / 1000),
  })
  .map((a): Offer =>
    smallOffer({
      termMonths: a.years * 12 + (a.yearly ? 0 : a.extraMonths),
      forecast: { inputTokensM: a.input, outputTokensM: a.output, monthlyGrowth: a.growth },
      list: { input: 3, output: 15, cacheHit: 0.3, batchInput: 1.5, batchOutput: null },
      pricing: a.tiered
        ? {
            kind: "tiers",
            mode: "graduated",
            tiers: [
              { upTo: 1000, price: 5, flatFee: 100 },
              { upTo: 10000, price: 4, flatFee: 0 },
              { upTo: Infinity, price: 3.5, flatFee: 0 },
            ],
          }
        : { kind: "discount", discount: a.discount },
      batchShare: a.batchShare,
      cacheHitShare: a.cacheHitShare,
      commitment: {
        amount: a.amount,
        per: a.yearly ? "year" : "month",
        rolloverCap: a.rolloverCap,
        expiryMonths: a.expiry,
        trueUpMonths: a.trueUp,
      },
      overageRate: a.overageRate,
      ramp: a.ramp,
      sla: { ...smallOffer().sla, expectedUptime: a.uptime },
    })
  );

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
        const { amount, per } = offer.commitment;
        const periods = per === "month" ? offer.termMonths : offer.termMonths / 12;
        near(term.billedCommitment, dec(amount).times(periods));
      }),
      RUNS
    );
  });

  it("with no commitment, forfeits nothing and charges exactly the usage cost", () => {
    fc.assert(
      fc.property(offers, factor, (offer, f) => {
        const payAsYouGo = { ...offer, commitment: { ...offer.commitment, amount: 0 } };
        computeSchedule(payAsYouGo, f).forEach((r) => {
          expect(r.forfeited).toBe(0);
          expect(r.covered).toBe(0);
          expect(r.charge).toBe(r.usageCost);
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
