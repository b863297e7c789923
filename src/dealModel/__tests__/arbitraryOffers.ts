import fc from "fast-check";
import type { TierMode } from "../../pricing";
import type { Offer } from "../offer";
import { smallOffer } from "./fixtures";

/*
 * Random complete offers for property tests: short terms (up to four years), figures with few
 * digits as people type them, every pricing basis, commitment period and SLA schedule kind.
 */

/** A decimal with few digits, as figures are typed: k × 10^-places. */
const short = (maxDigits: number, maxPlaces: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: 10 ** maxDigits }), fc.integer({ min: 0, max: maxPlaces }))
    .map(([k, places]) => Number(`${k}e-${places}`));
const share = short(3, 3).map((x) => Math.min(x, 1));

export const offers: fc.Arbitrary<Offer> = fc
  .record({
    years: fc.integer({ min: 1, max: 3 }),
    extraMonths: fc.integer({ min: 0, max: 11 }),
    input: short(5, 2),
    output: short(5, 2),
    growth: fc.integer({ min: -50, max: 50 }).map((x) => x / 1000),
    discount: share,
    tiered: fc.boolean(),
    tierMode: fc.constantFrom("graduated", "volume", "stairstep") as fc.Arbitrary<TierMode>,
    slaTable: fc.boolean(),
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
            mode: a.tierMode,
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
      sla: a.slaTable
        ? {
            schedule: {
              kind: "table",
              rows: [
                { threshold: 0.999, share: 0.1 },
                { threshold: 0.99, share: 0.25 },
              ],
            },
            cap: 1,
            expectedUptime: a.uptime,
          }
        : { ...smallOffer().sla, expectedUptime: a.uptime },
    })
  );
