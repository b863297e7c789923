import { Tier } from "./tierTypes";

/*
 * Tier selection compares the input numbers directly. That is exact: they are taken as Excel
 * holds them, the doubles nearest to 15-digit decimals, and rounding a decimal to the nearest
 * double is monotone, so two of them compare as their 15-digit values do.
 */

/** Index of the tier the whole quantity falls in: the first whose bound is ≥ units (0 falls in tier 1). */
export function tierIndexFor(units: number, tiers: readonly Tier[]): number {
  for (let i = 0; i < tiers.length; i++) {
    if (units <= tiers[i].upTo) return i;
  }
  return -1;
}
