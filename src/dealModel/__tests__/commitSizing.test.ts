import { DEFAULT_SETTINGS, InvalidSettingsError, type ModelSettings } from "..";
import { commitSizing, expectedTermCost } from "../commitSizing";
import { PLAIN_LIST, smallOffer } from "./fixtures";
import { soleModel } from "../offerTerms";

/*
 * How big to commit, by hand: three months of 100 M input tokens at $1 (usage $100 a month at the
 * forecast), no rollover, overage at 1.5×, a 10% SLA credit every month. At level λ of a $125
 * commitment the term costs 0.9 × 3 × (125λ + 1.5 × max(0, 100σ − 125λ)) at share σ of the
 * forecast; over the default scenarios (50% to 150%, probabilities 10/20/40/20/10%) the expected
 * cost is least at λ = 0.8 ($100 a month): 310.5, against 347.625 as proposed.
 */
const offer = smallOffer({
  forecast: { inputTokensM: 100, outputTokensM: 0, monthlyGrowth: 0 },
  models: soleModel("Model", PLAIN_LIST),
  pricing: { kind: "discount", discount: 0 },
  commitment: { amounts: [125], per: "month", rolloverCap: 0 },
  overageRate: 1.5,
});

/** 0.9 × 3 × (c + 1.5 × max(0, u − c)) with c = 125λ and u = 100σ. */
const byHand = (level: number, share: number) => {
  const commit = 125 * level;
  return 2.7 * (commit + 1.5 * Math.max(0, 100 * share - commit));
};

describe("commitSizing", () => {
  const sizing = commitSizing(offer, DEFAULT_SETTINGS);

  it("prices every level in every scenario as worked by hand", () => {
    sizing.rows.forEach((row, l) => {
      expect(row.level).toBe(DEFAULT_SETTINGS.commitLevels[l]);
      expect(row.yearOneCommitment).toBeCloseTo(125 * row.level, 9);
      row.costs.forEach((cost, s) =>
        expect(cost).toBeCloseTo(byHand(row.level, DEFAULT_SETTINGS.scenarios[s].share), 9)
      );
    });
    // Σ probability × cost, level by level (0%, 20%, … 200%).
    const expected = [405, 371.25, 337.5, 313.875, 310.5, 347.625, 405, 472.5, 540, 607.5, 675];
    sizing.rows.forEach((row, l) => expect(row.expected).toBeCloseTo(expected[l], 9));
  });

  it("names the level of least expected cost and the proposed commitment's distance from it", () => {
    expect(sizing.best).toBe(4);
    expect(sizing.bestLevel).toBe(0.8);
    expect(sizing.bestCommitment).toBe(100);
    expect(sizing.proposedCommitment).toBe(125);
    expect(sizing.distance).toBeCloseTo(-0.2, 15);
    expect(sizing.bestExpected).toBeCloseTo(310.5, 9);
    expect(sizing.proposedExpected).toBeCloseTo(347.625, 9);
    expect(sizing.saving).toBeCloseTo(37.125, 9);
  });

  it("gives, at level 100%, the expected net cost of the scenario bands", () => {
    expect(sizing.rows[5].expected).toBe(sizing.proposedExpected);
    expect(expectedTermCost(offer)).toBe(sizing.proposedExpected);
  });

  it("takes the first of equal levels: with overage at 1× committing never saves", () => {
    const atPar = commitSizing({ ...offer, overageRate: 1 });
    expect(atPar.rows[0].expected).toBe(atPar.rows[1].expected);
    expect(atPar.bestLevel).toBe(0);
  });

  it("refuses settings whose probabilities do not add up to 1", () => {
    const settings: ModelSettings = {
      ...DEFAULT_SETTINGS,
      scenarios: DEFAULT_SETTINGS.scenarios.map((s, i) =>
        i === 0 ? { ...s, probability: 0.2 } : s
      ),
    };
    expect(() => commitSizing(offer, settings)).toThrow(InvalidSettingsError);
  });
});
