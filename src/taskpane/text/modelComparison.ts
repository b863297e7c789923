import { cheapest, computeSchedule, summarize, type Offer } from "../../dealModel";
import { count } from "./count";
import { offerLabel } from "./offerLabel";

/** What the offers cost over their terms at the forecast, before anything is written. */
export interface Comparison {
  /** "Offer 1 (Anthropic): $4,123,456 over 36 months", one per offer. */
  readonly lines: readonly string[];
  /** "Cheapest at the forecast: Offer 2 (OpenAI)." and, when the terms differ, a caution. */
  readonly verdict: string;
}

const USD = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  maximumFractionDigits: 0,
});

/**
 * The term total of each offer (net cost, after expected SLA credits) and the cheapest, from the
 * deal model's own computation: the figures the model sheet will show.
 * @throws InvalidOfferError when an offer is not complete and valid: call it once none has problems.
 */
export function compareOffers(offers: readonly Offer[]): Comparison {
  const lines = offers.map((offer, i) => {
    const { term } = summarize(offer, computeSchedule(offer));
    return `${offerLabel(offer, i)}: ${USD.format(term.netCost)} over ${count(offer.termMonths, "month")}`;
  });
  const best = cheapest(offers);
  const sameTerm = offers.every((offer) => offer.termMonths === offers[0].termMonths);
  const caution = sameTerm
    ? ""
    : " The terms differ, so the totals cover different lengths of time.";
  return {
    lines,
    verdict: `Cheapest at the forecast: ${offerLabel(best.offer, best.index)}.${caution}`,
  };
}
