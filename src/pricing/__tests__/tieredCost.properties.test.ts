import fc from "fast-check";
import Decimal from "decimal.js";
import { dec } from "../decimal";
import { asExcelHolds } from "../excelNumber";
import { decimalPlaces } from "../scaledInteger";
import { tieredCost, validateTieredCost } from "../tieredCost";
import { tieredCostDecimal } from "../tieredCostDecimal";
import { tieredCostScaled } from "../tieredCostScaled";
import { TierTable } from "../tierTable";
import {
  shortDecimal,
  anyNonNegative,
  tierMode,
  tierTable,
  unitsFor,
  priceValue,
  withBinaryNoise,
} from "./arbitraries";

const per = fc.oneof(
  fc.constant(1),
  fc.constant(1000),
  fc.constant(1e6),
  shortDecimal(4, 3).filter((p) => p > 0)
);

describe("the scaled-integer fast path", () => {
  it("finds the shortest decimal's places, as decimal.js reads the number", () => {
    fc.assert(
      fc.property(fc.oneof(shortDecimal(12, 15), anyNonNegative), (x) => {
        const places = decimalPlaces(x);
        if (places < 0) return;
        const exact = new Decimal(x);
        expect(exact.decimalPlaces()).toBe(places);
        expect(
          exact
            .times(new Decimal(10).pow(places))
            .abs()
            .lt(2 ** 50)
        ).toBe(true);
      }),
      { numRuns: 20000 }
    );
  });

  it("reads every short decimal k × 10^-p (k < 10^12, p ≤ 3) on the fast path", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 12 - 1 }),
        fc.integer({ min: 0, max: 3 }),
        (k, p) => {
          const x = Number(`${k}e-${p}`);
          expect(decimalPlaces(x)).toBe(new Decimal(x).decimalPlaces());
        }
      ),
      { numRuns: 5000 }
    );
  });

  it("reads every number as Excel holds it below 2^50, unless it has more than 15 decimal places", () => {
    // Its 15 significant digits scaled to a whole number stay below 10^15 < 2^50.
    fc.assert(
      fc.property(fc.oneof(withBinaryNoise(shortDecimal(12, 15)), anyNonNegative), (x) => {
        const held = asExcelHolds(x);
        const places = new Decimal(held).decimalPlaces();
        expect(decimalPlaces(held)).toBe(places <= 15 && held < 2 ** 50 ? places : -1);
      }),
      { numRuns: 20000 }
    );
  });

  it("gives exactly the decimal path's number whenever it answers, also for inputs with binary noise", () => {
    let answered = 0;
    fc.assert(
      fc.property(
        tierTable(withBinaryNoise(priceValue)).chain((tiers) =>
          fc.tuple(fc.constant(tiers), withBinaryNoise(unitsFor(tiers)), tierMode, per)
        ),
        ([tiers, units, mode, perUnits]) => {
          const table = TierTable.of(tiers);
          fc.pre(asExcelHolds(units) <= table.limit);
          // As tieredCost calls both paths: with every number as Excel holds it.
          const input = validateTieredCost({ units, table, mode, per: perUnits });
          const fast = tieredCostScaled(input);
          if (fast === undefined) return;
          answered++;
          expect(fast).toBe(tieredCostDecimal(input).toNumber());
        }
      ),
      { numRuns: 20000 }
    );
    // The property would be empty if the fast path never answered.
    expect(answered).toBeGreaterThan(5000);
  });

  it("answers for token tables up to 100 billion tokens, prices to the cent up to 100 per million, fees to the cent up to a million", () => {
    const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);
    const table = fc
      .uniqueArray(fc.integer({ min: 1, max: 1e11 }), { minLength: 1, maxLength: 6 })
      .chain((bounds) =>
        fc
          .array(fc.tuple(cents(100), cents(1e6)), {
            minLength: bounds.length,
            maxLength: bounds.length,
          })
          .map((rows) =>
            [...bounds]
              .sort((x, y) => x - y)
              .map((upTo, i) => ({ upTo, price: rows[i][0], flatFee: rows[i][1] }))
          )
      );
    fc.assert(
      fc.property(table, fc.integer({ min: 0, max: 1e11 }), tierMode, (tiers, units, mode) => {
        fc.pre(units <= (tiers[tiers.length - 1].upTo as number));
        expect(
          tieredCostScaled({ units, table: TierTable.of(tiers), mode, per: 1e6 })
        ).toBeDefined();
      }),
      { numRuns: 3000 }
    );
  });
});

describe("tiered cost laws", () => {
  const graduatedCase = tierTable().chain((tiers) =>
    fc.tuple(fc.constant(tiers), unitsFor(tiers), unitsFor(tiers), per)
  );

  it("never falls as units grow (graduated)", () => {
    fc.assert(
      fc.property(graduatedCase, ([tiers, a, b, perUnits]) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(tieredCost(low, tiers, "graduated", perUnits)).toBeLessThanOrEqual(
          tieredCost(high, tiers, "graduated", perUnits)
        );
      }),
      { numRuns: 3000 }
    );
  });

  it("adds each full tier's units × price / per plus its fee between consecutive bounds (graduated)", () => {
    fc.assert(
      fc.property(tierTable(shortDecimal(6, 6)), (tiers) => {
        const bounded = tiers.filter((t) => t.upTo !== Infinity);
        for (let i = 1; i < bounded.length; i++) {
          const [lower, upper] = [bounded[i - 1].upTo, bounded[i].upTo];
          const step = tieredCostDecimal({
            units: upper,
            table: TierTable.of(tiers),
            mode: "graduated",
            per: 1,
          }).minus(
            tieredCostDecimal({
              units: lower,
              table: TierTable.of(tiers),
              mode: "graduated",
              per: 1,
            })
          );
          const expected = dec(upper)
            .minus(dec(lower))
            .times(dec(tiers[i].price))
            .plus(dec(tiers[i].flatFee));
          expect(step.eq(expected)).toBe(true);
        }
      }),
      { numRuns: 2000 }
    );
  });

  it("charges no more in volume than graduated when prices fall tier by tier and there are no fees", () => {
    const falling = tierTable(priceValue).map((tiers) => {
      const prices = tiers.map((t) => t.price).sort((x, y) => y - x);
      return tiers.map((t, i) => ({ ...t, price: prices[i], flatFee: 0 }));
    });
    fc.assert(
      fc.property(
        falling.chain((tiers) => fc.tuple(fc.constant(tiers), unitsFor(tiers))),
        ([tiers, units]) => {
          const volume = tieredCostDecimal({
            units,
            table: TierTable.of(tiers),
            mode: "volume",
            per: 1,
          });
          const graduated = tieredCostDecimal({
            units,
            table: TierTable.of(tiers),
            mode: "graduated",
            per: 1,
          });
          expect(volume.lte(graduated)).toBe(true);
        }
      ),
      { numRuns: 3000 }
    );
  });

  it("prices stairstep independently of per and of units within one tier", () => {
    fc.assert(
      fc.property(
        tierTable().chain((tiers) => fc.tuple(fc.constant(tiers), unitsFor(tiers), per)),
        ([tiers, units, perUnits]) => {
          expect(tieredCost(units, tiers, "stairstep", perUnits)).toBe(
            tieredCost(units, tiers, "stairstep", 1)
          );
        }
      ),
      { numRuns: 2000 }
    );
  });
});
