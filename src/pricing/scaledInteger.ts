/*
 * Exact arithmetic on scaled integers held in doubles: the fast path of the pricing core.
 *
 * Its inputs are taken as Excel holds them (excelNumber.ts): each is the double nearest to a
 * decimal of at most 15 significant digits, and that decimal is the double's shortest one, the
 * value decimal.js reads on the decimal path. So both paths start from the same decimals, and the
 * fast path has only to be exact from there. Such a decimal, scaled by 10^places to a whole
 * number, stays below 10^15 < 2^50 unless it is itself a whole number ≥ 2^50, so every input
 * below 2^50 with at most 15 decimal places is read here.
 *
 * A double holds every integer below 2^53 exactly, and IEEE-754 rounds each +, −, × and ÷ to the
 * nearest double. So a sum or product of exact integers is itself exact whenever its computed
 * magnitude stays below 2^53, and a quotient of two exact integers is the double nearest to the
 * true ratio: exactly what decimal arithmetic followed by one conversion to a number gives.
 * Values that leave that range become NaN, which every later step carries along, so callers test
 * once at the end and fall back to decimal arithmetic.
 */

const SAFE_LIMIT = 2 ** 53;

/** Mantissas are kept below 2^50 so that scaling by a power of ten is provably exact (see decimalPlaces). */
const MANTISSA_LIMIT = 2 ** 50;

/** Most decimal places the fast path reads; more falls back to the decimal path. */
const MAX_PLACES = 15;

/** 10^k for k = 0 … 22 are exact doubles; past that, NaN so that any use overflows to the fallback. */
export const POW10: readonly number[] = Array.from({ length: 32 }, (_, k) =>
  k <= 22 ? Number(`1e${k}`) : NaN
);

/**
 * The number of decimal places of `x`'s shortest decimal (the one JavaScript prints and decimal.js
 * reads; for an input as Excel holds it, its 15-digit value), or -1 when that decimal's digits
 * reach 2^50 or it has more than 15 places.
 *
 * Why this is exact: for each k it takes m = round(x·10^k) and accepts the first k where m / 10^k
 * (one correctly rounded division) gives back x, i.e. the decimal m·10^-k rounds to x. While |m| < 2^50,
 * the error of x·10^k, from x's own rounding and from the product, is under 1/4, so m is the only
 * integer whose decimal can round to x at that k, and no shorter decimal was skipped: the first k
 * found is the shortest decimal.
 */
export function decimalPlaces(x: number): number {
  // Integers (most bounds, fees and `per`) are their own shortest decimal.
  if (Number.isInteger(x)) return Math.abs(x) < MANTISSA_LIMIT ? 0 : -1;
  for (let k = 1; k <= MAX_PLACES; k++) {
    const scaled = Math.round(x * POW10[k]);
    if (Math.abs(scaled) >= MANTISSA_LIMIT) return -1;
    if (scaled / POW10[k] === x) return k;
  }
  return -1;
}

/** The larger of two place counts, or -1 if either is -1 (not representable on the fast path). */
export function widerPlaces(a: number, b: number): number {
  return a < 0 || b < 0 ? -1 : Math.max(a, b);
}

/**
 * `x` × 10^places as an exact integer, for `places` ≥ decimalPlaces(x); NaN when too large.
 * Exact by the same bound as decimalPlaces: while the result is below 2^50, rounding the product
 * lands on the true integer.
 */
export function toScaled(x: number, places: number): number {
  const scaled = Math.round(x * POW10[places]);
  return Math.abs(scaled) < MANTISSA_LIMIT ? scaled : NaN;
}

/** a × b for exact integers, or NaN when the product may not be exact. */
export function exactTimes(a: number, b: number): number {
  const product = a * b;
  return Math.abs(product) < SAFE_LIMIT ? product : NaN;
}

/** a + b for exact integers, or NaN when the sum may not be exact. */
export function exactPlus(a: number, b: number): number {
  const sum = a + b;
  return Math.abs(sum) < SAFE_LIMIT ? sum : NaN;
}
