import { ONE, ZERO, dec } from "../pricing/decimal";
import { FORECAST_SCENARIO, SCENARIO_COUNT, type ModelSettings } from "./modelSettings";
import {
  MAX_TERM_MONTHS,
  OFFER_RULES,
  isNonNegative,
  isShare,
  problemList,
  problemsText,
  type OfferProblem,
} from "./problemRules";

/*
 * The checks of the model's settings, each problem named "settings.…" as the form keys it. A share
 * of the forecast or a commitment level is held to at most 10 (1000%), so that a scenario's figures
 * stay within ten times the bounds every offer's figures are held to (offerBounds.ts).
 */

/** The largest share of the forecast a scenario may take, and the largest commitment level. */
export const MAX_SCALE = 10;
/** How many commitment levels the sizing table prices: enough to see the curve, few enough to print. */
export const MIN_COMMIT_LEVELS = 11;
export const MAX_COMMIT_LEVELS = 41;
/** How many decision months the exit comparison prices. */
export const EXIT_MONTH_COUNT = 3;

export const SETTINGS_RULES = {
  discountRate: "expected a rate above -100%",
  scenarios: `expected ${SCENARIO_COUNT} scenarios`,
  forecastScenario: `expected scenario ${FORECAST_SCENARIO + 1} to be the forecast itself (100%)`,
  scale: `expected a share from 0 to ${MAX_SCALE} (${MAX_SCALE * 100}%)`,
  commitLevels: `expected ${MIN_COMMIT_LEVELS} to ${MAX_COMMIT_LEVELS} commitment levels`,
  exitMonths: `expected ${EXIT_MONTH_COUNT} decision months`,
  exitMonth: `expected a whole number of months from 1 to ${MAX_TERM_MONTHS}`,
} as const;

const isScale = (x: number) => isNonNegative(x) && x <= MAX_SCALE;

function scenarioProblems(settings: ModelSettings): OfferProblem[] {
  const { scenarios } = settings;
  if (scenarios.length !== SCENARIO_COUNT) {
    return [{ field: "settings.scenarios", message: SETTINGS_RULES.scenarios }];
  }
  const { problems, check } = problemList();
  scenarios.forEach((s, i) => {
    const at = `settings.scenarios[${i}]`;
    check(isScale(s.share), `${at}.share`, SETTINGS_RULES.scale);
    check(isShare(s.probability), `${at}.probability`, OFFER_RULES.share);
  });
  check(
    scenarios[FORECAST_SCENARIO].share === 1,
    `settings.scenarios[${FORECAST_SCENARIO}].share`,
    SETTINGS_RULES.forecastScenario
  );
  if (scenarios.every((s) => isShare(s.probability))) {
    const total = scenarios.reduce((sum, s) => sum.plus(dec(s.probability)), ZERO);
    check(total.eq(ONE), "settings.scenarios", OFFER_RULES.probabilities);
  }
  return problems;
}

/** Everything wrong with the model's settings; empty when the model can use them. */
export function settingsProblems(settings: ModelSettings): OfferProblem[] {
  const { problems, check } = problemList();
  check(
    Number.isFinite(settings.discountRate) && settings.discountRate > -1,
    "settings.discountRate",
    SETTINGS_RULES.discountRate
  );
  problems.push(...scenarioProblems(settings));

  const { commitLevels, exitMonths } = settings;
  if (commitLevels.length < MIN_COMMIT_LEVELS || commitLevels.length > MAX_COMMIT_LEVELS) {
    check(false, "settings.commitLevels", SETTINGS_RULES.commitLevels);
  } else {
    commitLevels.forEach((level, i) =>
      check(isScale(level), `settings.commitLevels[${i}]`, SETTINGS_RULES.scale)
    );
  }
  if (exitMonths.length !== EXIT_MONTH_COUNT) {
    check(false, "settings.exitMonths", SETTINGS_RULES.exitMonths);
  } else {
    exitMonths.forEach((month, i) =>
      check(
        Number.isInteger(month) && month >= 1 && month <= MAX_TERM_MONTHS,
        `settings.exitMonths[${i}]`,
        SETTINGS_RULES.exitMonth
      )
    );
  }
  return problems;
}

/** Thrown when a model is asked to use settings that are not valid. */
export class InvalidSettingsError extends Error {
  constructor(readonly problems: readonly OfferProblem[]) {
    super(`The model's settings are not valid: ${problemsText(problems)}.`);
    this.name = "InvalidSettingsError";
  }
}

/**
 * Returns the settings when they are valid.
 * @throws InvalidSettingsError listing every problem.
 */
export function requireValidSettings(settings: ModelSettings): ModelSettings {
  const problems = settingsProblems(settings);
  if (problems.length > 0) throw new InvalidSettingsError(problems);
  return settings;
}
