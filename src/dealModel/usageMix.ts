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
 * Tier prices are all-in prices for tokens at standard rates. The mix factor carries the mix over
 * to them: factor = (list cost of the mix) ÷ (list cost at standard rates, I·input + O·output), so
 * batch and cache save a tiered offer the same share they save at list prices.
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
