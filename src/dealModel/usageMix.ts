import { Dec, ONE, ZERO, dec, quotient } from "../pricing/decimal";
import type { ListPrices, Offer, PoolModel } from "./offer";

/*
 * One usage mix for every offer, so that offers compare like for like. A month's input tokens I
 * and output tokens O (millions) split as the offer's shares say: a batch share b of all tokens
 * goes through the batch API, and of the other input tokens a share h is read from the prompt
 * cache and a share w written to it. At prices P (USD per M tokens):
 *   cost = I·(1−b)·((1−h−w)·P.input + h·P.cacheHit + w·P.cacheWrite)
 *        + O·(1−b)·P.output + b·(I·P.batchInput + O·P.batchOutput),
 * a missing price falling back to the standard one. The model sheet writes the same formula.
 *
 * A pool of models shares the offer's tokens (schedule.ts, rule 2): model k takes a share s_k of
 * the input and of the output, at its own prices, batch share and long-context share ℓ_k. Its
 * blended prices per M tokens are the mix's cost of one M input and of one M output token, each
 * × (1 + ℓ_k·(long-context price ÷ standard price − 1)); the pool's are Σ s_k × the model's.
 * List cost = I × the pool's input price + O × its output price.
 *
 * Tier prices are all-in prices for the first model's tokens at standard rates. The mix factor
 * carries the pool and the mix over to them: factor = (list cost of the pool) ÷ (the first
 * model's list cost at standard rates, I·input + O·output), so batch, cache and cheaper models
 * save a tiered offer the same share they save at list prices.
 */

/** The mix's shares: a model's batch share and the workload's cache shares. */
export interface UsageMix {
  readonly batchShare: number;
  readonly cacheHitShare: number;
  readonly cacheWriteShare: number;
}

/** The usage mix of one model of the offer's pool. */
export const usageMixOf = (offer: Offer, model: PoolModel): UsageMix => ({
  batchShare: model.batchShare,
  cacheHitShare: offer.cacheHitShare,
  cacheWriteShare: offer.cacheWriteShare,
});

/** Cost of the mix at `list` × `scale` (1 − discount), exact. */
export function mixCost(
  list: ListPrices,
  mix: UsageMix,
  inputM: number,
  outputM: number,
  scale: Dec = ONE
): Dec {
  const price = (p: number | null, fallback: number) => dec(p ?? fallback).times(scale);
  const [I, O, b] = [dec(inputM), dec(outputM), dec(mix.batchShare)];
  const [h, w] = [dec(mix.cacheHitShare), dec(mix.cacheWriteShare)];
  const notBatch = ONE.minus(b);
  const terms: (readonly [Dec, Dec])[] = [
    [I.times(notBatch).times(ONE.minus(h).minus(w)), price(list.input, list.input)],
    [I.times(notBatch).times(h), price(list.cacheHit, list.input)],
    [I.times(notBatch).times(w), price(list.cacheWrite, list.input)],
    [O.times(notBatch), price(list.output, list.output)],
    [b.times(I), price(list.batchInput, list.input)],
    [b.times(O), price(list.batchOutput, list.output)],
  ];
  return terms.reduce((sum: Dec, [tokens, p]) => sum.plus(tokens.times(p)), ZERO);
}

/** Cost of the same tokens at standard rates, no batch and no cache. */
export function standardCost(list: ListPrices, inputM: number, outputM: number): Dec {
  return dec(inputM)
    .times(dec(list.input))
    .plus(dec(outputM).times(dec(list.output)));
}

/** List cost of the mix ÷ list cost at standard rates; 1 when the standard cost is 0. */
export function mixFactor(list: ListPrices, mix: UsageMix, inputM: number, outputM: number): Dec {
  const standard = standardCost(list, inputM, outputM);
  return standard.isZero() ? ONE : quotient(mixCost(list, mix, inputM, outputM), standard);
}

/** A price per M input tokens and per M output tokens. */
export interface TokenPrices {
  readonly input: Dec;
  readonly output: Dec;
}

/** 1 + ℓ·(long-context price ÷ standard price − 1); 1 without a long-context price or a standard one. */
function longContextFactor(share: number, longContext: number | null, standard: number): Dec {
  if (longContext === null || standard === 0) return ONE;
  const ratio = quotient(dec(longContext), dec(standard));
  return ONE.plus(dec(share).times(ratio.minus(ONE)));
}

/** A pool model's blended list prices per M input and per M output tokens, exact. */
export function modelPrices(offer: Offer, model: PoolModel): TokenPrices {
  const { list } = model;
  const mix = usageMixOf(offer, model);
  const share = model.longContextShare;
  return {
    input: mixCost(list, mix, 1, 0).times(
      longContextFactor(share, list.longContextInput, list.input)
    ),
    output: mixCost(list, mix, 0, 1).times(
      longContextFactor(share, list.longContextOutput, list.output)
    ),
  };
}

/**
 * The pool's blended list prices: Σ share × the model's prices × its factor (its list price then
 * ÷ at signing, listSchedule.ts); at signing without factors.
 */
export function poolPrices(offer: Offer, factors?: readonly number[]): TokenPrices {
  return offer.models.reduce(
    (sum: TokenPrices, model, k) => {
      const prices = modelPrices(offer, model);
      const weight = dec(model.share).times(dec(factors?.[k] ?? 1));
      return {
        input: sum.input.plus(prices.input.times(weight)),
        output: sum.output.plus(prices.output.times(weight)),
      };
    },
    { input: ZERO, output: ZERO }
  );
}

/** I × the pool's input price + O × its output price, exact. */
export function poolCost(prices: TokenPrices, inputM: number, outputM: number): Dec {
  return dec(inputM).times(prices.input).plus(dec(outputM).times(prices.output));
}

/** The pool's list cost ÷ the first model's at standard rates; 1 when that is 0. */
export function poolMixFactor(offer: Offer, inputM: number, outputM: number): Dec {
  const standard = standardCost(offer.models[0].list, inputM, outputM);
  return standard.isZero() ? ONE : quotient(poolCost(poolPrices(offer), inputM, outputM), standard);
}
