import { Tier } from "./tierTypes";

/*
 * Tier selection compares the input numbers directly. That is exact: rounding a decimal to the
 * nearest double is monotone, so two doubles compare as their shortest decimals do.
 */

function withinBound(units: number, tier: Tier): boolean {
  return tier.upTo === null || units <= tier.upTo;
}

/** Index of the tier the whole quantity falls in: the first whose bound is ≥ units (0 falls in tier 1). */
export function tierIndexFor(units: number, tiers: readonly Tier[]): number {
  return tiers.findIndex((tier) => withinBound(units, tier));
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
  return index === 0 ? 0 : (tiers[index - 1].upTo as number);
}

/** The upper end of the units counted in tier `index`: its bound, or the quantity in the last tier reached. */
export function upperEdge(units: number, tiers: readonly Tier[], index: number): number {
  const bound = tiers[index].upTo;
  return bound === null || units <= bound ? units : bound;
}
