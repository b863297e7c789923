import Decimal from "decimal.js";

/**
 * DEAL's own decimal type: 50 significant digits, half-even rounding, and an exponent range wide
 * enough that no realistic contract under- or overflows. A clone, so that no other code's
 * `Decimal.set` can change how DEAL computes money.
 */
export const Dec = Decimal.clone({
  precision: 50,
  rounding: Decimal.ROUND_HALF_EVEN,
  minE: -9e15,
  maxE: 9e15,
  toExpNeg: -7,
  toExpPos: 21,
});

/** A value of DEAL's decimal type. */
export type Dec = Decimal;

/** Zero and one, shared because decimal.js values are immutable. */
export const ZERO = new Dec(0);
export const ONE = new Dec(1);

/**
 * Takes a JavaScript number at its shortest decimal value, so 0.1 is exactly one tenth
 * (decimal.js reads numbers through their shortest round-trip string).
 */
export function dec(value: number): Dec {
  // -0 would survive into results as "-0"; a cell shows it as 0 anyway.
  return new Dec(value === 0 ? 0 : value);
}
