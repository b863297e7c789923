import fc from "fast-check";
import { DEFAULT_SETTINGS, FORECAST_SCENARIO, type ModelSettings } from "../modelSettings";
import { EXPOSURE_FACTORS } from "../exposure";
import { InvalidSettingsError, requireValidSettings, settingsProblems } from "../settingsProblems";
import { modelSettings } from "./arbitraryTerms";

const problemsOf = (changes: Partial<ModelSettings>) =>
  Object.fromEntries(
    settingsProblems({ ...DEFAULT_SETTINGS, ...changes }).map((p) => [p.field, p.message])
  );

describe("the model's settings", () => {
  it("default to 8%, the exposure's five shares at 10/20/40/20/10%, 11 levels to twice and exits at 12, 18, 24", () => {
    expect(settingsProblems(DEFAULT_SETTINGS)).toEqual([]);
    expect(DEFAULT_SETTINGS.discountRate).toBe(0.08);
    expect(DEFAULT_SETTINGS.scenarios.map((s) => s.share)).toEqual(EXPOSURE_FACTORS);
    expect(DEFAULT_SETTINGS.scenarios.map((s) => s.probability)).toEqual([0.1, 0.2, 0.4, 0.2, 0.1]);
    expect(DEFAULT_SETTINGS.scenarios[FORECAST_SCENARIO].share).toBe(1);
    expect(DEFAULT_SETTINGS.commitLevels).toHaveLength(11);
    expect(DEFAULT_SETTINGS.commitLevels[10]).toBe(2);
    expect(DEFAULT_SETTINGS.exitMonths).toEqual([12, 18, 24]);
  });

  it("ask for a discount rate above -100%", () => {
    for (const discountRate of [-1, NaN, Infinity]) {
      expect(problemsOf({ discountRate })).toEqual({
        "settings.discountRate": "expected a rate above -100%",
      });
    }
    expect(problemsOf({ discountRate: -0.5 })).toEqual({});
  });

  it("ask for five scenarios, the third the forecast, shares up to 1000% and probabilities adding up to 100%", () => {
    const scenarios = DEFAULT_SETTINGS.scenarios;
    expect(problemsOf({ scenarios: scenarios.slice(1) })).toEqual({
      "settings.scenarios": "expected 5 scenarios",
    });
    const changed = (i: number, share: number, probability: number) =>
      scenarios.map((s, k) => (k === i ? { share, probability } : s));
    expect(problemsOf({ scenarios: changed(0, -0.5, 1.5) })).toEqual({
      "settings.scenarios[0].share": "expected a share from 0 to 10 (1000%)",
      "settings.scenarios[0].probability": "expected a fraction from 0 to 1",
    });
    expect(problemsOf({ scenarios: changed(4, 11, 0.1) })).toEqual({
      "settings.scenarios[4].share": "expected a share from 0 to 10 (1000%)",
    });
    expect(problemsOf({ scenarios: changed(2, 1.1, 0.4) })).toEqual({
      "settings.scenarios[2].share": "expected scenario 3 to be the forecast itself (100%)",
    });
    expect(problemsOf({ scenarios: changed(0, 0.5, 0.2) })).toEqual({
      "settings.scenarios": "expected the probabilities to add up to 100%",
    });
  });

  it("ask for 11 to 41 commitment levels from 0 to 10, and three decision months of at most 600", () => {
    expect(problemsOf({ commitLevels: [0, 1, 2] })).toEqual({
      "settings.commitLevels": "expected 11 to 41 commitment levels",
    });
    expect(problemsOf({ commitLevels: Array(42).fill(1) })).toEqual({
      "settings.commitLevels": "expected 11 to 41 commitment levels",
    });
    const levels = [...DEFAULT_SETTINGS.commitLevels.slice(0, 10), 12];
    expect(problemsOf({ commitLevels: levels })).toEqual({
      "settings.commitLevels[10]": "expected a share from 0 to 10 (1000%)",
    });
    expect(problemsOf({ exitMonths: [12, 24] })).toEqual({
      "settings.exitMonths": "expected 3 decision months",
    });
    expect(problemsOf({ exitMonths: [0, 12.5, 601] })).toEqual({
      "settings.exitMonths[0]": "expected a whole number of months from 1 to 600",
      "settings.exitMonths[1]": "expected a whole number of months from 1 to 600",
      "settings.exitMonths[2]": "expected a whole number of months from 1 to 600",
    });
  });

  it("are refused when not valid, with every problem named", () => {
    expect(requireValidSettings(DEFAULT_SETTINGS)).toBe(DEFAULT_SETTINGS);
    const bad = { ...DEFAULT_SETTINGS, discountRate: -2, exitMonths: [] };
    expect(() => requireValidSettings(bad)).toThrow(InvalidSettingsError);
    expect(() => requireValidSettings(bad)).toThrow(
      "The model's settings are not valid: settings.discountRate: expected a rate above -100%; " +
        "settings.exitMonths: expected 3 decision months."
    );
  });

  it("hold for random settings as the end-to-end tests draw them", () => {
    fc.assert(
      fc.property(modelSettings, (settings) => expect(settingsProblems(settings)).toEqual([])),
      { numRuns: 200 }
    );
  });
});
