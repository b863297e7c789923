import {
  POW10,
  decimalPlaces,
  exactPlus,
  exactTimes,
  toScaled,
  widerPlaces,
} from "./scaledInteger";
import { Tier, TieredCostInput } from "./tierTypes";
import { lowerEdge, tierIndexFor, tiersReached, upperEdge } from "./tierSelection";

/*
 * The fast path of TIEREDCOST: the same tier walk as tieredCostDecimal, on integers scaled by powers
 * of ten (see scaledInteger.ts for why each step is exact). With u = U/10^a units, p = P/10^c prices
 * and fees, and per = Q/10^e:
 *   cost = (Σ U·P · 10^e + Q · 10^a · Σ F) / (Q · 10^(a+c)),
 * one correctly rounded division, which is the number nearest to the exact decimal cost.
 * Returns undefined where some value does not fit; the caller then takes the decimal path.
 */

function pricePlaces(tier: Tier): number {
  return widerPlaces(decimalPlaces(tier.price), decimalPlaces(tier.flatFee));
}

function ratio(numerator: number, denominator: number): number | undefined {
  if (Number.isNaN(numerator) || Number.isNaN(denominator)) return undefined;
  return numerator / denominator + 0; // + 0 turns a -0 (from -0 inputs) into the 0 a cell shows
}

function stairstep(tier: Tier): number | undefined {
  const c = pricePlaces(tier);
  if (c < 0) return undefined;
  return ratio(exactPlus(toScaled(tier.price, c), toScaled(tier.flatFee, c)), POW10[c]);
}

function volume(units: number, tier: Tier, per: number): number | undefined {
  const a = decimalPlaces(units);
  const c = pricePlaces(tier);
  const e = decimalPlaces(per);
  if (a < 0 || c < 0 || e < 0) return undefined;
  const q = toScaled(per, e);
  const usage = exactTimes(exactTimes(toScaled(units, a), toScaled(tier.price, c)), POW10[e]);
  const fee = exactTimes(exactTimes(q, POW10[a]), toScaled(tier.flatFee, c));
  return ratio(exactPlus(usage, fee), exactTimes(q, POW10[a + c]));
}

function graduated(units: number, tiers: readonly Tier[], per: number): number | undefined {
  const reached = tiersReached(units, tiers);
  let a = decimalPlaces(units);
  let c = 0;
  for (let i = 0; i < reached; i++) {
    if (i < reached - 1) a = widerPlaces(a, decimalPlaces(tiers[i].upTo as number));
    c = widerPlaces(c, pricePlaces(tiers[i]));
  }
  const e = decimalPlaces(per);
  if (a < 0 || c < 0 || e < 0) return undefined;

  let usage = 0;
  let fees = 0;
  for (let i = 0; i < reached; i++) {
    const unitsInTier = toScaled(upperEdge(units, tiers, i), a) - toScaled(lowerEdge(tiers, i), a);
    usage = exactPlus(usage, exactTimes(unitsInTier, toScaled(tiers[i].price, c)));
    fees = exactPlus(fees, toScaled(tiers[i].flatFee, c));
  }
  const q = toScaled(per, e);
  const numerator = exactPlus(
    exactTimes(usage, POW10[e]),
    exactTimes(exactTimes(q, POW10[a]), fees)
  );
  return ratio(numerator, exactTimes(q, POW10[a + c]));
}

/** TIEREDCOST on scaled integers, for validated input; undefined when the values do not fit. */
export function tieredCostScaled({ units, tiers, mode, per }: TieredCostInput): number | undefined {
  if (mode === "graduated") return graduated(units, tiers, per);
  const tier = tiers[tierIndexFor(units, tiers)];
  return mode === "volume" ? volume(units, tier, per) : stairstep(tier);
}
