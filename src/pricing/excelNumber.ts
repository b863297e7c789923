import { POW10 } from "./scaledInteger";

/*
 * Numbers as Excel holds them: the first rule of DEAL's contract. Excel keeps 15 significant
 * digits of a number: it stores typed numbers at 15 and shows computed ones at 15, so a cell
 * computing (43800 − 43.8) / 43800 holds the double 0.9989999999999999 but shows, and compares
 * as, 0.999. DEAL takes each input number at that value: its exact binary value rounded to 15
 * significant digits, halves away from zero (as Excel's ROUND and JavaScript's toPrecision round),
 * and then the double nearest to it. Such a double's shortest decimal is the 15-digit value
 * itself (15 digits always survive a trip through a double), so decimal.js and the fast path read
 * exactly that value. At the edges, as Excel: no −0, nothing between 0 and 2.2250738585072E-308
 * (those become 0), and a value that rounds past the largest double is cut to 15 digits instead.
 * docs/functions.md gives Microsoft's documentation behind each of these.
 */

/** The smallest magnitude Excel holds (Excel's specifications and limits); below it, 0. */
const SMALLEST = 2.2250738585072e-308;
/** The largest 15-digit number a double holds: larger values are cut to it. */
const LARGEST = 1.79769313486231e308;
/**
 * How far a computed x·10^k (one correctly rounded product or quotient, below 2^50) can be from
 * the exact one: half an ulp, at most 2^-4.
 */
const SCALING_ERROR = 2 ** -4;

/** The binary exponent of a positive double, read from its bits (cheaper than Math.log10). */
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // little-endian: 1
const LOG10_2 = Math.log10(2);
function binaryExponent(a: number): number {
  bits[0] = a;
  return (words[HIGH_WORD] >>> 20) - 1023;
}

/** a × 10^k for k from -22 to 22, in one correctly rounded operation; NaN outside. */
function scaled(a: number, k: number): number {
  return k >= 0 ? a * POW10[k] : a / POW10[-k];
}

/** The general rounding, exact for every double (toPrecision rounds the exact binary value). */
function viaText(x: number): number {
  if (!Number.isFinite(x)) return x; // NaN and ±Infinity are left for the checks to refuse
  const held = Number(x.toPrecision(15));
  if (Math.abs(held) < SMALLEST) return 0;
  return Number.isFinite(held) ? held : Math.sign(x) * LARGEST;
}

/**
 * `x` as Excel holds it: the double nearest to x rounded to 15 significant digits (see above).
 * Idempotent, and cheap: it runs on every number of every call.
 *
 * Why the arithmetic path is exact: with k chosen so that x·10^k lies in [10^14, 10^15), the
 * 15-digit value is round(x·10^k) / 10^k. The computed x·10^k is within SCALING_ERROR of the
 * exact product, so unless it lies that close to a half, it rounds to the same integer m < 2^50;
 * m / 10^k (or m × 10^-k) is then one correctly rounded operation on exact values (10^k is exact
 * for |k| ≤ 22): the double nearest to the 15-digit decimal. Near a half, and outside the range
 * where 10^k is exact, toPrecision decides.
 */
export function asExcelHolds(x: number): number {
  // Whole numbers below 10^15 (most counts, bounds, fees and periods) already have ≤ 15 digits.
  if (Number.isInteger(x) && x < 1e15 && x > -1e15) return x + 0; // + 0: -0 becomes 0
  const a = Math.abs(x);
  if (a >= 1e-8 && a < 1e37) {
    // a < 2^(e+1) gives floor(log10 a) = floor(e·log10 2) or one more; the product says which.
    let k = 14 - Math.floor(binaryExponent(a) * LOG10_2);
    let product = scaled(a, k);
    if (product >= 1e15) product = scaled(a, --k);
    else if (product < 1e14) product = scaled(a, ++k);
    if (Math.abs(product - Math.floor(product) - 0.5) > SCALING_ERROR) {
      const held = k >= 0 ? Math.round(product) / POW10[k] : Math.round(product) * POW10[-k];
      return x < 0 ? -held : held;
    }
  }
  return viaText(x);
}

/** Whether `x` already is as Excel holds it (-0 is not: Excel holds 0). */
export function isHeld(x: number): boolean {
  return Object.is(asExcelHolds(x), x);
}

/**
 * A list of numbers as Excel holds them: the list itself when every number already is, as typed
 * numbers are, so that the common case copies nothing.
 */
export function asExcelHoldsAll(values: readonly number[]): readonly number[] {
  for (let i = 0; i < values.length; i++) if (!isHeld(values[i])) return values.map(asExcelHolds);
  return values;
}

/** An optional number as Excel holds it; `undefined` (omitted) stays so. */
export function asExcelHoldsOptional(x: number | undefined): number | undefined {
  return x === undefined ? undefined : asExcelHolds(x);
}
