import { MODEL_PRICES, PLAYBOOK_LINEAR_SLA, SLA_SCHEDULES } from "../../content/catalog";
import { neutralOffers, type Offer } from "../../dealModel";
import { editOffer, type OfferEdit } from "../offerForm/editOffer";

// Offers of one model each, so that an edit of the pool's first model is the whole pool.
const [tiered, discounted] = neutralOffers();
const apply = (offer: Offer, ...edits: OfferEdit[]) => edits.reduce(editOffer, offer);
const tiersOf = (offer: Offer) => (offer.pricing.kind === "tiers" ? offer.pricing.tiers : []);
const slaRowsOf = (offer: Offer) =>
  offer.sla.schedule.kind === "table" ? offer.sla.schedule.rows : [];

describe("editing an offer in the form", () => {
  it("takes a catalog model's vendor, name and list prices for the pool's first model", () => {
    const flash = MODEL_PRICES.find((model) => model.model === "Gemini 3.8 Flash")!;
    const edited = editOffer(discounted, { type: "catalogModel", model: flash });
    expect(edited.vendor).toBe(flash.vendor);
    expect(edited.model).toBe(flash.model);
    expect(edited.models).toEqual([
      {
        ...discounted.models[0],
        model: flash.model,
        list: {
          input: flash.input,
          output: flash.output,
          cacheHit: flash.cacheHit,
          cacheWrite: flash.cacheWrite,
          batchInput: flash.batchInput,
          batchOutput: flash.batchOutput,
          longContextInput: null,
          longContextOutput: null,
        },
      },
    ]);
    expect(edited.pricing).toBe(discounted.pricing);
  });

  it("edits a pool model's list prices and shares by index, and ignores an index it lacks", () => {
    const edited = apply(
      discounted,
      { type: "list", index: 0, changes: { input: 2.5, cacheHit: null } },
      { type: "poolModel", index: 0, changes: { batchShare: 0.3 } }
    );
    expect(edited.models[0]).toEqual({
      ...discounted.models[0],
      list: { ...discounted.models[0].list, input: 2.5, cacheHit: null },
      batchShare: 0.3,
    });
    expect(editOffer(discounted, { type: "list", index: 1, changes: { input: 9 } })).toBe(
      discounted
    );
  });

  it("adds tiers before the unbounded last one, and keeps the last one unbounded on removal", () => {
    const added = editOffer(tiered, { type: "addTier" });
    expect(tiersOf(added).map((tier) => tier.upTo)).toEqual([25_000, 40_000, 80_000, Infinity]);
    expect(tiersOf(added)[2].price).toBe(3.5);
    const lastRemoved = editOffer(added, { type: "removeTier", row: 3 });
    expect(tiersOf(lastRemoved).map((tier) => tier.upTo)).toEqual([25_000, 40_000, Infinity]);
    expect(tiersOf(lastRemoved)[2].price).toBe(3.5);
    const one = apply(
      lastRemoved,
      { type: "removeTier", row: 0 },
      { type: "removeTier", row: 0 },
      { type: "removeTier", row: 0 }
    );
    expect(tiersOf(one)).toEqual([{ upTo: Infinity, price: 3.5, flatFee: 0 }]);
    expect(tiersOf(editOffer(one, { type: "addTier" }))[0].upTo).toBe(1_000);
  });

  it("edits one tier's cells", () => {
    const edited = editOffer(tiered, {
      type: "tier",
      row: 1,
      changes: { price: 3.9, flatFee: 50 },
    });
    expect(tiersOf(edited)[1]).toEqual({ upTo: 40_000, price: 3.9, flatFee: 50 });
    expect(tiersOf(tiered)[1].price).toBe(4);
  });

  it("switches between a discount and tiers from a blended list price", () => {
    const toTiers = editOffer(discounted, { type: "pricingKind", kind: "tiers" });
    // gpt-4.1 at 2 in and 8 out, for 20,000 M input and 4,000 M output tokens: 3 per M tokens.
    expect(toTiers.pricing).toEqual({
      kind: "tiers",
      mode: "graduated",
      tiers: [{ upTo: Infinity, price: 3, flatFee: 0 }],
    });
    expect(editOffer(tiered, { type: "pricingKind", kind: "discount" }).pricing).toEqual({
      kind: "discount",
      discount: 0,
    });
    expect(editOffer(tiered, { type: "pricingKind", kind: "tiers" })).toBe(tiered);
  });

  it("removes an optional commitment field set to nothing", () => {
    const edited = editOffer(tiered, { type: "commitment", changes: { expiryMonths: undefined } });
    expect("expiryMonths" in edited.commitment).toBe(false);
    expect(edited.commitment.rolloverCap).toBe(0.2);
  });

  it("sets a year's ramp change, adding years as needed", () => {
    expect(editOffer(tiered, { type: "rampStep", year: 2, change: 0.03 }).ramp).toEqual([
      0, -0.15, 0.03,
    ]);
    expect(editOffer(tiered, { type: "rampStep", year: 0, change: -0.05 }).ramp).toEqual([
      -0.05, -0.15,
    ]);
  });

  it("switches the SLA between a linear clause and a credit table", () => {
    const table = editOffer(tiered, { type: "slaKind", kind: "table" });
    expect(slaRowsOf(table)).toEqual(SLA_SCHEDULES[0].rows);
    const linear = editOffer(table, { type: "slaKind", kind: "linear" });
    const { target, perStep, step } = PLAYBOOK_LINEAR_SLA;
    expect(linear.sla.schedule).toEqual({ kind: "linear", target, perStep, step });
    const noStep = editOffer(linear, { type: "slaLinear", changes: { step: undefined } });
    expect(noStep.sla.schedule).toEqual({ kind: "linear", target, perStep });
  });

  it("starts a credit table from a published schedule and edits its rows", () => {
    const google = SLA_SCHEDULES.find((schedule) => schedule.vendor === "Google")!;
    const fromCatalog = editOffer(tiered, { type: "slaSchedule", schedule: google });
    expect(slaRowsOf(fromCatalog)).toEqual(google.rows);
    const added = editOffer(fromCatalog, { type: "addSlaRow" });
    expect(slaRowsOf(added)[3]).toEqual({ threshold: 0.94, share: 0.5 });
    const edited = editOffer(added, { type: "slaRow", row: 3, changes: { share: 1 } });
    expect(slaRowsOf(edited)[3]).toEqual({ threshold: 0.94, share: 1 });
    const removed = editOffer(edited, { type: "removeSlaRow", row: 0 });
    expect(slaRowsOf(removed).map((row) => row.threshold)).toEqual([0.99, 0.95, 0.94]);
    const oneRow = apply(
      removed,
      { type: "removeSlaRow", row: 0 },
      { type: "removeSlaRow", row: 0 },
      { type: "removeSlaRow", row: 0 }
    );
    expect(slaRowsOf(oneRow)).toEqual([{ threshold: 0.94, share: 1 }]);
    expect(google.rows).toHaveLength(3);
  });

  it("edits the uptime outcomes, keeping one to ten of them", () => {
    const added = editOffer(tiered, { type: "addOutcome" });
    expect(added.sla.uptimeOutcomes).toHaveLength(6);
    expect(added.sla.uptimeOutcomes[5]).toEqual({ uptime: 0.935, probability: 0 });
    const edited = editOffer(added, { type: "outcome", row: 5, changes: { probability: 0.01 } });
    expect(edited.sla.uptimeOutcomes[5].probability).toBe(0.01);
    const one = apply(tiered, ...Array<OfferEdit>(6).fill({ type: "removeOutcome", row: 0 }));
    expect(one.sla.uptimeOutcomes).toEqual([{ uptime: 0.94, probability: 0.01 }]);
    const ten = apply(tiered, ...Array<OfferEdit>(8).fill({ type: "addOutcome" }));
    expect(ten.sla.uptimeOutcomes).toHaveLength(10);
    expect(tiered.sla.uptimeOutcomes).toHaveLength(5);
  });
});
