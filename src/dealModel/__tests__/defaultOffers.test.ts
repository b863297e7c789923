import { MARKET_FACT_PRICES, PLAYBOOK_LINEAR_SLA, SLA_SCHEDULES } from "../../content/catalog";
import { defaultOffers, demoOffers, neutralOffers } from "../defaultOffers";
import { listPricesOf, type Offer } from "../offer";
import { neutralTerms } from "../offerTerms";
import { offerProblems } from "../offerProblems";
import { computeSchedule, summarize } from "../schedule";

const termCost = (offer: Offer) => summarize(offer, computeSchedule(offer)).term.netCost;

describe("the example offers on neutral terms", () => {
  const offers = neutralOffers();

  it("are two complete and valid offers", () => {
    expect(offers).toHaveLength(2);
    offers.forEach((offer) => expect(offerProblems(offer)).toEqual([]));
  });

  it("cost what the model priced before issue 12's terms: the regression anchors", () => {
    // main's figures at 19aefa6 (3,921,768.2344481195 before the core took its inputs as Excel
    // holds them, at 15 digits, as the sheet's DEAL calls do).
    expect(offers.map(termCost)).toEqual([3921768.234448122, 2492631.6254848987]);
  });

  it("take list prices from the hand-checked market facts, one model each", () => {
    offers.forEach((offer) => {
      const entry = MARKET_FACT_PRICES.find(
        (m) => m.vendor === offer.vendor && m.model === offer.model
      );
      expect(entry).toBeDefined();
      expect(offer.models).toEqual([
        {
          model: offer.model,
          share: 1,
          list: listPricesOf(entry!),
          batchShare: 0.1,
          longContextShare: 0,
        },
      ]);
    });
  });

  it("hold none of the other terms", () => {
    offers.forEach((offer) => expect(offer).toMatchObject(neutralTerms("2027-01")));
  });

  it("compare like for like: the same term, start, forecast, usage mix and uptime outcomes", () => {
    const [a, b] = offers;
    expect(a.termMonths).toBe(b.termMonths);
    expect(a.startMonth).toBe(b.startMonth);
    expect(a.forecast).toEqual(b.forecast);
    expect([a.models[0].batchShare, a.cacheHitShare, a.cacheWriteShare]).toEqual([
      b.models[0].batchShare,
      b.cacheHitShare,
      b.cacheWriteShare,
    ]);
    expect(a.sla.uptimeOutcomes).toEqual(b.sla.uptimeOutcomes);
  });

  it("build the Anthropic offer from the playbook's figures", () => {
    const anthropic = offers[0];
    expect(anthropic.vendor).toBe("Anthropic");
    expect(anthropic.termMonths).toBe(36);
    expect(anthropic.pricing.kind).toBe("tiers");
    expect(anthropic.commitment).toEqual({
      amounts: [90_000],
      per: "month",
      rolloverCap: 0.2,
      expiryMonths: 3,
    });
    expect(anthropic.overageRate).toBe(1);
    expect(anthropic.ramp).toEqual([0, -0.15]);
    expect(anthropic.renewalUpliftCap).toBe(0.05);
    expect(anthropic.sla.schedule).toEqual({
      kind: "linear",
      target: PLAYBOOK_LINEAR_SLA.target,
      perStep: 0.02,
      step: 0.001,
    });
  });

  it("build the OpenAI offer with a discount, an annual true-up and the Azure table", () => {
    const openAi = offers[1];
    expect(openAi).toMatchObject({ vendor: "OpenAI", model: "gpt-4.1" });
    expect(openAi.pricing).toEqual({ kind: "discount", discount: 0.2 });
    expect(openAi.commitment).toEqual({
      amounts: [600_000],
      per: "year",
      rolloverCap: 1,
      trueUpMonths: 12,
    });
    const azure = SLA_SCHEDULES.find((s) => s.service === "Azure OpenAI");
    expect(openAi.sla.schedule).toEqual({ kind: "table", rows: azure?.rows });
  });

  it("are fresh objects on every call", () => {
    expect(neutralOffers()).toEqual(offers);
    expect(neutralOffers()[0]).not.toBe(offers[0]);
  });
});

describe("the demo offers", () => {
  const [anthropic, openAi] = demoOffers();

  it("are what the form and the demo open with", () => {
    expect(defaultOffers()).toEqual(demoOffers());
  });

  it("are complete and valid, and keep the neutral offers' prices, usage and SLA", () => {
    const neutral = neutralOffers();
    demoOffers().forEach((offer, i) => {
      expect(offerProblems(offer)).toEqual([]);
      const { pricing, forecast, termMonths, startMonth, sla, ramp } = neutral[i];
      expect(offer).toMatchObject({ pricing, forecast, termMonths, startMonth, sla, ramp });
    });
  });

  it("use every term of the offer in at least one of them", () => {
    const both = [anthropic, openAi];
    expect(both.some((o) => o.models.length > 1)).toBe(true);
    expect(both.some((o) => o.models.some((m) => m.longContextShare > 0))).toBe(true);
    expect(both.some((o) => new Set(o.models.map((m) => m.batchShare)).size > 1)).toBe(true);
    expect(both.some((o) => new Set(o.commitment.amounts).size > 1)).toBe(true);
    expect(both.some((o) => o.billing.prepaymentDiscount > 0)).toBe(true);
    expect(both.some((o) => o.burst !== null)).toBe(true);
    expect(both.some((o) => o.fees.seatPrice > 0 && o.fees.seats.some((s) => s > 0))).toBe(true);
    expect(both.some((o) => o.fees.platformFee > 0)).toBe(true);
    expect(both.some((o) => o.exit !== null)).toBe(true);
    expect(both.some((o) => o.priceProtection?.keptDiscount === "offer")).toBe(true);
    expect(both.some((o) => (o.priceProtection?.listSchedule.length ?? 0) > 0)).toBe(true);
  });

  it("pool Claude models at the hand-checked prices, Sonnet's long prompts at the library's", () => {
    expect(
      anthropic.models.map((m) => [m.model, m.share, m.batchShare, m.longContextShare])
    ).toEqual([
      ["Claude Sonnet 4 / 4.5 / 4.6", 0.7, 0.1, 0.1],
      ["Claude Haiku 4.5", 0.2, 0.4, 0],
      ["Claude Opus 4.5 / 4.6", 0.1, 0, 0],
    ]);
    const sonnet = MARKET_FACT_PRICES.find((m) => m.model === "Claude Sonnet 4 / 4.5 / 4.6")!;
    expect(anthropic.models[0].list).toEqual({
      ...listPricesOf(sonnet),
      longContextInput: 6,
      longContextOutput: 22.5,
    });
  });

  it("give the Anthropic offer a ramped monthly commitment billed a year ahead, a burst, seats and an exit from month 18", () => {
    expect(anthropic.commitment.amounts).toEqual([80_000, 100_000, 120_000]);
    expect(anthropic.billing).toEqual({ frequency: "annually", prepaymentDiscount: 0.05 });
    expect(anthropic.overageRate).toBe(1.05);
    expect(anthropic.burst).toEqual({ multiple: 2, windowMonths: 3 });
    expect(anthropic.fees).toEqual({ seatPrice: 40, seats: [1_000, 2_000, 3_000], platformFee: 0 });
    expect(anthropic.exit).toEqual({ noticeMonths: 2, feeMonths: 3, earliestMonth: 18 });
    expect(anthropic.priceProtection).toEqual({ keptDiscount: "offer", listSchedule: [] });
  });

  it("give the OpenAI offer annual pools prepaid up front, a platform fee and protection from a list cut", () => {
    expect(openAi.models.map((m) => [m.model, m.share])).toEqual([
      ["gpt-4.1", 0.85],
      ["gpt-4.1-mini", 0.15],
    ]);
    expect(openAi.commitment).toMatchObject({ amounts: [500_000, 550_000, 650_000], per: "year" });
    expect(openAi.billing).toEqual({ frequency: "up front", prepaymentDiscount: 0.06 });
    expect(openAi.burst).toBeNull();
    expect(openAi.fees).toEqual({ seatPrice: 0, seats: [0], platformFee: 120_000 });
    expect(openAi.exit).toEqual({ noticeMonths: 2, feeMonths: 3, earliestMonth: 12 });
    expect(openAi.priceProtection).toEqual({
      keptDiscount: 0.2,
      listSchedule: [{ fromMonth: 13, factors: [0.8, 1] }],
    });
  });
});
