import { EXPOSURE_FACTORS } from "./exposure";

/*
 * The inputs a deal model shares across its offers: the discount rate that puts cash paid at
 * different times on one footing, the usage scenarios with their probabilities, the commitment
 * levels at which each offer is priced to ask how big to commit, and the months at which an exit
 * is costed. The sheet shows them in its summary as yellow inputs; the taskpane edits them as
 * "Model settings".
 */

/** One usage scenario: a share of the forecast and how likely it is. */
export interface Scenario {
  /** Share of the forecast's tokens, ≥ 0 (0.5 = half of the forecast). */
  readonly share: number;
  /** Probability, 0 to 1; the scenarios' probabilities add up to 1. */
  readonly probability: number;
}

export interface ModelSettings {
  /** Annual rate at which later payments are discounted, > -1 (0.08 = 8% a year). */
  readonly discountRate: number;
  /** SCENARIO_COUNT scenarios, low to high; the FORECAST_SCENARIO-th is the forecast itself (share 1). */
  readonly scenarios: readonly Scenario[];
  /**
   * Levels of each offer's proposed commitment at which its expected cost is priced, each ≥ 0
   * (0.8 = every contract year's commitment at 80%): MIN_COMMIT_LEVELS to MAX_COMMIT_LEVELS.
   */
  readonly commitLevels: readonly number[];
  /** EXIT_MONTH_COUNT decision months: the cost of giving notice at the end of each is compared. */
  readonly exitMonths: readonly number[];
}

/** How many usage scenarios a model prices, and which of them is the forecast (0-based). */
export const SCENARIO_COUNT = 5;
export const FORECAST_SCENARIO = 2;

/** Illustrative probabilities of the default scenarios, symmetric about the forecast. */
const SCENARIO_PROBABILITIES: readonly number[] = [0.1, 0.2, 0.4, 0.2, 0.1];

/**
 * The model's settings unless the user changes them. The playbook gives no discount rate ("replace
 * with your treasury's rate"): 8% is illustrative. The levels run from no commitment to twice the
 * proposed one in steps of 20%; the exit months are the playbook's (REN-06 "at the 12-month mark",
 * REN-12 "after 18 months") and the end of a second year.
 */
export const DEFAULT_SETTINGS: ModelSettings = {
  discountRate: 0.08,
  scenarios: EXPOSURE_FACTORS.map((share, i) => ({
    share,
    probability: SCENARIO_PROBABILITIES[i],
  })),
  commitLevels: [0, 0.2, 0.4, 0.6, 0.8, 1, 1.2, 1.4, 1.6, 1.8, 2],
  exitMonths: [12, 18, 24],
};
