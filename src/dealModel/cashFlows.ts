import { ONE, ZERO, dec, type Dec } from "../pricing/decimal";
import { Fin, annualRate, monthlyRate, rateOfAnnuityDue } from "./financeMath";
import type { Offer } from "./offer";
import type { Billing } from "./offerTerms";
import { computeSchedule, type MonthRow } from "./schedule";

/*
 * Money over time: when an offer's charges are paid, what they are worth today, and what a
 * prepayment discount is worth as interest. The model sheet's cash band and its "Money over time"
 * block build the same figures from live formulas (src/workbook/model/cashBand.ts).
 *
 * Rules (schedule.ts gives the charges; these give their timing):
 * 8. Billing. The committed fees (the commitment's monthly value and the seats and platform fee,
 *    less the prepayment discount: the schedule's billedCommitment + fixedFees) are billed in advance, every L months (monthly 1, quarterly
 *    3, annually 12, up front the whole term): month m bills, when (m − 1) is a multiple of L, the
 *    committed fees of months m to m + L − 1 (the last bill may be shorter). Everything else,
 *    overage less the expected SLA credits, is paid in arrears: net cost − committed fees. So the
 *    cash of the term equals its net cost; billing moves cash, not cost. Prepayments are not
 *    refunded.
 * 9. Present value. At the monthly rate r_m = (1 + r)^(1/12) − 1, a bill counts at the start of
 *    its month (t = m − 1) and arrears at its end (t = m): PV = NPV(r_m, bills)·(1 + r_m) +
 *    NPV(r_m, arrears).
 * 10. Implied rate. Paying L months' fees at once at (1 − d) of their price earns the monthly rate
 *    i at which L payments of 1 in advance are worth L·(1 − d): RATE(L, −1, L·(1 − d), 0, 1),
 *    a year (1 + i)^12 − 1. None without a discount, for monthly bills, or when L·(1 − d) ≤ 1.
 *
 * Each figure is the number nearest to the exact decimal of its cell's formula, taking the cells
 * it refers to at their values, as schedule.ts does.
 */

/** One month of an offer's cash at the forecast; money in USD. */
export interface CashMonth {
  readonly month: number;
  /** The month's committed fees, less the prepayment discount (accrued, the schedule's). */
  readonly committedFees: number;
  /** Billed in advance at the start of the month: the committed fees of the months the bill covers. */
  readonly billed: number;
  /** Paid at the end of the month: overage less the expected SLA credit (net cost − committed fees). */
  readonly arrears: number;
  /** Billed + arrears. */
  readonly cash: number;
  /** Cash of months 1 to this one. */
  readonly cashToDate: number;
}

/** Months a bill covers: 1, 3, 12, or the whole term. */
export function monthsPerBill(billing: Billing, termMonths: number): number {
  switch (billing.frequency) {
    case "monthly":
      return 1;
    case "quarterly":
      return 3;
    case "annually":
      return 12;
    case "up front":
      return termMonths;
  }
}

const sum = (values: readonly number[]): Dec => values.reduce((s: Dec, v) => s.plus(dec(v)), ZERO);

/**
 * The offer's cash month by month at the forecast (rule 8), from its schedule at the forecast.
 * @throws InvalidOfferError when the offer is not complete and valid.
 */
export function cashFlows(
  offer: Offer,
  rows: readonly MonthRow[] = computeSchedule(offer)
): CashMonth[] {
  const bill = monthsPerBill(offer.billing, offer.termMonths);
  // The commitment's and the seats' and platform fee's, billed together.
  const fees = rows.map((r) => sum([r.billedCommitment, r.fixedFees]).toNumber());
  let toDate = ZERO;
  return rows.map((row, i) => {
    const billed = i % bill === 0 ? sum(fees.slice(i, i + bill)).toNumber() : 0;
    const arrears = dec(row.netCost).minus(dec(fees[i])).toNumber();
    const cash = dec(billed).plus(dec(arrears)).toNumber();
    toDate = dec(toDate.plus(dec(cash)).toNumber());
    return {
      month: row.month,
      committedFees: fees[i],
      billed,
      arrears,
      cash,
      cashToDate: toDate.toNumber(),
    };
  });
}

/** The monthly discount rate as the sheet holds it: (1 + annual)^(1/12) − 1. */
export const monthlyDiscountRate = (annual: number): number => monthlyRate(annual).toNumber();

/**
 * The present value of an offer's cash (rule 9) at an annual discount rate: bills at the start of
 * their month, arrears at its end.
 */
export function presentValue(flows: readonly CashMonth[], discountRate: number): number {
  const growth = new Fin(monthlyDiscountRate(discountRate)).plus(1);
  return flows
    .reduce((pv: Fin, flow) => {
      const start = growth.pow(flow.month - 1);
      return pv
        .plus(new Fin(flow.billed).div(start))
        .plus(new Fin(flow.arrears).div(start.times(growth)));
    }, new Fin(0))
    .toNumber();
}

/**
 * The annual interest rate a prepayment discount is worth (rule 10); `null` when it is none: no
 * discount, monthly bills, or a discount so deep that no rate gives it.
 */
export function impliedPrepaymentRate(billing: Billing, termMonths: number): number | null {
  const periods = monthsPerBill(billing, termMonths);
  const value = dec(periods).times(ONE.minus(dec(billing.prepaymentDiscount)));
  if (billing.prepaymentDiscount === 0 || periods === 1 || value.lte(ONE)) return null;
  return annualRate(rateOfAnnuityDue(periods, new Fin(value))).toNumber();
}
