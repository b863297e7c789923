import { requireNonNegative } from "./checks";
import { Dec, ZERO, dec } from "./decimal";
import { commitCost } from "./commitCost";
import type { CommitCostTerms } from "./commitCostTypes";
import { toCellNumber } from "./result";

/*
 * How big to commit: the expected cost of each commitment level over usage scenarios with
 * probabilities, and the level of least expected cost on that grid (the first of equal ones).
 * The deal model prices each level and scenario its own way (COMMITCOST plus its fees), so the
 * grid takes the cost as a function; commitCostSizing is the grid of plain COMMITCOST calls.
 */

export interface CommitmentGrid {
  /** The levels tried, e.g. shares of the proposed commitment (0, 0.2, … 2). At least one. */
  readonly levels: readonly number[];
  /** Each scenario's probability, ≥ 0; the expected cost weighs each scenario's cost by it. */
  readonly probabilities: readonly number[];
  /** The cost of committing at `level` (a value of `levels`) in scenario `scenario` (an index). */
  readonly cost: (level: number, scenario: number) => number;
}

export interface CommitmentSizing {
  /** costs[l][s]: the cost of level l in scenario s, as `cost` gave it. */
  readonly costs: number[][];
  /** Per level: Σ probability × cost, computed exactly, then the number nearest to it. */
  readonly expected: number[];
  /** The index of the level with the least expected cost, the first of equal ones. */
  readonly best: number;
  /** levels[best]. */
  readonly bestLevel: number;
}

const FN = "COMMITCOST";

/**
 * The expected cost of every level of the grid and the level that minimises it.
 * @throws PricingError when a probability or a cost is not a number ≥ 0, or a sum is too large;
 *   RangeError when there is no level.
 */
export function sizeCommitment(grid: CommitmentGrid): CommitmentSizing {
  const { levels, probabilities } = grid;
  if (levels.length === 0) throw new RangeError("sizing a commitment needs at least one level");
  const weights = probabilities.map((p, s) =>
    dec(requireNonNegative(p, { fn: FN, arg: "probability", row: s + 1 }))
  );
  const costs = levels.map((level) => probabilities.map((_, s) => grid.cost(level, s)));
  const exact = costs.map((row, l) =>
    row.reduce<Dec>(
      (sum, cost, s) =>
        sum.plus(
          weights[s].times(dec(requireNonNegative(cost, { fn: FN, arg: "cost", row: l + 1 })))
        ),
      ZERO
    )
  );
  let best = 0;
  exact.forEach((value, l) => {
    if (value.lt(exact[best])) best = l;
  });
  return {
    costs,
    expected: exact.map((value) => toCellNumber(value, FN)),
    best,
    bestLevel: levels[best],
  };
}

/** A usage scenario of a commitment: its probability and COMMITCOST's terms (scale left out). */
export interface CommitScenario {
  readonly probability: number;
  readonly terms: CommitCostTerms;
}

/**
 * The grid of plain COMMITCOST calls: each level is the call's `scale`.
 * @example commitCostSizing([0, 0.5, 1], [{ probability: 1, terms: { commit: 100, usage: [80, 120], rate: 1.5 } }]).bestLevel // 1
 */
export function commitCostSizing(
  levels: readonly number[],
  scenarios: readonly CommitScenario[]
): CommitmentSizing {
  return sizeCommitment({
    levels,
    probabilities: scenarios.map((scenario) => scenario.probability),
    cost: (level, s) => commitCost({ ...scenarios[s].terms, scale: level }),
  });
}
