import Decimal from "decimal.js";

/*
 * Powers, roots and the search for a rate, in 50-digit decimals: what the present value and the
 * implied rate of a prepayment discount need beyond the exact sums and products of
 * pricing/decimal.ts. Fractional powers do not terminate, so these round (at the 50th digit).
 */

/** 50 significant digits: far below the 15 digits a cell shows, far above a double's 17. */
export const Fin = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_EVEN });
export type Fin = Decimal;

const ONE = new Fin(1);

/** The monthly rate that compounds to `annual` over twelve months: (1 + annual)^(1/12) − 1. */
export function monthlyRate(annual: number): Fin {
  return new Fin(annual).plus(1).pow(new Fin(1).div(12)).minus(1);
}

/** The annual rate a monthly rate compounds to: (1 + monthly)^12 − 1. */
export function annualRate(monthly: Fin): Fin {
  return monthly.plus(1).pow(12).minus(1);
}

/**
 * The value at the start of a run of `periods` level payments of 1, each at the start of its
 * period, at `rate` a period: Σ_{k=0}^{periods−1} (1 + rate)^−k.
 */
function annuityDue(periods: number, rate: Fin): Fin {
  if (rate.isZero()) return new Fin(periods);
  const v = ONE.div(rate.plus(1));
  return ONE.minus(v.pow(periods)).div(ONE.minus(v));
}

/** Bisection steps: each halves the interval, so 200 take any bracket below a 50-digit ulp. */
const STEPS = 200;

/**
 * The rate a period at which `periods` level payments of 1 in advance are worth `value` today
 * (Excel's RATE(periods, −1, value, 0, 1)), for 1 < value < periods: the annuity's value falls
 * from `periods` at rate 0 towards 1 as the rate grows, so exactly one positive rate gives it.
 */
export function rateOfAnnuityDue(periods: number, value: Fin): Fin {
  let low = new Fin(0);
  let high = new Fin(1);
  while (annuityDue(periods, high).gt(value)) high = high.times(2);
  for (let step = 0; step < STEPS; step++) {
    const middle = low.plus(high).div(2);
    if (annuityDue(periods, middle).gt(value)) low = middle;
    else high = middle;
  }
  return low.plus(high).div(2);
}
