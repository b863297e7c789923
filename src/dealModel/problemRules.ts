import type { InputProblem } from "../pricing/errors";

/*
 * What the deal model's checks say: the problem type, the limits, and the rules in words, shared by
 * offerProblems (prices, commitment, SLA), termProblems (pool and terms) and settingsProblems.
 */

/** One thing wrong with an offer: the field (a dotted path, as the form names it) and why. */
export interface OfferProblem {
  readonly field: string;
  readonly message: string;
  /** For a tier table or SLA, the pricing core's problem as data, for the form to word. */
  readonly problem?: InputProblem;
}

/** How many offers one deal model compares: at least two to compare, at most four side by side. */
export const MIN_OFFERS = 2;
export const MAX_OFFERS = 4;

/** The longest term the model prices: 50 years of months, well within the core's 1200 periods. */
export const MAX_TERM_MONTHS = 600;

/** The most uptime outcomes an offer's expected credit weighs. */
export const MAX_UPTIME_OUTCOMES = 10;

/** The most models one offer's pool holds. */
export const MAX_POOL_MODELS = 5;

/** The most dated list-price changes a price protection clause holds. */
export const MAX_LIST_STEPS = 6;

/** The rules the checks state, for the form to reword (percentages for fractions). */
export const OFFER_RULES = {
  text: "expected some text",
  nonNegative: "expected a number ≥ 0",
  share: "expected a fraction from 0 to 1",
  change: "expected a change above -1 (-100%)",
  term: `expected a whole number of months from 1 to ${MAX_TERM_MONTHS}`,
  wholeAtLeastOne: "expected a whole number ≥ 1",
  wholeNonNegative: "expected a whole number ≥ 0",
  unbounded: "expected the last tier without an upper bound (Infinity)",
  wholeYears: "an annual commitment needs a term of whole years (a multiple of 12 months)",
  cacheShares: "expected cache hits and cache writes to add up to at most 100% of the input",
  outcomes: `expected 1 to ${MAX_UPTIME_OUTCOMES} uptime outcomes`,
  probabilities: "expected the probabilities to add up to 100%",
  usageRange:
    "expected a range of two columns (input, output tokens) on a sheet, e.g. 'Usage plan'!B2:C37",
  poolSize: `expected 1 to ${MAX_POOL_MODELS} models in the pool`,
  poolShares: "expected the models' shares to add up to 100%",
  startMonth: "expected a month as YYYY-MM, e.g. 2027-01",
  perYear: (what: string, years: number) =>
    `expected one ${what} per contract year (1 to ${years})`,
  billingFrequency: "expected monthly, quarterly, annually or up front",
  belowOne: "expected a fraction from 0 to under 1",
  burstPeriod:
    "a burst allowance applies to a monthly commitment; an annual pool already absorbs spikes",
  burstMultiple: "expected a number ≥ 1 (2 = twice the month's commitment)",
  noticeMonths: "expected a whole number of months from 0 to the term",
  monthOfTerm: "expected a month of the term",
  feeMonths: `expected a number of months from 0 to ${MAX_TERM_MONTHS}`,
  listSteps: `expected at most ${MAX_LIST_STEPS} list price changes`,
  stepMonth: "expected a month after the previous change's, within the term",
  stepFactors: "expected one factor per model of the pool, each ≥ 0",
} as const;

export const isNonNegative = (x: number) => Number.isFinite(x) && x >= 0;
export const isShare = (x: number) => isNonNegative(x) && x <= 1;
export const isChange = (x: number) => Number.isFinite(x) && x > -1;
export const isWholeAtLeastOne = (x: number) => Number.isInteger(x) && x >= 1;
export const isWhole = (x: number) => Number.isInteger(x) && x >= 0;

/** Problems as one line: "field: message; field: message". */
export const problemsText = (problems: readonly OfferProblem[]): string =>
  problems.map((p) => `${p.field}: ${p.message}`).join("; ");

/** A list of problems and the check that adds one when a rule does not hold. */
export function problemList(): {
  readonly problems: OfferProblem[];
  readonly check: (ok: boolean, field: string, message: string) => void;
} {
  const problems: OfferProblem[] = [];
  return {
    problems,
    check: (ok, field, message) => {
      if (!ok) problems.push({ field, message });
    },
  };
}
