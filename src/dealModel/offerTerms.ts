import type { ListPrices, Offer, PoolModel } from "./offer";

/*
 * The terms the playbook negotiates beyond prices and the commitment's draw-down (issue 12):
 * billing and prepayment, bursts, seats and a platform fee, termination for convenience and price
 * protection. Each is plain data, as the rest of the offer. An offer whose terms are
 * `neutralTerms` is priced as the model priced offers before these terms existed.
 *
 * Units as in offer.ts: money in USD, shares and rates as fractions, durations in months.
 */

/** How often the committed fees are billed, every bill in advance. */
export const BILLING_FREQUENCIES = ["monthly", "quarterly", "annually", "up front"] as const;
export type BillingFrequency = (typeof BILLING_FREQUENCIES)[number];

/**
 * When the committed fees (the commitment, seats and platform fee) are paid. Billing moves cash,
 * not what the commitment releases or covers; prepayments are not refunded.
 */
export interface Billing {
  /** Months per bill: 1, 3, 12, or the whole term ("up front"). */
  readonly frequency: BillingFrequency;
  /**
   * Share off everything billed in advance, 0 to under 1 (playbook PRC-05: "up-front prepayment
   * or an annual commitment in return for a deeper discount").
   */
  readonly prepaymentDiscount: number;
}

/**
 * A burst allowance for a monthly commitment (playbook CST-05: "up to 2x normal monthly usage at
 * the committed rate, provided the average balances out"). An annual pool absorbs spikes already.
 */
export interface Burst {
  /** ≥ 1: a month's usage up to this multiple of its commitment is burst usage (2 = twice). */
  readonly multiple: number;
  /** Whole months ≥ 1: bursts balance within blocks of this many months from month 1. */
  readonly windowMonths: number;
}

/** Fixed fees next to usage (playbook CAP-04, CAP-05): not drawn from the commitment, not ramped. */
export interface Fees {
  /** USD per seat per month, ≥ 0. */
  readonly seatPrice: number;
  /** Seats per contract year from year 1, whole ≥ 0; later years repeat the last. */
  readonly seats: readonly number[];
  /** USD per year, ≥ 0, accrued in twelfths. */
  readonly platformFee: number;
}

/** Termination for convenience (playbook REN-09: "on notice, for a defined fee"). */
export interface ExitTerms {
  /** Whole months of notice, 0 to the term: served and paid as usual. */
  readonly noticeMonths: number;
  /** The fee, in months of fees (the commitment's monthly value plus the fixed fees), ≥ 0. */
  readonly feeMonths: number;
  /** The first month the contract may end, a month of the term ("after 18 months"). */
  readonly earliestMonth: number;
}

/** A dated change of the vendor's list prices during the term. */
export interface ListStep {
  /** The month it takes effect, a whole month from 2 to the term, later than the previous step's. */
  readonly fromMonth: number;
  /** One factor per pool model, ≥ 0: its list price then ÷ its list price at signing. */
  readonly factors: readonly number[];
}

/**
 * The right to the vendor's lower list prices (playbook CST-02: "access to any lower public
 * price"): the usage cost is at most its cost at the month's list prices less the kept discount.
 */
export interface PriceProtection {
  /** The discount off the list price in force the clause guarantees, 0 to 1; "offer": the offer's own. */
  readonly keptDiscount: number | "offer";
  /** The list prices' changes over the term, at most MAX_LIST_STEPS; month 1 is at factor 1. */
  readonly listSchedule: readonly ListStep[];
}

/** The terms `neutralTerms` gives: those an offer holds beside its prices, pool and commitment. */
export type OfferTerms = Pick<
  Offer,
  "startMonth" | "billing" | "burst" | "fees" | "exit" | "priceProtection"
>;

/**
 * Terms that change nothing: billed monthly without discount, no burst, no seats or platform fee,
 * no exit before the term ends and no price protection. Today's offers on these terms give
 * today's figures.
 */
export function neutralTerms(startMonth: string): OfferTerms {
  return {
    startMonth,
    billing: { frequency: "monthly", prepaymentDiscount: 0 },
    burst: null,
    fees: { seatPrice: 0, seats: [0], platformFee: 0 },
    exit: null,
    priceProtection: null,
  };
}

/** A pool of one model: all of the offer's tokens, none in long prompts. */
export function soleModel(model: string, list: ListPrices, batchShare = 0): PoolModel[] {
  return [{ model, share: 1, list, batchShare, longContextShare: 0 }];
}

/**
 * The value of contract year `year` (1-based) from a list of one value per year: past the list's
 * end, the last value carries on.
 */
export function yearValue(values: readonly number[], year: number): number {
  return values[Math.min(year, values.length) - 1];
}
