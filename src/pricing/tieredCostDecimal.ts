import { Dec, ZERO, dec, quotient } from "./decimal";
import { TieredCostInput } from "./tierTypes";
import { lowerEdge, tierIndexFor, tiersReached, upperEdge } from "./tierSelection";

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
  let usageCost: Dec = ZERO;
  let fees: Dec = ZERO;
  const reached = tiersReached(units, tiers);
  for (let i = 0; i < reached; i++) {
    const unitsInTier = dec(upperEdge(units, tiers, i)).minus(dec(lowerEdge(tiers, i)));
    usageCost = usageCost.plus(unitsInTier.times(dec(tiers[i].price)));
    fees = fees.plus(dec(tiers[i].flatFee));
  }
  return quotient(usageCost.plus(perUnits.times(fees)), perUnits);
}
