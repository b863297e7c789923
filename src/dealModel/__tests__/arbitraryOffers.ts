import fc from "fast-check";
import type { TierMode } from "../../pricing";
import type { Offer } from "../offer";
import { soleModel } from "../offerTerms";
import { smallOffer } from "./fixtures";

/*
 * Random complete offers for property tests: short terms (up to four years), figures with few
 * digits as people type them, every pricing basis, commitment period and SLA schedule kind, on
 * neutral terms (termsWithEvery.ts adds the rest).
 */

/** A decimal with few digits, as figures are typed: k × 10^-places. */
export const short = (maxDigits: number, maxPlaces: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: 10 ** maxDigits }), fc.integer({ min: 0, max: maxPlaces }))
    .map(([k, places]) => Number(`${k}e-${places}`));
export const share = short(3, 3).map((x) => Math.min(x, 1));

/**
 * One to four uptime outcomes from 99.0% to 100%, with probabilities in whole percent adding up
 * to 100%.
 */
const uptimeOutcomes = fc
  .array(fc.record({ uptime: fc.integer({ min: 990, max: 1000 }), weight: fc.nat(100) }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((drawn) => {
    const cuts = drawn
      .map((d) => d.weight)
      .slice(1)
      .sort((a, b) => a - b);
    const bounds = [0, ...cuts, 100];
    return drawn.map((d, i) => ({
      uptime: d.uptime / 1000,
      probability: (bounds[i + 1] - bounds[i]) / 100,
    }));
  });

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
    cacheWriteShare: share,
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
    outcomes: uptimeOutcomes,
  })
  .map((a): Offer =>
    smallOffer({
      termMonths: a.years * 12 + (a.yearly ? 0 : a.extraMonths),
      forecast: { inputTokensM: a.input, outputTokensM: a.output, monthlyGrowth: a.growth },
      models: soleModel(
        "Model",
        {
          input: 3,
          output: 15,
          cacheHit: 0.3,
          cacheWrite: 3.75,
          batchInput: 1.5,
          batchOutput: null,
          longContextInput: 6,
          longContextOutput: null,
        },
        a.batchShare
      ),
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
      cacheHitShare: a.cacheHitShare,
      // Hits and writes share the other input: what the hits leave, at most.
      cacheWriteShare: Math.min(a.cacheWriteShare, Number((1 - a.cacheHitShare).toFixed(3))),
      commitment: {
        amounts: [a.amount],
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
            uptimeOutcomes: a.outcomes,
          }
        : { ...smallOffer().sla, uptimeOutcomes: a.outcomes },
    })
  );
