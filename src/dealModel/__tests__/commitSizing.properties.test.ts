import fc from "fast-check";
import { dec } from "../../pricing/decimal";
import type { ModelSettings } from "../modelSettings";
import type { Offer } from "../offer";
import { commitSizing } from "../commitSizing";
import { expectedCreditShare } from "../expectedCredit";
import { computeSchedule, summarize } from "../schedule";
import { modelSettings, offersWithEveryTerm as offers } from "./arbitraryTerms";

/*
 * The sizing grid against a brute force that does not use DEAL.COMMITCOST: each level's cost in
 * each scenario is the net cost of the term of the same offer with every contract year's
 * commitment scaled by the level, priced by the schedule (the scenario bands' own rules); with
 * nothing committed, every usage cost at the overage rate plus the seats and platform fee, less
 * the expected credit. The best
 * level is the brute force's least expected cost, the first of equal ones.
 */

/** 11 to 13 distinct levels from 0 to 300% in steps of 5%, in order. */
const levels = fc
  .uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 11, maxLength: 13 })
  .map((ks) => [...ks].sort((a, b) => a - b).map((k) => k / 20));
const settings: fc.Arbitrary<ModelSettings> = fc
  .tuple(modelSettings, levels)
  .map(([base, commitLevels]) => ({ ...base, commitLevels }));

const scaled = (offer: Offer, level: number): Offer => ({
  ...offer,
  commitment: {
    ...offer.commitment,
    amounts: offer.commitment.amounts.map((a) => dec(a).times(dec(level)).toNumber()),
  },
});

/** The net cost of the term at `level` in scenario `share`, without COMMITCOST. */
function bruteCost(offer: Offer, level: number, share: number): number {
  const committed = scaled(offer, level);
  const rows = computeSchedule(committed, share);
  if (committed.commitment.amounts.some((a) => a !== 0)) {
    return summarize(committed, rows).term.netCost;
  }
  const usage = rows.reduce((sum, row) => sum.plus(dec(row.usageCost)), dec(0));
  const fees = rows.reduce((sum, row) => sum.plus(dec(row.fixedFees)), dec(0));
  const keep = dec(1).minus(dec(expectedCreditShare(offer.sla).toNumber()));
  return keep.times(usage.times(dec(offer.overageRate)).plus(fees)).toNumber();
}

const near = (a: number, b: number, where: string) => {
  if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) {
    throw new Error(`${where}: sizing ${a}, brute force ${b}`);
  }
};

describe("how big to commit: the grid against a brute force", () => {
  it("prices every level and scenario as the schedule prices the scaled offer, and names its minimum", () => {
    fc.assert(
      fc.property(offers, settings, (offer, model) => {
        const sizing = commitSizing(offer, model);
        const expected = model.commitLevels.map((level, l) => {
          let sum = dec(0);
          model.scenarios.forEach(({ share, probability }, s) => {
            const cost = bruteCost(offer, level, share);
            near(sizing.rows[l].costs[s], cost, `level ${level}, share ${share}`);
            sum = sum.plus(dec(probability).times(dec(cost)));
          });
          return sum.toNumber();
        });
        const least = Math.min(...expected);
        near(sizing.bestExpected, least, "least expected cost");
        const first = expected.findIndex((e) => e === least);
        // The same level, unless the two are equal up to the rounding of each figure.
        if (sizing.best !== first) near(expected[sizing.best], least, "a tie at the best level");
      }),
      { numRuns: 8 }
    );
  });
});
