import { MARKET_FACT_PRICES, PLAYBOOK_LINEAR_SLA, SLA_SCHEDULES } from "../../content/catalog";
import { defaultOffers } from "../defaultOffers";
import { offerProblems } from "../offerProblems";

describe("defaultOffers", () => {
  const offers = defaultOffers();

  it("gives two complete and valid offers", () => {
    expect(offers).toHaveLength(2);
    offers.forEach((offer) => expect(offerProblems(offer)).toEqual([]));
  });

  it("takes list prices from the hand-checked market facts", () => {
    offers.forEach((offer) => {
      const entry = MARKET_FACT_PRICES.find(
        (m) => m.vendor === offer.vendor && m.model === offer.model
      );
      expect(entry).toBeDefined();
      expect(offer.list).toEqual({
        input: entry?.input,
        output: entry?.output,
        cacheHit: entry?.cacheHit,
        cacheWrite: entry?.cacheWrite,
        batchInput: entry?.batchInput,
        batchOutput: entry?.batchOutput,
      });
    });
  });

  it("compares like for like: the same term, forecast, usage mix and uptime outcomes", () => {
    const [a, b] = offers;
    expect(a.termMonths).toBe(b.termMonths);
    expect(a.forecast).toEqual(b.forecast);
    expect([a.batchShare, a.cacheHitShare, a.cacheWriteShare]).toEqual([
      b.batchShare,
      b.cacheHitShare,
      b.cacheWriteShare,
    ]);
    expect(a.sla.uptimeOutcomes).toEqual(b.sla.uptimeOutcomes);
  });

  it("builds the Anthropic offer from the playbook's figures", () => {
    const anthropic = offers[0];
    expect(anthropic.vendor).toBe("Anthropic");
    expect(anthropic.termMonths).toBe(36);
    expect(anthropic.pricing.kind).toBe("tiers");
    expect(anthropic.commitment).toMatchObject({ per: "month", rolloverCap: 0.2, expiryMonths: 3 });
    expect(anthropic.ramp).toEqual([0, -0.15]);
    expect(anthropic.renewalUpliftCap).toBe(0.05);
    expect(anthropic.sla.schedule).toEqual({
      kind: "linear",
      target: PLAYBOOK_LINEAR_SLA.target,
      perStep: 0.02,
      step: 0.001,
    });
  });

  it("builds the OpenAI offer with a discount, an annual true-up and the Azure table", () => {
    const openAi = offers[1];
    expect(openAi).toMatchObject({ vendor: "OpenAI", model: "gpt-4.1" });
    expect(openAi.pricing).toEqual({ kind: "discount", discount: 0.2 });
    expect(openAi.commitment).toMatchObject({ per: "year", rolloverCap: 1, trueUpMonths: 12 });
    const azure = SLA_SCHEDULES.find((s) => s.service === "Azure OpenAI");
    expect(openAi.sla.schedule).toEqual({ kind: "table", rows: azure?.rows });
  });

  it("returns fresh objects on every call", () => {
    expect(defaultOffers()).toEqual(offers);
    expect(defaultOffers()[0]).not.toBe(offers[0]);
  });
});
