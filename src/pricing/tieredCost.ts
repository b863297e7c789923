import { requireNonNegative, requirePositive } from "./checks";
import { TierTable } from "./tierTable";
import { ArgumentPlace, invalidInput } from "./errors";
import { EXPECTED, HINTS } from "./expectations";
import { toCellNumber } from "./result";
import { tieredCostDecimal } from "./tieredCostDecimal";
import { tieredCostScaled } from "./tieredCostScaled";
import { Tier, TieredCostInput, TierMode } from "./tierTypes";

const FN = "TIEREDCOST";
const UNITS: ArgumentPlace = { fn: FN, arg: "units" };
const PER: ArgumentPlace = { fn: FN, arg: "per" };

/**
 * Checks the per-quantity part of a tiered-cost request (the table checked itself when built).
 * @throws PricingError `invalidInput` naming the argument and rule broken.
 */
export function validateTieredCost(input: TieredCostInput): TieredCostInput {
  requireNonNegative(input.units, UNITS);
  requirePositive(input.per, PER);
  const limit = input.table.limit;
  if (input.units > limit) {
    throw invalidInput(
      UNITS,
      EXPECTED.unitsWithinLastBound(String(limit)),
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
 * @example tieredCost(6, [{ upTo: 5, price: 5, flatFee: 0 }, { upTo: Infinity, price: 4, flatFee: 0 }]) // 29
 * @param units Quantity to price, ≥ 0.
 * @param tiers A checked TierTable, or tiers in increasing order of bound (only the last may be
 *   unbounded, `Infinity`), checked on each call.
 * @param mode How units meet the tiers; graduated by default.
 * @param per How many units a price is for (1000000 for prices per million tokens); ignored in stairstep mode.
 * @throws PricingError for invalid input, or when the cost exceeds the largest number.
 */
export function tieredCost(
  units: number,
  tiers: TierTable | readonly Tier[],
  mode: TierMode = "graduated",
  per = 1
): number {
  const table = tiers instanceof TierTable ? tiers : TierTable.of(tiers);
  const input = validateTieredCost({ units, table, mode, per });
  // The scaled-integer path is exact where it applies (property tests hold it to the decimal path).
  return tieredCostScaled(input) ?? toCellNumber(tieredCostDecimal(input), FN);
}
