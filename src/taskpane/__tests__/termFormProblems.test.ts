import { DEFAULT_SETTINGS, defaultOffers, type ModelSettings, type Offer } from "../../dealModel";
import { formProblems, settingsFormProblems } from "../text/formProblems";
import { listProblems } from "../text/listProblems";
import { prepaymentRateText } from "../text/prepaymentRate";
import { writeBlocker } from "../text/modelReadiness";

const [anthropic, openAi] = defaultOffers();

describe("the new terms' and the settings' problems in the form's words", () => {
  it("says a pool's shares with what they add up to, and its models' fields in percentages", () => {
    const pool: Offer = {
      ...anthropic,
      models: [
        { ...anthropic.models[0], share: 0.7 },
        { ...anthropic.models[0], model: " ", share: 0.27, longContextShare: 1.2 },
      ],
    };
    expect(Object.fromEntries(formProblems(pool))).toEqual({
      "models[1].model": "Expected some text",
      "models[1].longContextShare": "Expected a percentage from 0 to 100",
      models: "The models' shares add up to 97%; expected 100%",
    });
  });

  it("names each term's field: amounts and seats by year, billing, burst, fees, exit, protection", () => {
    const terms: Offer = {
      ...anthropic,
      startMonth: "2027-13",
      commitment: { ...anthropic.commitment, amounts: [80_000, -1, 120_000] },
      billing: { frequency: "annually", prepaymentDiscount: 1 },
      burst: { multiple: 0.5, windowMonths: 3 },
      fees: { seatPrice: 40, seats: [1_000, 2.5], platformFee: -1 },
      exit: { noticeMonths: 2, feeMonths: 3, earliestMonth: 37 },
      priceProtection: {
        keptDiscount: 1.5,
        listSchedule: [{ fromMonth: 1, factors: anthropic.models.map(() => 0.8) }],
      },
    };
    expect(Object.fromEntries(formProblems(terms))).toEqual({
      startMonth: "Expected a month as YYYY-MM, e.g. 2027-01",
      "commitment.amounts[1]": "Expected a number ≥ 0",
      "billing.prepaymentDiscount": "Expected a percentage from 0 to under 100",
      "burst.multiple": "Expected a number ≥ 1 (2 = twice the month's commitment)",
      "fees.seats[1]": "Expected a whole number ≥ 0",
      "fees.platformFee": "Expected a number ≥ 0",
      "exit.earliestMonth": "Expected a month of the term",
      "priceProtection.keptDiscount": "Expected a percentage from 0 to 100",
      "priceProtection.listSchedule[0].fromMonth":
        "Expected a month after the previous change's, within the term",
    });
  });

  it("says the settings' problems in percentages, with the probabilities' sum", () => {
    const settings: ModelSettings = {
      discountRate: -1,
      scenarios: DEFAULT_SETTINGS.scenarios.map((s, i) =>
        i === 4 ? { share: 11, probability: 0 } : s
      ),
      commitLevels: [0, 0.5, NaN],
      exitMonths: [12, 18.5, 24],
    };
    expect(Object.fromEntries(settingsFormProblems(settings))).toEqual({
      "settings.discountRate": "Expected a rate above -100%",
      "settings.scenarios[4].share": "Expected a percentage from 0 to 1000",
      "settings.scenarios": "The probabilities add up to 90%; expected 100%",
      "settings.commitLevels": "Expected 11 to 41 commitment levels",
      "settings.exitMonths[1]": "Expected a whole number of months from 1 to 600",
    });
    const level = { ...DEFAULT_SETTINGS, commitLevels: [...DEFAULT_SETTINGS.commitLevels, -0.2] };
    expect(Object.fromEntries(settingsFormProblems(level))).toEqual({
      "settings.commitLevels[11]": "Expected a percentage from 0 to 1000",
    });
    expect(settingsFormProblems(DEFAULT_SETTINGS).size).toBe(0);
  });

  it("holds the model back for the settings' problems too, naming them first", () => {
    const offers = [anthropic, openAi];
    const problems = offers.map(formProblems);
    const settings = settingsFormProblems({ ...DEFAULT_SETTINGS, discountRate: -2 });
    expect(writeBlocker(offers, problems, settings)).toBe("Fix 1 problem first: Model settings.");
    const broken = [anthropic, { ...openAi, vendor: "" }];
    expect(writeBlocker(broken, broken.map(formProblems), settings)).toBe(
      "Fix 2 problems first: Model settings, Offer 2."
    );
    expect(writeBlocker(offers, problems, new Map())).toBeUndefined();
  });

  it("puts a list's problem and its entries' in one text under the table", () => {
    const problems = new Map([
      ["settings.scenarios", "The probabilities add up to 90%; expected 100%"],
      ["settings.scenarios[1].share", "Expected a percentage from 0 to 1000"],
    ]);
    const entries = [0, 1].map((i) => ({ path: `[${i}].share`, name: `Scenario ${i + 1}, share` }));
    expect(listProblems(problems, "settings.scenarios", entries)).toBe(
      "The probabilities add up to 90%; expected 100%. Scenario 2, share: Expected a percentage from 0 to 1000"
    );
    expect(listProblems(new Map(), "settings.scenarios", entries)).toBeUndefined();
  });
});

describe("what a prepayment discount is worth, in the billing group", () => {
  const annual = {
    ...anthropic,
    billing: { frequency: "annually", prepaymentDiscount: 0.05 },
  } as const;

  it("says the deal model's implied rate, or why there is none", () => {
    expect(prepaymentRateText(annual, new Map())).toBe("Worth 11.97% a year as interest.");
    const upFront = {
      ...openAi,
      billing: { frequency: "up front", prepaymentDiscount: 0.06 },
    } as const;
    expect(prepaymentRateText(upFront, new Map())).toBe("Worth 4.38% a year as interest.");
    const none = { ...annual, billing: { frequency: "annually", prepaymentDiscount: 0 } } as const;
    expect(prepaymentRateText(none, new Map())).toBe("No discount for paying in advance.");
    const monthly = {
      ...annual,
      billing: { frequency: "monthly", prepaymentDiscount: 0.05 },
    } as const;
    expect(prepaymentRateText(monthly, new Map())).toMatch(/^Worth no interest/);
  });

  it("says nothing while the billing or the term has a problem", () => {
    const broken = { ...annual, termMonths: NaN };
    expect(prepaymentRateText(broken, formProblems(broken))).toBeUndefined();
  });
});
