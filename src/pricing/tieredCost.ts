import { isNonNegative, outOfRange, requireNonNegative, requirePositive } from "./checks";
import { ArgumentPlace, invalidInput } from "./errors";
import { EXPECTED, HINTS } from "./expectations";
import { toCellNumber } from "./result";
import { tieredCostDecimal } from "./tieredCostDecimal";
import { tieredCostScaled } from "./tieredCostScaled";
import { Tier, TieredCostInput, TierMode } from "./tierTypes";

const FN = "TIEREDCOST";
const UNITS: ArgumentPlace = { fn: FN, arg: "units" };
const PER: ArgumentPlace = { fn: FN, arg: "per" };

function tierPlace(tier: Tier, index: number, column: string): ArgumentPlace {
  return { fn: FN, arg: "tiers", row: tier.row ?? index + 1, column };
}

// A plain loop that builds places only on failure: this runs on every recalculation of every cell.
function validateTiers(tiers: readonly Tier[]): void {
  if (tiers.length === 0) throw invalidInput({ fn: FN, arg: "tiers" }, EXPECTED.atLeastOneTier);
  let previous = 0;
  for (let i = 0; i < tiers.length; i++) {
    const tier = tiers[i];
    if (tier.upTo === null) {
      if (i < tiers.length - 1) {
        throw invalidInput(tierPlace(tier, i, "bound"), EXPECTED.boundBeforeLast, "a blank");
      }
    } else {
      if (!(Number.isFinite(tier.upTo) && tier.upTo > previous)) {
        const expected = i === 0 ? EXPECTED.positive : EXPECTED.increasingBound(String(previous));
        throw outOfRange(tier.upTo, tierPlace(tier, i, "bound"), expected);
      }
      previous = tier.upTo;
    }
    if (!isNonNegative(tier.price))
      throw outOfRange(tier.price, tierPlace(tier, i, "price"), EXPECTED.nonNegative);
    if (!isNonNegative(tier.flatFee)) {
      throw outOfRange(tier.flatFee, tierPlace(tier, i, "flat fee"), EXPECTED.nonNegative);
    }
  }
}

/**
 * Checks a tiered-cost request and returns it unchanged.
 * @throws PricingError `invalidInput` naming the argument, row and rule broken.
 */
export function validateTieredCost(input: TieredCostInput): TieredCostInput {
  requireNonNegative(input.units, UNITS);
  validateTiers(input.tiers);
  requirePositive(input.per, PER);
  const last = input.tiers[input.tiers.length - 1].upTo;
  if (last !== null && input.units > last) {
    throw invalidInput(
      UNITS,
      EXPECTED.unitsWithinLastBound(String(last)),
      String(input.units),
      HINTS.unboundedLastTier
    );
  }
  return input;
}

/**
 * The cost of a quantity under a tiered price table, exactly: each input taken at its shortest
 * decimal, the answer the number nearest to the exact decimal cost.
 *
 * @example tieredCost(6, [{ upTo: 5, price: 5, flatFee: 0 }, { upTo: null, price: 4, flatFee: 0 }]) // 29
 * @param units Quantity to price, ≥ 0.
 * @param tiers Tiers in increasing order of bound; only the last may be unbounded.
 * @param mode How units meet the tiers; graduated by default.
 * @param per How many units a price is for (1000000 for prices per million tokens); ignored in stairstep mode.
 * @throws PricingError for invalid input, or when the cost exceeds the largest number.
 */
export function tieredCost(
  units: number,
  tiers: readonly Tier[],
  mode: TierMode = "graduated",
  per = 1
): number {
  const input = validateTieredCost({ units, tiers, mode, per });
  // The scaled-integer path is exact where it applies (property tests hold it to the decimal path).
  return tieredCostScaled(input) ?? toCellNumber(tieredCostDecimal(input), FN);
}
