import type { Offer } from "../../dealModel";
import type { Tier } from "../../pricing";
import { firstMonth } from "./forecastKind";

/**
 * The tier table an offer starts with when the user switches it to tiers: one unbounded tier at
 * the forecast's blended list price (input and output weighted by their tokens in month 1, to the
 * cent), so the month's cost starts where list prices put it and the user writes the breaks below.
 */
export function startingTiers(offer: Offer): Tier[] {
  const { inputTokensM, outputTokensM } = firstMonth(offer.forecast);
  // Tier prices are the first pool model's.
  const { list } = offer.models[0];
  const tokens = inputTokensM + outputTokensM;
  const blended =
    tokens > 0 ? (inputTokensM * list.input + outputTokensM * list.output) / tokens : list.input;
  const price = Number.isFinite(blended) ? Math.round(blended * 100) / 100 : 0;
  return [{ upTo: Infinity, price, flatFee: 0 }];
}
