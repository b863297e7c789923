import fc from "fast-check";
import { commitCostSizing, sizeCommitment } from "../bestCommitment";
import { commitCost, commitCostExact, validateCommitCost } from "../commitCost";
import type { CommitCostTerms } from "../commitCostTypes";
import { Dec, ZERO, dec } from "../decimal";
import { rolloverLedger } from "../rolloverLedger";
import { shortDecimal } from "./arbitraries";

/*
 * DEAL.COMMITCOST against a brute-force recomputation written apart from ROLLOVER's ledger (a
 * list of rolled amounts, searched every period), and the laws its contract implies.
 */

const amount = fc.oneof(shortDecimal(6, 2), fc.constant(0));

const terms: fc.Arbitrary<CommitCostTerms> = fc.integer({ min: 1, max: 30 }).chain((periods) =>
  fc.record(
    {
      usage: fc.array(amount, { minLength: periods, maxLength: periods }),
      commit: fc.oneof(amount, fc.array(amount, { minLength: periods, maxLength: periods })),
      cap: fc.oneof(
        fc.constantFrom(0, 0.2, 1),
        shortDecimal(2, 2).map((x) => Math.min(x, 1))
      ),
      expiry: fc.integer({ min: 1, max: 6 }),
      trueUp: fc.integer({ min: 1, max: 12 }),
      rate: fc.oneof(fc.constantFrom(0, 1, 1.05, 1.1, 1.5), shortDecimal(3, 2)),
      scale: fc.oneof(fc.constantFrom(0, 0.5, 1, 2), shortDecimal(2, 1)),
      burst: fc.oneof(
        fc.constantFrom(1, 1.5, 2, 3),
        shortDecimal(2, 1).map((x) => 1 + x)
      ),
      window: fc.integer({ min: 1, max: 8 }),
    },
    { requiredKeys: ["usage", "commit"] }
  )
);

/** The cost by the contract's words, period by period, with none of the core's code. */
function bruteForce(t: CommitCostTerms): Dec {
  const n = t.usage.length;
  const scale = dec(t.scale ?? 1);
  const c = (i: number) => dec(typeof t.commit === "number" ? t.commit : t.commit[i]).times(scale);
  const cap = dec(t.cap ?? 1);
  const rate = dec(t.rate ?? 1);
  const multiple = dec(t.burst ?? 1);
  const window = t.window ?? n;
  let carried: { amount: Dec; until: number }[] = [];
  const rows: { eligible: Dec; overage: Dec; lost: Dec; carriedOut: Dec }[] = [];
  for (let i = 0; i < n; i++) {
    const p = i + 1;
    const usage = dec(t.usage[i]);
    let need = usage;
    carried.sort((a, b) => a.until - b.until); // oldest first: all live equally long
    for (const vintage of carried) {
      const take = Dec.min(vintage.amount, need);
      vintage.amount = vintage.amount.minus(take);
      need = need.minus(take);
    }
    const fromCommit = Dec.min(need, c(i));
    const overage = need.minus(fromCommit);
    const covered = usage.minus(overage);
    const unused = c(i).minus(fromCommit);
    const rolled = Dec.min(unused, cap.times(c(i)));
    let lost = unused.minus(rolled);
    for (const vintage of carried) if (vintage.until <= p) lost = lost.plus(vintage.amount);
    carried = carried.filter((vintage) => vintage.until > p && vintage.amount.gt(0));
    carried.push({ amount: rolled, until: t.expiry === undefined ? Infinity : p + t.expiry });
    if (t.trueUp !== undefined && p % t.trueUp === 0) {
      for (const vintage of carried) lost = lost.plus(vintage.amount);
      carried = [];
    }
    const carriedOut = carried.reduce<Dec>((sum, v) => sum.plus(v.amount), ZERO);
    const eligible = Dec.max(ZERO, Dec.min(usage, multiple.times(c(i))).minus(covered));
    rows.push({ eligible, overage, lost, carriedOut });
  }
  let cost: Dec = ZERO;
  for (let i = 0; i < n; i++) {
    cost = cost.plus(c(i)).plus(rate.times(rows[i].overage.minus(rows[i].eligible)));
  }
  for (let start = 0; start < n; start += window) {
    const block = rows.slice(start, start + window);
    const bursts = block.reduce<Dec>((sum, r) => sum.plus(r.eligible), ZERO);
    let lost = block.reduce<Dec>((sum, r) => sum.plus(r.lost), ZERO);
    if (start + window >= n) lost = lost.plus(rows[n - 1].carriedOut);
    cost = cost.plus(bursts.minus(Dec.min(bursts, lost)));
  }
  return cost;
}

const exact = (t: CommitCostTerms) => commitCostExact(validateCommitCost(t));
const sum = (values: readonly Dec[]) => values.reduce<Dec>((s, v) => s.plus(v), ZERO);
const commits = (t: CommitCostTerms) =>
  t.usage.map((_, i) =>
    dec(typeof t.commit === "number" ? t.commit : t.commit[i]).times(dec(t.scale ?? 1))
  );

describe("DEAL.COMMITCOST (exact, in decimals)", () => {
  it("equals the brute-force recomputation of its contract", () => {
    fc.assert(
      fc.property(terms, (t) => {
        expect(exact(t).toString()).toBe(bruteForce(t).toString());
      }),
      { numRuns: 1000 }
    );
  });

  it("with scale 0 charges all usage at the overage rate", () => {
    fc.assert(
      fc.property(terms, (t) => {
        const cost = exact({ ...t, scale: 0 });
        expect(cost.eq(dec(t.rate ?? 1).times(sum(t.usage.map(dec))))).toBe(true);
      })
    );
  });

  it("with burst 1 is the commitment plus rate × ROLLOVER's overage", () => {
    fc.assert(
      fc.property(terms, (t) => {
        const plain = { ...t, burst: 1 };
        const overage = sum(rolloverLedger(plain, dec(t.scale ?? 1)).map((p) => p.overage));
        expect(exact(plain).eq(sum(commits(t)).plus(dec(t.rate ?? 1).times(overage)))).toBe(true);
      })
    );
  });

  it("scales: usage and scale both times λ give λ times the cost", () => {
    fc.assert(
      fc.property(terms, fc.integer({ min: 2, max: 50 }), (t, lambda) => {
        const scaled = {
          ...t,
          usage: t.usage.map((u) => u * lambda),
          scale: (t.scale ?? 1) * lambda,
        };
        expect(exact(scaled).eq(exact(t).times(lambda))).toBe(true);
      })
    );
  });

  it("never falls as the overage rate rises", () => {
    fc.assert(
      fc.property(terms, shortDecimal(2, 2), (t, more) => {
        const rate = t.rate ?? 1;
        expect(exact({ ...t, rate: rate + more }).gte(exact({ ...t, rate }))).toBe(true);
      })
    );
  });

  it("with rate ≥ 1, never rises with a burst allowance", () => {
    fc.assert(
      fc.property(terms, (t) => {
        const atLeastOne = { ...t, rate: Math.max(1, t.rate ?? 1) };
        expect(exact(atLeastOne).lte(exact({ ...atLeastOne, burst: 1 }))).toBe(true);
      })
    );
  });

  it("lies between the commitment and the commitment plus max(rate, 1) × all usage", () => {
    fc.assert(
      fc.property(terms, (t) => {
        const cost = exact(t);
        const committed = sum(commits(t));
        const most = Dec.max(dec(t.rate ?? 1), 1).times(sum(t.usage.map(dec)));
        expect(cost.gte(committed) && cost.lte(committed.plus(most))).toBe(true);
      })
    );
  });

  it("gives the cell the number nearest to the exact cost", () => {
    fc.assert(
      fc.property(terms, (t) => {
        expect(commitCost(t)).toBe(bruteForce(t).toNumber());
      })
    );
  });
});

describe("how big to commit: the grid's least expected cost", () => {
  const grid = fc.record({
    levels: fc.array(shortDecimal(2, 1), { minLength: 1, maxLength: 21 }),
    scenarios: fc.array(fc.tuple(terms, shortDecimal(2, 2)), { minLength: 1, maxLength: 5 }),
  });

  it("is the minimum found by brute force over the same grid, the first of equal ones", () => {
    fc.assert(
      fc.property(grid, ({ levels, scenarios }) => {
        const sized = commitCostSizing(
          levels,
          scenarios.map(([t, probability]) => ({ probability, terms: t }))
        );
        const expected = levels.map((level) =>
          scenarios.reduce<Dec>(
            (total, [t, p]) =>
              total.plus(dec(p).times(bruteForce({ ...t, scale: level }).toNumber())),
            ZERO
          )
        );
        let best = 0;
        for (let l = 1; l < levels.length; l++) if (expected[l].lt(expected[best])) best = l;
        expect(sized.best).toBe(best);
        expect(sized.bestLevel).toBe(levels[best]);
        expect(sized.expected).toEqual(expected.map((e) => e.toNumber()));
      }),
      { numRuns: 100 }
    );
  });

  it("names the first level when costs tie, and refuses a negative probability", () => {
    const flat = sizeCommitment({ levels: [0, 1, 2], probabilities: [1], cost: () => 5 });
    expect(flat).toMatchObject({ best: 0, bestLevel: 0, expected: [5, 5, 5] });
    expect(() => sizeCommitment({ levels: [1], probabilities: [-0.1], cost: () => 1 })).toThrow(
      /probability row 1: expected a number ≥ 0/
    );
  });

  it("finds a level below the forecast when the overage premium is small", () => {
    // 100 a period forecast, ±50%; rate 1.05: committing to the low case wins.
    const usage = (share: number) => Array(12).fill(100 * share);
    const sized = commitCostSizing(
      [0, 0.5, 1, 1.5],
      [
        { probability: 0.25, terms: { commit: 100, usage: usage(0.5), cap: 0, rate: 1.05 } },
        { probability: 0.5, terms: { commit: 100, usage: usage(1), cap: 0, rate: 1.05 } },
        { probability: 0.25, terms: { commit: 100, usage: usage(1.5), cap: 0, rate: 1.05 } },
      ]
    );
    // Level 0: 1.05 × 1200 = 1260. Level 0.5: 600 + 1.05 × (0.5 × 600 + 0.25 × 1200) = 1230.
    // Level 1: 1200 + 1.05 × 0.25 × 600 = 1357.5. Level 1.5: 1800 paid, never exceeded.
    expect(sized.expected).toEqual([1260, 1230, 1357.5, 1800]);
    expect(sized.bestLevel).toBe(0.5);
  });
});
