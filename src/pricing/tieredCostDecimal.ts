import { Dec, ZERO, dec, quotient } from "./decimal";
import { TieredCostInput } from "./tierTypes";
import { tierIndexFor } from "./tierSelection";

/**
 * The general path: the tier walk in decimal arithmetic. Sums and products of the inputs are exact;
 * the one rounding is the final division by `per`, at 50 significant digits where it does not terminate.
 * Cost = (Σ units in tier × price + per × flat fees) / per.
 */
export function tieredCostDecimal({ units, table, mode, per }: TieredCostInput): Dec {
  const tiers = table.tiers;
  if (mode === "stairstep") {
    const tier = tiers[tierIndexFor(units, tiers)];
    return dec(tier.price).plus(dec(tier.flatFee));
  }
  const perUnits = dec(per);
  if (mode === "volume") {
    const tier = tiers[tierIndexFor(units, tiers)];
    return quotient(
      dec(units)
        .times(dec(tier.price))
        .plus(perUnits.times(dec(tier.flatFee))),
      perUnits
    );
  }
  // Graduated: tiers 0 … last are reached (tier 1 always, so its flat fee is due even at 0 units).
  const last = tierIndexFor(units, tiers);
  let usageCost: Dec = ZERO;
  let fees: Dec = ZERO;
  let lower: Dec = ZERO; // the lower edge of tier i: the bound of the tier below
  for (let i = 0; i <= last; i++) {
    // Every tier below the last one reached is full; the last holds the rest of the units.
    const upper = dec(i < last ? tiers[i].upTo : units);
    usageCost = usageCost.plus(upper.minus(lower).times(dec(tiers[i].price)));
    fees = fees.plus(dec(tiers[i].flatFee));
    lower = upper;
  }
  return quotient(usageCost.plus(perUnits.times(fees)), perUnits);
}
