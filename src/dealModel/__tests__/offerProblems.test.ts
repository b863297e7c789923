import { InvalidOfferError, offerProblems, requireValidOffer } from "../offerProblems";
import { smallOffer, withFirstModel } from "./fixtures";

const fields = (offer: Parameters<typeof offerProblems>[0]) =>
  offerProblems(offer).map((p) => p.field);

describe("offerProblems", () => {
  it("finds nothing wrong with a complete offer", () => {
    expect(offerProblems(smallOffer())).toEqual([]);
  });

  it("names each field that breaks its rule", () => {
    const offer = smallOffer({
      vendor: " ",
      termMonths: 2.5,
      forecast: { inputTokensM: -1, outputTokensM: 1, monthlyGrowth: -1 },
      overageRate: NaN,
      ramp: [0, -1],
      renewalUpliftCap: -2,
    });
    expect(fields(withFirstModel(offer, { batchShare: 1.2 }))).toEqual([
      "vendor",
      "termMonths",
      "forecast.inputTokensM",
      "forecast.monthlyGrowth",
      "overageRate",
      "ramp[1]",
      "renewalUpliftCap",
      "models[0].batchShare",
    ]);
  });

  it("asks for whole years with an annual commitment", () => {
    const offer = smallOffer({ commitment: { amounts: [1], per: "year", rolloverCap: 1 } });
    expect(fields(offer)).toEqual(["commitment.per"]);
    expect(fields({ ...offer, termMonths: 24 })).toEqual([]);
  });

  it("asks for an unbounded last tier, so that any scenario is priced", () => {
    const offer = smallOffer({
      pricing: { kind: "tiers", mode: "graduated", tiers: [{ upTo: 100, price: 1, flatFee: 0 }] },
    });
    expect(fields(offer)).toEqual(["pricing.tiers"]);
  });

  it("passes on the pricing core's word for a bad tier table or SLA", () => {
    const offer = smallOffer({
      pricing: {
        kind: "tiers",
        mode: "graduated",
        tiers: [
          { upTo: 100, price: 1, flatFee: 0 },
          { upTo: 50, price: 1, flatFee: 0 },
        ],
      },
      sla: {
        ...smallOffer().sla,
        schedule: { kind: "table", rows: [{ threshold: 99.9, share: 0.1 }] },
      },
    });
    const problems = offerProblems(offer);
    expect(problems.map((p) => p.field)).toEqual(["pricing.tiers", "sla"]);
    expect(problems[0].message).toMatch(/^tiers row 2 \(bound\): expected a bound greater/);
    expect(problems[1].message).toMatch(/^schedule row 1 \(threshold\): expected a share/);
  });

  it("asks for one to ten uptime outcomes, fractions whose probabilities add up to 100%", () => {
    const withOutcomes = (uptimeOutcomes: { uptime: number; probability: number }[]) =>
      offerProblems(smallOffer({ sla: { ...smallOffer().sla, uptimeOutcomes } }));
    expect(withOutcomes([])).toEqual([
      { field: "sla.uptimeOutcomes", message: "expected 1 to 10 uptime outcomes" },
    ]);
    expect(withOutcomes([{ uptime: 99.9, probability: 1 }])).toEqual([
      { field: "sla.uptimeOutcomes", message: "outcome 1: expected a fraction from 0 to 1" },
    ]);
    expect(
      withOutcomes([
        { uptime: 0.999, probability: 0.7 },
        { uptime: 0.99, probability: 0.2 },
      ])
    ).toEqual([
      { field: "sla.uptimeOutcomes", message: "expected the probabilities to add up to 100%" },
    ]);
    // 0.7 + 0.2 + 0.1 is 1 in decimals, though not in binary floating point.
    expect(
      withOutcomes([
        { uptime: 0.999, probability: 0.7 },
        { uptime: 0.99, probability: 0.2 },
        { uptime: 0.95, probability: 0.1 },
      ])
    ).toEqual([]);
  });

  it("asks that cache hits and cache writes together stay within the input", () => {
    expect(offerProblems(smallOffer({ cacheHitShare: 0.6, cacheWriteShare: 0.5 }))).toEqual([
      {
        field: "cacheShares",
        message: "expected cache hits and cache writes to add up to at most 100% of the input",
      },
    ]);
    expect(offerProblems(smallOffer({ cacheHitShare: 0.6, cacheWriteShare: 0.4 }))).toEqual([]);
  });

  it("throws InvalidOfferError listing every problem", () => {
    const bad = smallOffer({ cacheHitShare: -0.1, model: "" });
    expect(() => requireValidOffer(bad)).toThrow(InvalidOfferError);
    expect(() => requireValidOffer(bad)).toThrow(/model: expected some text; cacheHitShare/);
  });

  it("prices a valid offer with every term of issue 12", () => {
    const offer = smallOffer({
      termMonths: 24,
      commitment: { amounts: [100, 120], per: "month", rolloverCap: 0 },
      billing: { frequency: "annually", prepaymentDiscount: 0 },
      burst: { multiple: 2, windowMonths: 3 },
      fees: { seatPrice: 40, seats: [10], platformFee: 1 },
      exit: { noticeMonths: 2, feeMonths: 3, earliestMonth: 12 },
      priceProtection: { keptDiscount: "offer", listSchedule: [] },
    });
    const pool = {
      ...offer,
      models: [
        { ...offer.models[0], share: 0.5, longContextShare: 0.1 },
        { ...offer.models[0], share: 0.5 },
      ],
    };
    expect(offerProblems(pool)).toEqual([]);
    expect(requireValidOffer(pool)).toBe(pool);
  });
});
