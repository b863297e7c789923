import {
  POW10,
  decimalPlaces,
  exactPlus,
  exactTimes,
  toScaled,
  widerPlaces,
} from "./scaledInteger";
import { TieredCostInput } from "./tierTypes";
import { TierTable } from "./tierTable";
import { tierIndexFor } from "./tierSelection";

/*
 * The fast path of TIEREDCOST: the same tier walk as tieredCostDecimal, on integers scaled by powers
 * of ten (see scaledInteger.ts for why each step is exact). With u = U/10^a units, p = P/10^c prices
 * and fees, and per = Q/10^e:
 *   cost = (Σ U·P · 10^e + Q · 10^a · Σ F) / (Q · 10^(a+c)),
 * one correctly rounded division, which is the number nearest to the exact decimal cost.
 * Returns undefined where some value does not fit; the caller then takes the decimal path.
 */

function ratio(numerator: number, denominator: number): number | undefined {
  if (Number.isNaN(numerator) || Number.isNaN(denominator)) return undefined;
  return numerator / denominator + 0; // + 0 turns a -0 (from -0 inputs) into the 0 a cell shows
}

function stairstep(table: TierTable, t: number): number | undefined {
  const c = table.pricePlaces[t];
  if (c < 0) return undefined;
  const tier = table.tiers[t];
  return ratio(exactPlus(toScaled(tier.price, c), toScaled(tier.flatFee, c)), POW10[c]);
}

function volume(units: number, table: TierTable, t: number, per: number): number | undefined {
  const a = decimalPlaces(units);
  const c = table.pricePlaces[t];
  const e = decimalPlaces(per);
  if (a < 0 || c < 0 || e < 0) return undefined;
  const tier = table.tiers[t];
  const q = toScaled(per, e);
  const usage = exactTimes(exactTimes(toScaled(units, a), toScaled(tier.price, c)), POW10[e]);
  const fee = exactTimes(exactTimes(q, POW10[a]), toScaled(tier.flatFee, c));
  return ratio(exactPlus(usage, fee), exactTimes(q, POW10[a + c]));
}

function graduated(units: number, table: TierTable, last: number, per: number): number | undefined {
  // Tiers 0 … last are reached; the bounds of those below `last` are the edges the units cross.
  const a =
    last === 0
      ? decimalPlaces(units)
      : widerPlaces(decimalPlaces(units), table.boundPlacesThrough[last - 1]);
  const c = table.pricePlacesThrough[last];
  const e = decimalPlaces(per);
  if (a < 0 || c < 0 || e < 0) return undefined;

  const tiers = table.tiers;
  let usage = 0;
  let fees = 0;
  let lower = 0; // the scaled lower edge of tier i: the bound of the tier below
  for (let i = 0; i <= last; i++) {
    // Every tier below the last one reached is full; the last holds the rest of the units.
    const upper = toScaled(i < last ? tiers[i].upTo : units, a);
    usage = exactPlus(usage, exactTimes(upper - lower, toScaled(tiers[i].price, c)));
    if (tiers[i].flatFee !== 0) fees = exactPlus(fees, toScaled(tiers[i].flatFee, c));
    lower = upper;
  }
  const q = toScaled(per, e);
  const numerator = exactPlus(
    exactTimes(usage, POW10[e]),
    exactTimes(exactTimes(q, POW10[a]), fees)
  );
  return ratio(numerator, exactTimes(q, POW10[a + c]));
}

/** TIEREDCOST on scaled integers, for validated input; undefined when the values do not fit. */
export function tieredCostScaled({ units, table, mode, per }: TieredCostInput): number | undefined {
  const t = tierIndexFor(units, table.tiers);
  if (mode === "graduated") return graduated(units, table, t, per);
  return mode === "volume" ? volume(units, table, t, per) : stairstep(table, t);
}
