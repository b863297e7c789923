import { InvalidOfferError, offerProblems, requireValidOffer } from "../offerProblems";
import { smallOffer } from "./fixtures";

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
      batchShare: 1.2,
      overageRate: NaN,
      ramp: [0, -1],
      renewalUpliftCap: -2,
    });
    expect(fields(offer)).toEqual([
      "vendor",
      "termMonths",
      "forecast.inputTokensM",
      "forecast.monthlyGrowth",
      "batchShare",
      "overageRate",
      "ramp[1]",
      "renewalUpliftCap",
    ]);
  });

  it("asks for whole years with an annual commitment", () => {
    const offer = smallOffer({ commitment: { amount: 1, per: "year", rolloverCap: 1 } });
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
      sla: { ...smallOffer().sla, expectedUptime: 99.9 },
    });
    const problems = offerProblems(offer);
    expect(problems.map((p) => p.field)).toEqual(["pricing.tiers", "sla"]);
    expect(problems[0].message).toMatch(/^tiers row 2 \(bound\): expected a bound greater/);
    expect(problems[1].message).toMatch(/Enter 99.9% as 0.999/);
  });

  it("throws InvalidOfferError listing every problem", () => {
    const bad = smallOffer({ cacheHitShare: -0.1, model: "" });
    expect(() => requireValidOffer(bad)).toThrow(InvalidOfferError);
    expect(() => requireValidOffer(bad)).toThrow(/model: expected some text; cacheHitShare/);
  });
});
