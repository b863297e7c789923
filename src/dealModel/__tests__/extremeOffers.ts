import fc from "fast-check";
import type { TierMode } from "../../pricing";
import { contractYears, type Offer } from "../offer";
import { soleModel } from "../offerTerms";
import { smallOffer } from "./fixtures";

/*
 * Random offers as a clumsy or hostile user may type them: figures from a millionth to 10^16,
 * and now and then a value no field should take (NaN, infinities, negatives, the
 * largest and the smallest double). Terms stay short (up to three years) so that the offers that
 * pass their checks price quickly; the bounds themselves do not depend on the term's length.
 */

/** What a field may hold that it should not. */
const extreme = fc.constantFrom(NaN, Infinity, -Infinity, -1, 5e-324, 1e308, Number.MAX_VALUE);
/** Digit × 10^e, mostly from a thousandth to ten million, at times from a millionth to 10^16. */
const magnitude = fc
  .tuple(
    fc.integer({ min: 1, max: 9 }),
    fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: -3, max: 7 }) },
      { weight: 1, arbitrary: fc.integer({ min: -6, max: 16 }) }
    )
  )
  .map(([digit, exponent]) => Number(`${digit}e${exponent}`));
const sometimesExtreme = (usual: fc.Arbitrary<number>) =>
  fc.oneof({ weight: 30, arbitrary: usual }, { weight: 1, arbitrary: extreme });
/** A figure ≥ 0: an amount, a price, tokens. */
const figure = sometimesExtreme(fc.oneof(fc.constant(0), magnitude));
const share = fc.integer({ min: 0, max: 100 }).map((x) => x / 100);
/** A change: a cut or a rise of up to 100%, or a runaway rise. */
const change = sometimesExtreme(
  fc.oneof(
    fc.integer({ min: -99, max: 100 }).map((x) => x / 100),
    magnitude
  )
);
const price = fc.option(figure, { nil: null, freq: 3 });

export const extremeOffers: fc.Arbitrary<Offer> = fc
  .record({
    termMonths: fc.integer({ min: 1, max: 36 }),
    input: figure,
    output: figure,
    growth: change,
    list: fc.record({
      input: figure,
      output: figure,
      cacheHit: price,
      cacheWrite: price,
      batchInput: price,
      batchOutput: price,
      longContextInput: price,
      longContextOutput: price,
    }),
    discount: fc.option(share, { nil: undefined }),
    tiers: fc.tuple(figure, figure, figure, figure, figure),
    mode: fc.constantFrom("graduated", "volume", "stairstep") as fc.Arbitrary<TierMode>,
    batchShare: share,
    cacheHitShare: share,
    cacheWriteShare: share,
    amount: figure,
    yearly: fc.boolean(),
    rolloverCap: share,
    overageRate: figure,
    ramp: fc.array(change, { minLength: 3, maxLength: 3 }),
    renewalUpliftCap: change,
  })
  .map((a): Offer =>
    smallOffer({
      termMonths: a.yearly ? 12 * contractYears(a.termMonths) : a.termMonths,
      forecast: { inputTokensM: a.input, outputTokensM: a.output, monthlyGrowth: a.growth },
      models: soleModel("Model", a.list, a.batchShare),
      pricing:
        a.discount === undefined
          ? {
              kind: "tiers",
              mode: a.mode,
              tiers: [
                { upTo: a.tiers[0], price: a.tiers[1], flatFee: a.tiers[2] },
                { upTo: Infinity, price: a.tiers[3], flatFee: a.tiers[4] },
              ],
            }
          : { kind: "discount", discount: a.discount },
      cacheHitShare: a.cacheHitShare,
      cacheWriteShare: Math.min(a.cacheWriteShare, Number((1 - a.cacheHitShare).toFixed(2))),
      commitment: {
        amounts: [a.amount],
        per: a.yearly ? "year" : "month",
        rolloverCap: a.rolloverCap,
      },
      overageRate: a.overageRate,
      ramp: a.ramp,
      renewalUpliftCap: a.renewalUpliftCap,
    })
  );
