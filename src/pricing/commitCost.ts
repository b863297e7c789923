import { requireNonNegative, requireWhole, outOfRange } from "./checks";
import { Dec, ONE, ZERO, dec } from "./decimal";
import { EXPECTED } from "./expectations";
import { asExcelHoldsOptional } from "./excelNumber";
import { settleBursts } from "./burst";
import type { CommitCostTerms } from "./commitCostTypes";
import { toCellNumber } from "./result";
import { validateRollover } from "./rollover";
import { rolloverLedger } from "./rolloverLedger";

const FN = "COMMITCOST";

/**
 * Takes COMMITCOST's terms as Excel holds them and checks them: the draw-down's as ROLLOVER does,
 * then rate, scale, burst and window.
 * @throws PricingError `invalidInput` naming the argument.
 */
export function validateCommitCost(input: CommitCostTerms): CommitCostTerms {
  const terms: CommitCostTerms = {
    ...validateRollover(input, FN),
    rate: asExcelHoldsOptional(input.rate),
    scale: asExcelHoldsOptional(input.scale),
    burst: asExcelHoldsOptional(input.burst),
    window: asExcelHoldsOptional(input.window),
  };
  if (terms.rate !== undefined) requireNonNegative(terms.rate, { fn: FN, arg: "rate" });
  if (terms.scale !== undefined) requireNonNegative(terms.scale, { fn: FN, arg: "scale" });
  if (terms.burst !== undefined && !(Number.isFinite(terms.burst) && terms.burst >= 1)) {
    throw outOfRange(terms.burst, { fn: FN, arg: "burst" }, EXPECTED.atLeastOne);
  }
  if (terms.window !== undefined) {
    requireWhole(
      terms.window,
      { fn: FN, arg: "window" },
      1,
      Number.MAX_SAFE_INTEGER,
      EXPECTED.wholeAtLeastOne
    );
  }
  return terms;
}

/**
 * The exact cost of validated terms (docs/functions.md#commitcost): every period's scaled
 * commitment, plus uncovered usage beyond the burst allowance at `rate`, plus each window's burst
 * usage that commitment lost in the window does not pay for, at the committed price.
 */
export function commitCostExact(terms: CommitCostTerms): Dec {
  const scale = dec(terms.scale ?? 1);
  const periods = rolloverLedger(terms, scale);
  const usage = terms.usage.map(dec);
  const commit = usage.map((_, i) =>
    dec(typeof terms.commit === "number" ? terms.commit : terms.commit[i]).times(scale)
  );
  const rate = dec(terms.rate ?? 1);
  const multiple = dec(terms.burst ?? 1);
  const bursts = multiple.eq(ONE)
    ? undefined
    : settleBursts(periods, usage, commit, multiple, terms.window);
  let cost: Dec = ZERO;
  periods.forEach((period, i) => {
    const beyond = bursts === undefined ? period.overage : period.overage.minus(bursts.eligible[i]);
    cost = cost.plus(commit[i]).plus(rate.times(beyond));
    if (bursts !== undefined) cost = cost.plus(bursts.charge[i]);
  });
  return cost;
}

/**
 * What a commitment costs over all its periods, drawn down with ROLLOVER's rules, in exact
 * decimals; the number nearest to it.
 *
 * @example commitCost({ commit: 100, usage: [80, 100, 120, 100], cap: 0, rate: 1.5 }) // 430
 * @throws PricingError for invalid terms, or a cost beyond the largest number.
 */
export function commitCost(terms: CommitCostTerms): number {
  return toCellNumber(commitCostExact(validateCommitCost(terms)), FN);
}
