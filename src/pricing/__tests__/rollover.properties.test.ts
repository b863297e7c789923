import fc from "fast-check";
import { Dec, ZERO, dec } from "../decimal";
import { rollover } from "../rollover";
import { rolloverLedger } from "../rolloverLedger";
import { RolloverTerms } from "../rolloverTypes";
import { shortDecimal } from "./arbitraries";

const amount = fc.oneof(shortDecimal(7, 3), fc.constant(0));

const terms: fc.Arbitrary<RolloverTerms> = fc.integer({ min: 1, max: 40 }).chain((periods) =>
  fc.record(
    {
      usage: fc.array(amount, { minLength: periods, maxLength: periods }),
      commit: fc.oneof(amount, fc.array(amount, { minLength: periods, maxLength: periods })),
      cap: fc.oneof(
        fc.constant(0),
        fc.constant(1),
        shortDecimal(3, 3).map((x) => Math.min(x, 1))
      ),
      expiry: fc.integer({ min: 1, max: 6 }),
      trueUp: fc.integer({ min: 1, max: 12 }),
    },
    { requiredKeys: ["usage", "commit"] }
  )
);

const commitOf = (t: RolloverTerms, i: number): Dec =>
  dec(typeof t.commit === "number" ? t.commit : t.commit[i]);

describe("rollover laws (exact, in decimals)", () => {
  it("balances every period: carried in + commitment = covered + carried out + forfeited", () => {
    fc.assert(
      fc.property(terms, (t) => {
        rolloverLedger(t).forEach((p, i) => {
          expect(
            p.carriedIn.plus(commitOf(t, i)).eq(p.covered.plus(p.carriedOut).plus(p.forfeited))
          ).toBe(true);
        });
      }),
      { numRuns: 3000 }
    );
  });

  it("splits usage into covered and overage every period", () => {
    fc.assert(
      fc.property(terms, (t) => {
        rolloverLedger(t).forEach((p, i) =>
          expect(p.covered.plus(p.overage).eq(dec(t.usage[i]))).toBe(true)
        );
      }),
      { numRuns: 3000 }
    );
  });

  it("carries out of each period exactly what the next carries in, and nothing is negative", () => {
    fc.assert(
      fc.property(terms, (t) => {
        const periods = rolloverLedger(t);
        periods.forEach((p, i) => {
          for (const v of [p.carriedIn, p.covered, p.overage, p.carriedOut, p.forfeited])
            expect(v.gte(0)).toBe(true);
          if (i > 0) expect(p.carriedIn.eq(periods[i - 1].carriedOut)).toBe(true);
        });
      }),
      { numRuns: 3000 }
    );
  });

  it("charges overage only when carry and commitment are used up", () => {
    fc.assert(
      fc.property(terms, (t) => {
        rolloverLedger(t).forEach((p, i) => {
          if (p.overage.gt(0)) expect(p.covered.eq(p.carriedIn.plus(commitOf(t, i)))).toBe(true);
        });
      }),
      { numRuns: 3000 }
    );
  });

  it("never carries anything with cap 0, and carries nothing past a true-up", () => {
    fc.assert(
      fc.property(terms, (t) => {
        rolloverLedger({ ...t, cap: 0 }).forEach((p) => expect(p.carriedOut.eq(ZERO)).toBe(true));
        if (t.trueUp !== undefined) {
          rolloverLedger(t).forEach((p, i) => {
            if ((i + 1) % (t.trueUp as number) === 0) expect(p.carriedOut.eq(ZERO)).toBe(true);
          });
        }
      }),
      { numRuns: 2000 }
    );
  });

  it("with full rollover and no expiry, forfeits nothing and covers min(usage so far, commitment so far) overall", () => {
    fc.assert(
      fc.property(terms, (t) => {
        const periods = rolloverLedger({ usage: t.usage, commit: t.commit });
        let covered = ZERO;
        periods.forEach((p, i) => {
          expect(p.forfeited.eq(ZERO)).toBe(true);
          covered = covered.plus(p.covered);
          const available = p.carriedIn.plus(commitOf(t, i));
          expect(p.covered.eq(Dec.min(dec(t.usage[i]), available))).toBe(true);
        });
      }),
      { numRuns: 2000 }
    );
  });

  it("gives the cell numbers nearest to the exact decimals", () => {
    fc.assert(
      fc.property(terms, (t) => {
        const exact = rolloverLedger(t);
        rollover(t).forEach((p, i) => {
          expect(p.carriedOut).toBe(exact[i].carriedOut.toNumber());
          expect(p.forfeited).toBe(exact[i].forfeited.toNumber());
        });
      }),
      { numRuns: 500 }
    );
  });
});
