import { defaultOffers, type Offer } from "../../dealModel";
import { formProblems, formWording } from "../text/formProblems";
import { writeBlocker } from "../text/modelReadiness";

const [anthropic, openAi] = defaultOffers();

describe("problems in the form's words", () => {
  it("finds none in the example offers", () => {
    expect(defaultOffers().map((offer) => formProblems(offer).size)).toEqual([0, 0]);
  });

  it("says the rules of percentage fields in percentages", () => {
    const broken: Offer = {
      ...anthropic,
      vendor: "",
      models: anthropic.models.map((m, i) => (i === 0 ? { ...m, batchShare: 1.5 } : m)),
      ramp: [0, -1],
      forecast: { inputTokensM: NaN, outputTokensM: 4_000, monthlyGrowth: 0.02 },
    };
    expect(Object.fromEntries(formProblems(broken))).toEqual({
      vendor: "Expected some text",
      "forecast.inputTokensM": "Expected a number ≥ 0",
      "ramp[1]": "Expected a change above -100%",
      "models[0].batchShare": "Expected a percentage from 0 to 100",
    });
  });

  it("keeps the words of a bound on a percentage field: it is about the figures it leads to", () => {
    const runaway: Offer = {
      ...anthropic,
      termMonths: 600,
      forecast: { inputTokensM: 20_000, outputTokensM: 4_000, monthlyGrowth: 10 },
    };
    expect(Object.fromEntries(formProblems(runaway))).toEqual({
      "forecast.monthlyGrowth":
        "Expected growth that keeps every month within a trillion (1E+12) M tokens; month 9 of 600 goes past it",
    });
  });

  it("names the form's own columns for a tier table or SLA", () => {
    expect(
      formWording({
        place: { fn: "SLACREDIT", arg: "schedule", row: 2, column: "threshold" },
        expected: "a share from 0 to 1 (25% is 0.25)",
        received: "1.5",
      })
    ).toBe("Row 2, below uptime: expected a percentage from 0 to 100.");
    const uptime = formProblems({
      ...openAi,
      sla: { ...openAi.sla, uptimeOutcomes: [{ uptime: 99.9, probability: 1 }] },
    });
    expect(uptime.get("sla.uptimeOutcomes")).toBe("Outcome 1: expected a percentage from 0 to 100");
    const tiers = formProblems({
      ...anthropic,
      pricing: {
        kind: "tiers",
        mode: "graduated",
        tiers: [
          { upTo: 100, price: 1, flatFee: 0 },
          { upTo: 50, price: 1, flatFee: 0 },
          { upTo: Infinity, price: 1, flatFee: 0 },
        ],
      },
    });
    expect(tiers.get("pricing.tiers")).toBe(
      "Tier 2, up to: expected a bound greater than the bound above it (100)."
    );
  });

  it("blocks writing while an offer has problems, and says where", () => {
    const offers = [anthropic, { ...openAi, termMonths: 30 }, { ...openAi, vendor: " " }];
    const problems = offers.map(formProblems);
    expect(writeBlocker(offers, problems)).toBe("Fix 2 problems first: Offer 2 (OpenAI), Offer 3.");
    expect(writeBlocker(defaultOffers(), defaultOffers().map(formProblems))).toBeUndefined();
  });
});
