import fc from "fast-check";
import type { ModelSettings } from "../modelSettings";
import { DEFAULT_SETTINGS } from "../modelSettings";
import { contractYears, type ListPrices, type Offer, type PoolModel } from "../offer";
import { BILLING_FREQUENCIES, type ExitTerms, type PriceProtection } from "../offerTerms";
import { offers, share } from "./arbitraryOffers";

/*
 * Random complete offers that use every term of issue 12, for the end-to-end checks of the sheet
 * that prices them: pools of one to five models with their own batch and long-context shares,
 * commitments and seats per contract year, every billing frequency with a prepayment discount, a
 * burst allowance (monthly commitments), exits and price protection with a list schedule; and
 * random model settings.
 */

/** `count` shares in whole percent adding up to 100% (in decimals: 0.33 + 0.33 + 0.34 is 1). */
export const wholePercents = (count: number): fc.Arbitrary<number[]> =>
  fc.array(fc.nat(100), { minLength: count - 1, maxLength: count - 1 }).map((cuts) => {
    const bounds = [0, ...[...cuts].sort((a, b) => a - b), 100];
    return Array.from({ length: count }, (_, i) => (bounds[i + 1] - bounds[i]) / 100);
  });

const percent = (max: number) => fc.integer({ min: 0, max }).map((k) => k / 100);

/** List prices of another pool model: cheaper or dearer than the first, long context or not. */
const otherList: fc.Arbitrary<ListPrices> = fc
  .record({
    input: fc.integer({ min: 10, max: 1500 }).map((k) => k / 100),
    ratio: fc.constantFrom(4, 5, 8),
    cached: fc.boolean(),
    batch: fc.boolean(),
    longContext: fc.boolean(),
  })
  .map(({ input, ratio, cached, batch, longContext }) => ({
    input,
    output: input * ratio,
    cacheHit: cached ? input / 10 : null,
    cacheWrite: cached ? input * 1.25 : null,
    batchInput: batch ? input / 2 : null,
    batchOutput: batch ? (input * ratio) / 2 : null,
    longContextInput: longContext ? input * 2 : null,
    longContextOutput: longContext ? input * ratio * 1.5 : null,
  }));

const poolModel = (list: fc.Arbitrary<ListPrices>) =>
  fc.record({ list, batchShare: share, longContextShare: percent(30) });

function pool(first: PoolModel): fc.Arbitrary<PoolModel[]> {
  return fc
    .integer({ min: 1, max: 5 })
    .chain((count) =>
      fc
        .tuple(
          wholePercents(count),
          poolModel(fc.constant(first.list)),
          fc.array(poolModel(otherList), { minLength: count - 1, maxLength: count - 1 })
        )
        .map(([shares, head, rest]) =>
          [head, ...rest].map((m, i) => ({ model: `Model ${i + 1}`, share: shares[i], ...m }))
        )
    );
}

const exitTerms = (term: number): fc.Arbitrary<ExitTerms | null> =>
  fc.option(
    fc.record({
      noticeMonths: fc.integer({ min: 0, max: Math.min(3, term) }),
      feeMonths: fc.integer({ min: 0, max: 6 }),
      earliestMonth: fc.integer({ min: 1, max: term }),
    }),
    { nil: null }
  );

function protection(term: number, poolSize: number): fc.Arbitrary<PriceProtection | null> {
  const steps = fc
    .uniqueArray(fc.integer({ min: 2, max: Math.max(2, term) }), {
      maxLength: term >= 2 ? 3 : 0,
    })
    .chain((months) =>
      fc.tuple(
        ...[...months]
          .sort((a, b) => a - b)
          .map((fromMonth) =>
            fc
              .array(
                fc.integer({ min: 50, max: 120 }).map((k) => k / 100),
                {
                  minLength: poolSize,
                  maxLength: poolSize,
                }
              )
              .map((factors) => ({ fromMonth, factors }))
          )
      )
    );
  return fc.option(
    fc.record({
      keptDiscount: fc.oneof(fc.constant("offer" as const), percent(30)),
      listSchedule: steps,
    }),
    { nil: null }
  );
}

/** An offer of `offers` with every term drawn. */
function withEveryTerm(base: Offer): fc.Arbitrary<Offer> {
  const term = base.termMonths;
  const years = contractYears(term);
  const perYear = (value: fc.Arbitrary<number>) =>
    fc.array(value, { minLength: 1, maxLength: years });
  const monthly = base.commitment.per === "month";
  return pool(base.models[0]).chain((models) =>
    fc
      .record({
        amounts: perYear(fc.integer({ min: 0, max: 2_000 }).map((k) => k * 100)),
        frequency: fc.constantFrom(...BILLING_FREQUENCIES),
        prepaymentDiscount: percent(10),
        burst: monthly
          ? fc.option(
              fc.record({
                multiple: fc.integer({ min: 10, max: 30 }).map((k) => k / 10),
                windowMonths: fc.integer({ min: 1, max: 6 }),
              }),
              { nil: null }
            )
          : fc.constant(null),
        seatPrice: fc.integer({ min: 0, max: 60 }),
        seats: perYear(fc.integer({ min: 0, max: 3_000 })),
        platformFee: fc.integer({ min: 0, max: 20 }).map((k) => k * 10_000),
        exit: exitTerms(term),
        priceProtection: protection(term, models.length),
      })
      .map((t): Offer => ({
        ...base,
        models,
        commitment: { ...base.commitment, amounts: t.amounts },
        billing: { frequency: t.frequency, prepaymentDiscount: t.prepaymentDiscount },
        burst: t.burst,
        fees: { seatPrice: t.seatPrice, seats: t.seats, platformFee: t.platformFee },
        exit: t.exit,
        priceProtection: t.priceProtection,
      }))
  );
}

/** Random complete offers that use, between them, every term of the offer. */
export const offersWithEveryTerm: fc.Arbitrary<Offer> = offers.chain(withEveryTerm);

/** Random model settings: a discount rate from 0 to 15% and random scenario probabilities. */
export const modelSettings: fc.Arbitrary<ModelSettings> = fc
  .record({ discountRate: percent(15), probabilities: wholePercents(5) })
  .map(({ discountRate, probabilities }) => ({
    ...DEFAULT_SETTINGS,
    discountRate,
    scenarios: DEFAULT_SETTINGS.scenarios.map((s, i) => ({ ...s, probability: probabilities[i] })),
  }));

/**
 * Random complete offers with the terms the model prices beside prices and the commitment's
 * draw-down: every billing frequency with a prepayment discount of 0 to 10%, and exits or none.
 */
export const offersWithBillingAndExit: fc.Arbitrary<Offer> = offers.chain((base) =>
  fc
    .record({
      frequency: fc.constantFrom(...BILLING_FREQUENCIES),
      prepaymentDiscount: percent(10),
      exit: exitTerms(base.termMonths),
    })
    .map(({ frequency, prepaymentDiscount, exit }) => ({
      ...base,
      billing: { frequency, prepaymentDiscount },
      exit,
    }))
);
