import fc from "fast-check";
import { dec } from "../decimal";
import { asExcelHolds } from "../excelNumber";
import { rampPrice } from "../rampPrice";
import { shortDecimal } from "./arbitraries";

const change = fc.oneof(
  fc.constant(0),
  shortDecimal(3, 3).map((x) => x - 0.5)
);

describe("ramp price laws", () => {
  it("moves by exactly (1 + uplift) each period after the term", () => {
    fc.assert(
      fc.property(
        shortDecimal(6, 2),
        fc.array(change, { minLength: 1, maxLength: 6 }),
        shortDecimal(2, 3),
        fc.integer({ min: 0, max: 20 }),
        (base, ramp, uplift, after) => {
          const term = ramp.length;
          const before = dec(rampPrice({ base, period: term + after, ramp, uplift }));
          const next = rampPrice({ base, period: term + after + 1, ramp, uplift });
          // The double nearest the exact next price; `before` is itself rounded, so compare to 1e-15.
          expect(
            Math.abs(next - before.times(dec(1 + 0).plus(dec(uplift))).toNumber())
          ).toBeLessThanOrEqual(Math.abs(next) * 1e-15);
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("equals the product of ramp factors within the term, whatever lies beyond it", () => {
    fc.assert(
      fc.property(
        shortDecimal(6, 2),
        fc.array(change, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 8 }),
        (base, ramp, period) => {
          fc.pre(period <= ramp.length);
          // Each change as Excel holds it: x − 0.5 leaves binary noise (-0.08300000000000002).
          const exact = ramp
            .slice(0, period)
            .reduce((price, r) => price.times(dec(1).plus(dec(asExcelHolds(r)))), dec(base));
          expect(rampPrice({ base, period, ramp, uplift: 0.3, term: ramp.length })).toBe(
            exact.toNumber()
          );
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("is flat with no ramp and no uplift", () => {
    fc.assert(
      fc.property(shortDecimal(9, 4), fc.integer({ min: 1, max: 1200 }), (base, period) => {
        expect(rampPrice({ base, period })).toBe(base);
      }),
      { numRuns: 1000 }
    );
  });
});
