import {
  InvalidOfferError,
  computeSchedule,
  lowestIndex,
  summarize,
  type Offer,
} from "../../dealModel";
import { PricingError } from "../../pricing";
import { count } from "./count";
import { offerLabel } from "./offerLabel";

/** What the offers cost over their terms at the forecast, before anything is written. */
export interface Comparison {
  readonly kind: "comparison";
  /** "Offer 1 (Anthropic): $4,123,456 over 36 months", one per offer. */
  readonly lines: readonly string[];
  /** "Cheapest at the forecast: Offer 2 (OpenAI)." and, when the terms differ, a caution. */
  readonly verdict: string;
}

/** Why the offers could not be priced: the model would show errors where figures should be. */
export interface PreviewProblem {
  readonly kind: "problem";
  /** "Offer 2 (OpenAI) cannot be priced: …", naming the offer and what the pricing core refused. */
  readonly message: string;
}

export type Preview = Comparison | PreviewProblem;

const USD = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  maximumFractionDigits: 0,
});

const unpriced = (offer: Offer, index: number, reason: string): PreviewProblem => ({
  kind: "problem",
  message: `${offerLabel(offer, index)} cannot be priced: ${reason} Change its figures to write the model.`,
});

/**
 * The term total of each offer (net cost, after expected SLA credits) and the cheapest, from the
 * deal model's own computation: the figures the model sheet will show. Whatever the offers, it
 * returns a comparison or the problem that prevents one: an offer the pricing core refuses, or a
 * total beyond what a cell holds. Field checks (offerProblems) should leave nothing for it to find.
 */
export function compareOffers(offers: readonly Offer[]): Preview {
  const costs: number[] = [];
  for (const [i, offer] of offers.entries()) {
    let netCost: number;
    try {
      netCost = summarize(offer, computeSchedule(offer)).term.netCost;
    } catch (error) {
      if (error instanceof PricingError || error instanceof InvalidOfferError) {
        return unpriced(offer, i, error.message);
      }
      throw error;
    }
    if (!Number.isFinite(netCost)) {
      return unpriced(offer, i, "its net cost is beyond the largest number a cell holds.");
    }
    costs.push(netCost);
  }
  const lines = offers.map(
    (offer, i) =>
      `${offerLabel(offer, i)}: ${USD.format(costs[i])} over ${count(offer.termMonths, "month")}`
  );
  const best = lowestIndex(costs);
  const sameTerm = offers.every((offer) => offer.termMonths === offers[0].termMonths);
  const caution = sameTerm
    ? ""
    : " The terms differ, so the totals cover different lengths of time.";
  return {
    kind: "comparison",
    lines,
    verdict: `Cheapest at the forecast: ${offerLabel(offers[best], best)}.${caution}`,
  };
}
