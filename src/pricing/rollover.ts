import { requireNonNegative, requireShare, requireWhole } from "./checks";
import { FunctionName, invalidInput } from "./errors";
import { EXPECTED } from "./expectations";
import { asExcelHolds, asExcelHoldsAll, asExcelHoldsOptional } from "./excelNumber";
import { toCellNumber } from "./result";
import { rolloverLedger } from "./rolloverLedger";
import { ROLLOVER_MAX_PERIODS, RolloverPeriod, RolloverTerms } from "./rolloverTypes";

const FN = "ROLLOVER";

/**
 * Takes rollover terms as Excel holds them and checks them.
 * @param fn the function whose arguments they are, for the error's place (COMMITCOST takes them too)
 * @returns The terms, every number as Excel holds it.
 * @throws PricingError `invalidInput` naming the argument and period.
 */
export function validateRollover(input: RolloverTerms, fn: FunctionName = FN): RolloverTerms {
  const terms: RolloverTerms = {
    commit:
      typeof input.commit === "number" ? asExcelHolds(input.commit) : asExcelHoldsAll(input.commit),
    usage: asExcelHoldsAll(input.usage),
    cap: asExcelHoldsOptional(input.cap),
    expiry: asExcelHoldsOptional(input.expiry),
    trueUp: asExcelHoldsOptional(input.trueUp),
  };
  const periods = terms.usage.length;
  if (periods === 0) throw invalidInput({ fn, arg: "usage" }, EXPECTED.atLeastOnePeriod);
  if (periods > ROLLOVER_MAX_PERIODS) {
    throw invalidInput(
      { fn, arg: "usage" },
      EXPECTED.atMostPeriods(ROLLOVER_MAX_PERIODS),
      `${periods} periods`
    );
  }
  terms.usage.forEach((value, i) => requireNonNegative(value, { fn, arg: "usage", row: i + 1 }));
  if (typeof terms.commit === "number") {
    requireNonNegative(terms.commit, { fn, arg: "commit" });
  } else {
    if (terms.commit.length !== periods) {
      throw invalidInput(
        { fn, arg: "commit" },
        EXPECTED.commitLength(periods),
        `a list of ${terms.commit.length}`
      );
    }
    terms.commit.forEach((value, i) =>
      requireNonNegative(value, { fn, arg: "commit", row: i + 1 })
    );
  }
  if (terms.cap !== undefined) requireShare(terms.cap, { fn, arg: "cap" });
  const whole = (value: number, arg: string) =>
    requireWhole(value, { fn, arg }, 1, Number.MAX_SAFE_INTEGER, EXPECTED.wholeAtLeastOne);
  if (terms.expiry !== undefined) whole(terms.expiry, "expiry");
  if (terms.trueUp !== undefined) whole(terms.trueUp, "trueup");
  return terms;
}

/**
 * The period-by-period draw-down of a commitment with rollover of unused capacity, in exact
 * decimals; each figure is then the number nearest to it.
 *
 * @example rollover({ commit: 100, usage: [80, 100, 120, 100] })[1]
 *   // { carriedIn: 20, covered: 100, overage: 0, carriedOut: 20, forfeited: 0 }
 * @throws PricingError for invalid terms, or a figure beyond the largest number.
 */
export function rollover(terms: RolloverTerms): RolloverPeriod[] {
  return rolloverLedger(validateRollover(terms)).map((period) => ({
    carriedIn: toCellNumber(period.carriedIn, FN),
    covered: toCellNumber(period.covered, FN),
    overage: toCellNumber(period.overage, FN),
    carriedOut: toCellNumber(period.carriedOut, FN),
    forfeited: toCellNumber(period.forfeited, FN),
  }));
}
