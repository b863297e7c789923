import fc from "fast-check";
import { Tier, TierMode } from "../tierTypes";

/** A decimal with few digits, as prices and quantities are typed: k × 10^-places. */
export function shortDecimal(maxDigits: number, maxPlaces: number): fc.Arbitrary<number> {
  return fc
    .tuple(fc.integer({ min: 0, max: 10 ** maxDigits }), fc.integer({ min: 0, max: maxPlaces }))
    .map(([k, places]) => Number(`${k}e-${places}`));
}

/**
 * Any finite non-negative double up to 1e150, including 17-digit and tiny ones: large enough to
 * leave the fast path, small enough that products of two stay finite.
 */
export const anyNonNegative = fc.double({
  min: 0,
  max: 1e150,
  noNaN: true,
  noDefaultInfinity: true,
});

/** A price-like value: mostly short decimals, sometimes an arbitrary double. */
export const priceValue = fc.oneof(
  { weight: 4, arbitrary: shortDecimal(6, 6) },
  { weight: 1, arbitrary: anyNonNegative }
);

export const tierMode: fc.Arbitrary<TierMode> = fc.constantFrom("graduated", "volume", "stairstep");

/** A valid tier table of 1–6 tiers (strictly increasing bounds; the last one maybe unbounded). */
export function tierTable(price: fc.Arbitrary<number> = priceValue): fc.Arbitrary<Tier[]> {
  return fc
    .record({
      widths: fc.array(fc.oneof(shortDecimal(9, 3), anyNonNegative), {
        minLength: 1,
        maxLength: 6,
      }),
      prices: fc.array(price, { minLength: 6, maxLength: 6 }),
      fees: fc.array(fc.oneof(fc.constant(0), price), { minLength: 6, maxLength: 6 }),
      unbounded: fc.boolean(),
    })
    .map(({ widths, prices, fees, unbounded }) => {
      let bound = 0;
      const tiers: Tier[] = [];
      for (const [i, width] of widths.entries()) {
        const next = bound + Math.max(width, 1);
        if (!(next > bound) || !Number.isFinite(next)) break;
        bound = next;
        tiers.push({ upTo: bound, price: prices[i], flatFee: fees[i] });
      }
      if (unbounded) tiers[tiers.length - 1] = { ...tiers[tiers.length - 1], upTo: Infinity };
      return tiers;
    });
}

/** A quantity that may fall anywhere in the table, often exactly on a bound. */
export function unitsFor(tiers: readonly Tier[]): fc.Arbitrary<number> {
  const last = tiers[tiers.length - 1].upTo;
  const bounds = tiers.map((t) => t.upTo).filter((b) => b !== Infinity);
  return fc
    .oneof(
      fc.constant(0),
      bounds.length > 0 ? fc.constantFrom(...bounds) : fc.constant(0),
      shortDecimal(10, 4),
      anyNonNegative
    )
    .filter((u) => u <= last);
}
