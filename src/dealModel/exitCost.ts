import { dec } from "../pricing/decimal";
import { cashFlows, type CashMonth } from "./cashFlows";
import { lowestIndex } from "./exposure";
import type { Offer } from "./offer";

/*
 * What leaving the deal costs (playbook REN-09 "termination for convenience … on notice, for a
 * defined fee"), by the month notice is given, at the forecast. The model sheet's cash band shows
 * the same figure for every month of the term, and its summary compares the offers at the
 * settings' exit months (src/workbook/model/cashBand.ts, moneyBlocks.ts).
 *
 * 11. Exit. Notice is given at the end of decision month m. The service ends with month
 *     e = MIN(n, MAX(m + N, E)) of the n-month term: the N notice months are served and paid as
 *     usual, and before the earliest exit month E the deal stays bound (walking away and paying
 *     the rest is never cheaper), usage carrying on at the forecast. The exit costs the cash paid
 *     through month e, prepaid bills included (they are not refunded), plus, when e < n, the fee:
 *     F × the committed fees of month e (a month of fees, as the billing charges it). An offer
 *     without exit terms ends with its term; a decision month at or past the term costs the term.
 */

/** The month the service ends when notice is given at the end of `decisionMonth`. */
export function serviceEnds(offer: Offer, decisionMonth: number): number {
  const n = offer.termMonths;
  const { exit } = offer;
  if (exit === null) return n;
  return Math.min(n, Math.max(decisionMonth + exit.noticeMonths, exit.earliestMonth));
}

/** The cost of an exit decided at the end of each month of the term, month 1 first. */
export interface ExitMonth {
  readonly decisionMonth: number;
  /** The last month served and paid. */
  readonly serviceEnds: number;
  /** The termination fee; 0 when the service runs to the end of the term. */
  readonly fee: number;
  /** Cash paid through the last month served, plus the fee. */
  readonly cost: number;
}

/**
 * The cost of exiting at every month of the term (rule 11), from the offer's cash at the forecast.
 * @throws InvalidOfferError when the offer is not complete and valid.
 */
export function exitCosts(
  offer: Offer,
  flows: readonly CashMonth[] = cashFlows(offer)
): ExitMonth[] {
  const feeMonths = offer.exit?.feeMonths ?? 0;
  return flows.map(({ month }) => {
    const ends = serviceEnds(offer, month);
    const last = flows[ends - 1];
    const fee =
      ends < offer.termMonths ? dec(feeMonths).times(dec(last.committedFees)).toNumber() : 0;
    return {
      decisionMonth: month,
      serviceEnds: ends,
      fee,
      cost: dec(last.cashToDate).plus(dec(fee)).toNumber(),
    };
  });
}

/** The cost of exiting at the end of `decisionMonth` (≥ 1; at or past the term: the term's cash). */
export function exitCostAt(offer: Offer, decisionMonth: number, exits = exitCosts(offer)): number {
  return exits[Math.min(decisionMonth, offer.termMonths) - 1].cost;
}

/** The offer that costs least when the deal is exited at a month, and what each costs. */
export interface CheapestExit {
  readonly decisionMonth: number;
  readonly costs: readonly number[];
  /** Position of the cheapest offer; the first of equals wins. */
  readonly index: number;
}

/** For each decision month, every offer's exit cost and the cheapest offer. */
export function cheapestAtExits(
  offers: readonly Offer[],
  decisionMonths: readonly number[]
): CheapestExit[] {
  const exits = offers.map((offer) => exitCosts(offer));
  return decisionMonths.map((decisionMonth) => {
    const costs = offers.map((offer, i) => exitCostAt(offer, decisionMonth, exits[i]));
    return { decisionMonth, costs, index: lowestIndex(costs) };
  });
}
