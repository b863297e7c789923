import Decimal from "decimal.js";

/*
 * Two decimal contexts, both clones so that no other code's `Decimal.set` can change how DEAL
 * computes money:
 * - `Dec`, for sums, differences and products, carries 1000 significant digits: far more than
 *   any sum of inputs spans (a double has at most 17 digits and a realistic exponent spread is a
 *   few dozen), so these stay exact and no rounding happens before a quotient.
 * - quotients, which may not terminate, are rounded once to 50 significant digits.
 */
const SETTINGS = {
  rounding: Decimal.ROUND_HALF_EVEN,
  minE: -9e15,
  maxE: 9e15,
  toExpNeg: -7,
  toExpPos: 21,
};

/** DEAL's decimal type for exact sums and products. */
export const Dec = Decimal.clone({ ...SETTINGS, precision: 1000 });

/** A value of DEAL's decimal type. */
export type Dec = Decimal;

/** Significant digits kept where a quotient does not terminate. */
const QUOTIENT_DIGITS = 50;

const QuotientDec = Decimal.clone({ ...SETTINGS, precision: QUOTIENT_DIGITS });

/** Room for the product of two `Dec` values, to check a quotient exactly. */
const CheckDec = Decimal.clone({ ...SETTINGS, precision: 2100 });

/** Zero and one, shared because decimal.js values are immutable. */
export const ZERO = new Dec(0);
export const ONE = new Dec(1);

/**
 * Takes a JavaScript number at its shortest decimal value, so 0.1 is exactly one tenth
 * (decimal.js reads numbers through their shortest round-trip string). For an input already taken
 * as Excel holds it (excelNumber.ts), that is its value at 15 significant digits.
 */
export function dec(value: number): Dec {
  // -0 would survive into results as "-0"; a cell shows it as 0 anyway.
  return new Dec(value === 0 ? 0 : value);
}

/**
 * numerator / denominator: exact where the quotient terminates (within 1000 digits), otherwise
 * rounded half-even to 50 significant digits.
 */
export function quotient(numerator: Dec, denominator: Dec): Dec {
  const candidate = numerator.div(denominator);
  if (new CheckDec(candidate).times(denominator).eq(numerator)) return candidate;
  return new Dec(new QuotientDec(numerator).div(denominator));
}
