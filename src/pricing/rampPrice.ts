import { requireChange, requireNonNegative, requireWhole } from "./checks";
import { ONE, dec } from "./decimal";
import { EXPECTED } from "./expectations";
import { asExcelHolds, asExcelHoldsAll, asExcelHoldsOptional } from "./excelNumber";
import { toCellNumber } from "./result";

const FN = "RAMPPRICE";

/** The most periods RAMPPRICE prices: a hundred years of months. */
export const RAMP_MAX_PERIOD = 1200;

/** A ramped, multi-period price: changes within the committed term, then a compounding uplift. */
export interface RampTerms {
  /** The price before any change, ≥ 0. */
  readonly base: number;
  /** Which period to price, a whole number from 1 to 1200. */
  readonly period: number;
  /** Change per period within the term, each > -1: period j's price = period j-1's × (1 + ramp[j-1]). */
  readonly ramp?: readonly number[];
  /** Change applied each period after the term, compounded (a 5% renewal cap is 0.05), > -1; default 0. */
  readonly uplift?: number;
  /** Periods in the committed term, a whole number ≥ 1; default the length of `ramp`, or 1. */
  readonly term?: number;
}

/**
 * Takes ramp terms as Excel holds them and checks them.
 * @returns The terms, every number as Excel holds it.
 * @throws PricingError `invalidInput` naming the argument (and position, for the ramp list).
 */
export function validateRamp(input: RampTerms): RampTerms {
  const terms: RampTerms = {
    base: asExcelHolds(input.base),
    period: asExcelHolds(input.period),
    ramp: input.ramp && asExcelHoldsAll(input.ramp),
    uplift: asExcelHoldsOptional(input.uplift),
    term: asExcelHoldsOptional(input.term),
  };
  requireNonNegative(terms.base, { fn: FN, arg: "base" });
  requireWhole(terms.period, { fn: FN, arg: "period" }, 1, RAMP_MAX_PERIOD, EXPECTED.period);
  terms.ramp?.forEach((change, i) => requireChange(change, { fn: FN, arg: "ramp", row: i + 1 }));
  if (terms.uplift !== undefined) requireChange(terms.uplift, { fn: FN, arg: "uplift" });
  if (terms.term !== undefined) {
    requireWhole(
      terms.term,
      { fn: FN, arg: "term" },
      1,
      Number.MAX_SAFE_INTEGER,
      EXPECTED.wholeAtLeastOne
    );
  }
  return terms;
}

/**
 * The unit price in force in a period of a ramped deal:
 * base × Π over j = 1 … min(period, term) of (1 + ramp_j) × (1 + uplift)^max(0, period − term).
 * Within the term, periods past the end of the ramp keep the last price; ramp entries past the
 * term are ignored.
 *
 * @example rampPrice({ base: 3, period: 4, ramp: [0, -0.15, -0.1], uplift: 0.05 }) // 2.40975
 * @throws PricingError for invalid terms, or a price beyond the largest number.
 */
export function rampPrice(terms: RampTerms): number {
  const {
    base,
    period,
    ramp = [],
    uplift = 0,
    term = Math.max(ramp.length, 1),
  } = validateRamp(terms);
  let price = dec(base);
  const rampedPeriods = Math.min(period, term, ramp.length);
  for (let j = 0; j < rampedPeriods; j++) price = price.times(ONE.plus(dec(ramp[j])));
  const upliftPeriods = Math.max(0, period - term);
  if (upliftPeriods > 0) price = price.times(ONE.plus(dec(uplift)).pow(upliftPeriods));
  return toCellNumber(price, FN);
}
