import { requireNonNegative, requirePositive } from "./checks";
import { TierTable } from "./tierTable";
import { ArgumentPlace, invalidInput } from "./errors";
import { EXPECTED, HINTS } from "./expectations";
import { asExcelHolds } from "./excelNumber";
import { toCellNumber } from "./result";
import { tieredCostDecimal } from "./tieredCostDecimal";
import { tieredCostScaled } from "./tieredCostScaled";
import { Tier, TieredCostInput, TierMode } from "./tierTypes";

const FN = "TIEREDCOST";
const UNITS: ArgumentPlace = { fn: FN, arg: "units" };
const PER: ArgumentPlace = { fn: FN, arg: "per" };

/**
 * Takes the per-quantity part of a tiered-cost request as Excel holds it and checks it (the table
 * did both when built).
 * @returns The request with units and per as Excel holds them.
 * @throws PricingError `invalidInput` naming the argument and rule broken.
 */
export function validateTieredCost({ units, table, mode, per }: TieredCostInput): TieredCostInput {
  return heldRequest(units, table, mode, per);
}

/** validateTieredCost's work, from the request's parts: one object a call. */
function heldRequest(units: number, table: TierTable, mode: TierMode, per: number) {
  const held: TieredCostInput = { units: asExcelHolds(units), table, mode, per: asExcelHolds(per) };
  requireNonNegative(held.units, UNITS);
  requirePositive(held.per, PER);
  if (held.units > table.limit) {
    throw invalidInput(
      UNITS,
      EXPECTED.unitsWithinLastBound(String(table.limit)),
      String(held.units),
      HINTS.unboundedLastTier
    );
  }
  return held;
}

/**
 * The cost of a quantity under a tiered price table, exactly: each input taken as Excel holds it
 * (at 15 significant digits, see excelNumber.ts), the answer the number nearest to the exact
 * decimal cost.
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
  const input = heldRequest(units, table, mode, per);
  // The scaled-integer path is exact where it applies (property tests hold it to the decimal path).
  return tieredCostScaled(input) ?? toCellNumber(tieredCostDecimal(input), FN);
}
