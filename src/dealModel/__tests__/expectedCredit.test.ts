import { PLAYBOOK_LINEAR_SLA } from "../../content/catalog";
import { DEFAULT_UPTIME_OUTCOMES } from "../exampleInputs";
import { expectedCreditShare, outcomeShares } from "../expectedCredit";
import type { OfferSla } from "../offer";

const azureTable: OfferSla["schedule"] = {
  kind: "table",
  rows: [
    { threshold: 0.999, share: 0.1 },
    { threshold: 0.99, share: 0.25 },
    { threshold: 0.95, share: 1 },
  ],
};
const { target, perStep, step } = PLAYBOOK_LINEAR_SLA;
const linear: OfferSla["schedule"] = { kind: "linear", target, perStep, step };

describe("the expected credit share", () => {
  it("weighs each outcome's credit by its probability (a credit table)", () => {
    const sla: OfferSla = {
      schedule: azureTable,
      cap: 1,
      uptimeOutcomes: [...DEFAULT_UPTIME_OUTCOMES],
    };
    expect(outcomeShares(sla)).toEqual([0, 0.1, 0.1, 0.25, 1]);
    // 0.1·0.1 + 0.06·0.1 + 0.03·0.25 + 0.01·1
    expect(expectedCreditShare(sla).toNumber()).toBe(0.0335);
  });

  it("weighs the playbook's linear clause, capped, the same way", () => {
    const sla: OfferSla = {
      schedule: linear,
      cap: 1,
      uptimeOutcomes: [...DEFAULT_UPTIME_OUTCOMES],
    };
    // 99.85%: 1 step, 2%; 99.5%: 4 steps, 8%; 98.5%: 14 steps, 28%; 94%: 59 steps, capped at 100%.
    expect(outcomeShares(sla)).toEqual([0, 0.02, 0.08, 0.28, 1]);
    expect(expectedCreditShare(sla).toNumber()).toBe(0.0252);
  });

  it("takes an outcome's uptime as Excel holds it, as DEAL.SLACREDIT does in the sheet", () => {
    // Computed from downtime minutes, (43800 − 43.8) / 43800 is 0.9989999999999999: the target.
    const uptime = (43800 - 43.8) / 43800;
    const sla: OfferSla = {
      schedule: azureTable,
      cap: 1,
      uptimeOutcomes: [{ uptime, probability: 1 }],
    };
    expect(outcomeShares(sla)).toEqual([0]);
    expect(outcomeShares({ ...sla, schedule: linear })).toEqual([0]);
  });

  it("is nothing when every month meets the target", () => {
    const sla: OfferSla = {
      schedule: linear,
      cap: 1,
      uptimeOutcomes: [{ uptime: 0.999, probability: 1 }],
    };
    expect(expectedCreditShare(sla).toNumber()).toBe(0);
  });

  it("divides by the probabilities' sum, so weights that miss 100% still weigh as intended", () => {
    const sla: OfferSla = {
      schedule: azureTable,
      cap: 1,
      uptimeOutcomes: [
        { uptime: 0.9995, probability: 3 },
        { uptime: 0.98, probability: 1 },
      ],
    };
    expect(expectedCreditShare(sla).toNumber()).toBe(0.0625);
  });
});
