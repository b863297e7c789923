import { Tier } from "./tierTypes";

/*
 * Tier selection compares the input numbers directly. That is exact: rounding a decimal to the
 * nearest double is monotone, so two doubles compare as their shortest decimals do.
 */

/** Index of the tier the whole quantity falls in: the first whose bound is ≥ units (0 falls in tier 1). */
export function tierIndexFor(units: number, tiers: readonly Tier[]): number {
  for (let i = 0; i < tiers.length; i++) {
    if (units <= tiers[i].upTo) return i;
  }
  return -1;
}

/**
 * How many tiers graduated pricing reaches: tier 1 always (so its flat fee is due even at 0 units),
 * tier i + 1 once units exceed tier i's bound.
 */
export function tiersReached(units: number, tiers: readonly Tier[]): number {
  return tierIndexFor(units, tiers) + 1;
}

/** The lower edge of tier `index` (0 for the first tier): the bound of the tier below it. */
export function lowerEdge(tiers: readonly Tier[], index: number): number {
  return index === 0 ? 0 : tiers[index - 1].upTo;
}

/** The upper end of the units counted in tier `index`: its bound, or the quantity in the last tier reached. */
export function upperEdge(units: number, tiers: readonly Tier[], index: number): number {
  return Math.min(units, tiers[index].upTo);
}
