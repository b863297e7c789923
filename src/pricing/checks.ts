import { ArgumentPlace, PricingError, invalidInput } from "./errors";
import { EXPECTED } from "./expectations";

/*
 * Range checks shared by the pricing functions. The predicates run on every call, so they
 * allocate nothing; the `require…` forms take a place built by the caller, for arguments whose
 * place is a constant; rows build theirs only when a check fails.
 */

export const isNonNegative = (value: number): boolean => Number.isFinite(value) && value >= 0;
const isPositive = (value: number): boolean => Number.isFinite(value) && value > 0;
const isShare = (value: number): boolean => Number.isFinite(value) && value >= 0 && value <= 1;
/** A relative change: above -1, so that 1 + change stays positive. */
const isChange = (value: number): boolean => Number.isFinite(value) && value > -1;

/** The error for a value that broke the rule `expected` at `place`. */
export function outOfRange(value: number, place: ArgumentPlace, expected: string): PricingError {
  return invalidInput(place, expected, String(value));
}

export function requireNonNegative(value: number, place: ArgumentPlace): number {
  if (!isNonNegative(value)) throw outOfRange(value, place, EXPECTED.nonNegative);
  return value;
}

export function requirePositive(
  value: number,
  place: ArgumentPlace,
  expected: string = EXPECTED.positive
): number {
  if (!isPositive(value)) throw outOfRange(value, place, expected);
  return value;
}

/** A share of something, 0 to 1 inclusive. */
export function requireShare(value: number, place: ArgumentPlace): number {
  if (!isShare(value)) throw outOfRange(value, place, EXPECTED.share);
  return value;
}

export function requireChange(value: number, place: ArgumentPlace): number {
  if (!isChange(value)) throw outOfRange(value, place, EXPECTED.aboveMinusOne);
  return value;
}

/** A whole number from `min` to `max` (inclusive). */
export function requireWhole(
  value: number,
  place: ArgumentPlace,
  min: number,
  max: number,
  expected: string
): number {
  if (!(Number.isInteger(value) && value >= min && value <= max))
    throw outOfRange(value, place, expected);
  return value;
}
