import type { Offer } from "./offer";
import { computeSchedule, summarize } from "./schedule";

/** The shares of the usage forecast the exposure block prices: low side, forecast, high side. */
export const EXPOSURE_FACTORS: readonly number[] = [0.5, 0.75, 1, 1.25, 1.5];

/** An offer's totals over the term when usage is `factor` × the forecast; money in USD. */
export interface ExposurePoint {
  readonly factor: number;
  /** Net cost of the term. */
  readonly termCost: number;
  /** Commitment lost over the term (the low side's risk), including what is carried at the end. */
  readonly forfeited: number;
  /** Overage charged over the term, at the overage rate (the high side's risk). */
  readonly overageCharge: number;
  /** Net cost per million tokens used; `null` when no tokens are used. */
  readonly effectivePricePerM: number | null;
}

/**
 * The offer's term totals at each share of the forecast (50% to 150% by default).
 * @throws InvalidOfferError when the offer is not complete and valid.
 */
export function exposure(
  offer: Offer,
  factors: readonly number[] = EXPOSURE_FACTORS
): ExposurePoint[] {
  return factors.map((factor) => {
    const { term, effectivePricePerM } = summarize(offer, computeSchedule(offer, factor));
    return {
      factor,
      termCost: term.netCost,
      forfeited: term.forfeited,
      overageCharge: term.overageCharge,
      effectivePricePerM,
    };
  });
}

/** The offer with the lowest net cost of the term at 100% of the forecast. */
export interface Cheapest {
  /** Position of the offer in the list given. */
  readonly index: number;
  readonly offer: Offer;
  readonly termCost: number;
}

/**
 * The offer whose term costs least at the forecast; the first of equals wins. Term totals compare
 * like for like only when the offers share a term and forecast, as the default offers do.
 * @throws RangeError when no offer is given; InvalidOfferError for an invalid offer.
 */
export function cheapest(offers: readonly Offer[]): Cheapest {
  if (offers.length === 0) throw new RangeError("cheapest needs at least one offer.");
  const costs = offers.map((offer) => summarize(offer, computeSchedule(offer)).term.netCost);
  const index = lowestIndex(costs);
  return { index, offer: offers[index], termCost: costs[index] };
}

/** Position of the lowest of `costs` (at least one); the first of equals wins. */
export function lowestIndex(costs: readonly number[]): number {
  return costs.reduce((best, cost, i) => (cost < costs[best] ? i : best), 0);
}
