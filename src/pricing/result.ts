import { Dec } from "./decimal";
import { FunctionName, resultTooLarge } from "./errors";

/**
 * Converts a decimal answer to the number a cell shows: the double nearest to it (decimal.js
 * goes through the decimal string, which JavaScript converts correctly rounded).
 * @throws PricingError `resultTooLarge` when it exceeds the largest double.
 */
export function toCellNumber(value: Dec, fn: FunctionName): number {
  const result = value.toNumber();
  if (!Number.isFinite(result)) throw resultTooLarge(fn);
  // -0 only arises from rounding a tiny negative; cells show 0.
  return result === 0 ? 0 : result;
}
