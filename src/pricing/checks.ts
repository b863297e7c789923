import { ArgumentPlace, invalidInput } from "./errors";
import { EXPECTED } from "./expectations";

/**
 * Range checks shared by the pricing functions. Each returns the value it was given, so a check
 * reads as an assignment, and throws a PricingError that names the place otherwise.
 */

function shown(value: number): string {
  return String(value);
}

export function requireNonNegative(value: number, place: ArgumentPlace): number {
  if (!(Number.isFinite(value) && value >= 0)) {
    throw invalidInput(place, EXPECTED.nonNegative, shown(value));
  }
  return value;
}

export function requirePositive(
  value: number,
  place: ArgumentPlace,
  expected: string = EXPECTED.positive
): number {
  if (!(Number.isFinite(value) && value > 0)) throw invalidInput(place, expected, shown(value));
  return value;
}

/** A share of something, 0 to 1 inclusive. */
export function requireShare(value: number, place: ArgumentPlace): number {
  if (!(Number.isFinite(value) && value >= 0 && value <= 1)) {
    throw invalidInput(place, EXPECTED.share, shown(value));
  }
  return value;
}

/** A relative change: any number above -1, so that 1 + change stays positive. */
export function requireChange(value: number, place: ArgumentPlace): number {
  if (!(Number.isFinite(value) && value > -1)) {
    throw invalidInput(place, EXPECTED.aboveMinusOne, shown(value));
  }
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
  if (!(Number.isInteger(value) && value >= min && value <= max)) {
    throw invalidInput(place, expected, shown(value));
  }
  return value;
}
