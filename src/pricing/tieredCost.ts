import { requireNonNegative, requirePositive } from "./checks";
import { ArgumentPlace, invalidInput } from "./errors";
import { EXPECTED, HINTS } from "./expectations";
import { toCellNumber } from "./result";
import { tieredCostDecimal } from "./tieredCostDecimal";
import { tieredCostScaled } from "./tieredCostScaled";
import { Tier, TieredCostInput, TierMode } from "./tierTypes";

const FN = "TIEREDCOST";

function tierPlace(tier: Tier, index: number, column: string): ArgumentPlace {
  return { fn: FN, arg: "tiers", row: tier.row ?? index + 1, column };
}

function validateTiers(tiers: readonly Tier[]): void {
  if (tiers.length === 0) throw invalidInput({ fn: FN, arg: "tiers" }, EXPECTED.atLeastOneTier);
  tiers.forEach((tier, index) => {
    const isLast = index === tiers.length - 1;
    if (tier.upTo === null) {
      if (!isLast) {
        throw invalidInput(
          tierPlace(tier, index, "bound"),
          "a bound; only the last tier may be left without one",
          "a blank"
        );
      }
    } else {
      const previous = index === 0 ? 0 : tiers[index - 1].upTo;
      const expected = index === 0 ? EXPECTED.positive : EXPECTED.increasingBound(String(previous));
      if (!(Number.isFinite(tier.upTo) && tier.upTo > (previous as number))) {
        throw invalidInput(tierPlace(tier, index, "bound"), expected, String(tier.upTo));
      }
    }
    requireNonNegative(tier.price, tierPlace(tier, index, "price"));
    requireNonNegative(tier.flatFee, tierPlace(tier, index, "flat fee"));
  });
}

/**
 * Checks a tiered-cost request and returns it unchanged.
 * @throws PricingError `invalidInput` naming the argument, row and rule broken.
 */
export function validateTieredCost(input: TieredCostInput): TieredCostInput {
  requireNonNegative(input.units, { fn: FN, arg: "units" });
  validateTiers(input.tiers);
  requirePositive(input.per, { fn: FN, arg: "per" });
  const last = input.tiers[input.tiers.length - 1].upTo;
  if (last !== null && input.units > last) {
    throw invalidInput(
      { fn: FN, arg: "units" },
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
