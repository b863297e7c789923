import fc from "fast-check";
import { asExcelHolds } from "../excelNumber";
import { Tier, TierMode } from "../tierTypes";

/** A decimal with few digits, as prices and quantities are typed: k × 10^-places. */
export function shortDecimal(maxDigits: number, maxPlaces: number): fc.Arbitrary<number> {
  return fc
    .tuple(fc.integer({ min: 0, max: 10 ** maxDigits }), fc.integer({ min: 0, max: maxPlaces }))
    .map(([k, places]) => Number(`${k}e-${places}`));
}

/**
 * A value as a cell computed from it may hold it: the value itself, or it a few units in the last
 * place away, as sums and quotients of decimals leave it ((43800 − 43.8) / 43800 is
 * 0.9989999999999999).
 */
export function withBinaryNoise(value: fc.Arbitrary<number>): fc.Arbitrary<number> {
  return fc
    .tuple(value, fc.integer({ min: -4, max: 4 }))
    .map(([x, ulps]) => x * (1 + ulps * Number.EPSILON));
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

/**
 * A valid tier table of 1–6 tiers: bounds strictly increasing as Excel holds them (at 15 digits),
 * the last one maybe unbounded.
 */
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
        const next = asExcelHolds(bound + Math.max(width, 1));
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
