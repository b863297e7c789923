import { MODEL_PRICES } from "../../content/catalog";
import type { ModelPrice } from "../../content/catalog/types";
import { defaultListSchedule } from "../listSchedule";
import type { Offer } from "../offer";
import { computeSchedule, summarize } from "../schedule";
import { PLAIN_LIST, smallOffer } from "./fixtures";

/*
 * Issue 12's usage terms, priced by hand on the small offer (100/10, 110/11, 121/12.1 M tokens; list
 * $1 in, $5 out; 20% off: usage 120, 132, 145.2; commitment 130 a month; overage rate 1.5).
 */

const pick = <K extends keyof ReturnType<typeof computeSchedule>[number]>(
  offer: Offer,
  key: K,
  factor = 1
) => computeSchedule(offer, factor).map((r) => r[key]);

describe("a pool of models drawing on one commitment (rules 2 and 3)", () => {
  // Model 1: 60% at $1/$5. Model 2: 40% at $2/$10, half its tokens in long prompts at $4 input
  // (×2) with no long-context output price (×1): input 2 × 1.5 = 3. Pool: 0.6·1 + 0.4·3 = 1.8 in,
  // 0.6·5 + 0.4·10 = 7 out. Month 1: 100·1.8 + 10·7 = 250 at list, 200 at 20% off.
  const pool = smallOffer({
    models: [
      { model: "Model", share: 0.6, list: PLAIN_LIST, batchShare: 0, longContextShare: 0 },
      {
        model: "Other",
        share: 0.4,
        list: { ...PLAIN_LIST, input: 2, output: 10, longContextInput: 4 },
        batchShare: 0,
        longContextShare: 0.5,
      },
    ],
  });

  it("prices the pool's tokens at each model's blended prices, long context included", () => {
    expect(pick(pool, "listCost")).toEqual([250, 275, 302.5]);
    expect(pick(pool, "usageCost")).toEqual([200, 220, 242]);
  });

  it("carries the pool over to tier prices through the first model's standard cost", () => {
    const tiers = { kind: "tiers" as const, mode: "graduated" as const };
    const tiered = {
      ...pool,
      pricing: { ...tiers, tiers: [{ upTo: Infinity, price: 1, flatFee: 0 }] },
    };
    // 110 M tokens at $1 all-in × 250 ÷ (100·1 + 10·5).
    expect(pick(tiered, "mixFactor")[0]).toBeCloseTo(250 / 150, 14);
    expect(pick(tiered, "usageCost")[0]).toBeCloseTo((110 * 250) / 150, 10);
  });

  it("batch shares are the model's own", () => {
    const batch = {
      ...pool,
      models: pool.models.map((m, k) =>
        k === 0
          ? { ...m, batchShare: 0.5, list: { ...PLAIN_LIST, batchInput: 0.5, batchOutput: 2.5 } }
          : m
      ),
    };
    // Model 1's prices halve on half its tokens: 0.75 in, 3.75 out; pool 1.65 in, 6.25 out.
    expect(pick(batch, "listCost")[0]).toBe(100 * 1.65 + 10 * 6.25);
  });
});

describe("commitments and seats by contract year (rules 4 and 6)", () => {
  const twoYears = smallOffer({
    termMonths: 24,
    forecast: { inputTokensM: 100, outputTokensM: 0, monthlyGrowth: 0 },
    commitment: { amounts: [100, 200], per: "month", rolloverCap: 0 },
    fees: { seatPrice: 3, seats: [10, 20], platformFee: 120 },
  });

  it("releases each contract year's amount, and an annual pool billed in twelfths", () => {
    const released = pick(twoYears, "commitment");
    expect(released.slice(10, 14)).toEqual([100, 100, 200, 200]);
    const annual = {
      ...twoYears,
      commitment: { amounts: [1200, 2400], per: "year" as const, rolloverCap: 1 },
    };
    expect(pick(annual, "commitment").filter((c) => c > 0)).toEqual([1200, 2400]);
    expect(pick(annual, "billedCommitment").slice(11, 13)).toEqual([100, 200]);
  });

  it("charges the year's seats and a twelfth of the platform fee each month, not drawn down", () => {
    const rows = computeSchedule(twoYears);
    expect(rows.map((r) => r.fixedFees).slice(11, 13)).toEqual([40, 70]);
    // Usage 80 a month (100 M at $1, 20% off) within the commitment: charge = commitment + fees.
    expect(rows[0]).toMatchObject({ covered: 80, charge: 140 });
    expect(rows[12]).toMatchObject({ covered: 80, charge: 270 });
    expect(summarize(twoYears, rows).term.fixedFees).toBe(12 * 40 + 12 * 70);
  });
});

describe("price protection (rule 5)", () => {
  const protectedOffer = (keptDiscount: number | "offer", factor: number) =>
    smallOffer({
      priceProtection: { keptDiscount, listSchedule: [{ fromMonth: 2, factors: [factor] }] },
    });

  it("charges the lower of the contract's price and the list in force less the kept discount", () => {
    // Month 1: 150 × 0.75 = 112.5 < 120. Months 2 and 3 at half list: 82.5 × 0.75, 90.75 × 0.75.
    const rows = computeSchedule(protectedOffer(0.25, 0.5));
    expect(rows.map((r) => r.listCostInForce)).toEqual([150, 82.5, 90.75]);
    expect(rows.map((r) => r.usageCost)).toEqual([112.5, 61.875, 68.0625]);
  });

  it("keeps the offer's discount with 'offer', and a list rise never raises the price", () => {
    expect(pick(protectedOffer("offer", 0.5), "usageCost")).toEqual([120, 66, 72.6]);
    expect(pick(protectedOffer("offer", 1.2), "usageCost")).toEqual([120, 132, 145.2]);
  });

  it("scales the protected price with the scenario's share", () => {
    expect(pick(protectedOffer("offer", 0.5), "usageCost", 2)).toEqual([240, 132, 145.2]);
  });

  it("keeps a tiered offer's year-1 discount at the forecast", () => {
    // $1 all-in for tokens that cost 150, 165, 181.5 at list: 110, 121, 133.1 → 26.67% off.
    const tiers = [{ upTo: Infinity, price: 1, flatFee: 0 }];
    const tiered = {
      ...protectedOffer("offer", 0.5),
      pricing: { kind: "tiers" as const, mode: "graduated" as const, tiers },
    };
    const kept = 1 - 364.1 / 496.5;
    const rows = computeSchedule(tiered);
    expect(rows[0].usageCost).toBeCloseTo(110, 10);
    expect(rows[1].usageCost).toBeCloseTo(82.5 * (1 - kept), 10);
  });

  it("defaults its list schedule from the catalog's dated prices", () => {
    const [entry] = MODEL_PRICES;
    const cut: ModelPrice = {
      ...entry,
      vendor: "Vendor",
      model: "Model",
      input: 1,
      output: 5,
      cacheHit: null,
      cacheWrite: null,
      history: [
        { from: null, input: 1, output: 5, cacheHit: null, cacheWrite: null },
        { from: "2027-03-15", input: 0.5, output: 2.5, cacheHit: null, cacheWrite: null },
      ],
    };
    const offer = smallOffer({ termMonths: 6 });
    // The cut takes effect from the first whole month after it: month 4 (2027-04).
    expect(defaultListSchedule(offer, [cut], 100, 10)).toEqual([{ fromMonth: 4, factors: [0.5] }]);
    expect(defaultListSchedule(offer, MODEL_PRICES, 100, 10)).toEqual([]);
  });
});

describe("bursts balanced over a window (rule 7)", () => {
  // Usage 150, 50, 250 against 100 a month, nothing rolling over, twice the commitment allowed.
  const offer = smallOffer({
    forecast: {
      kind: "cells",
      source: "'Usage'!B2:C4",
      months: [150, 50, 250].map((inputTokensM) => ({ inputTokensM, outputTokensM: 0 })),
    },
    pricing: { kind: "discount", discount: 0 },
    commitment: { amounts: [100], per: "month", rolloverCap: 0 },
    burst: { multiple: 2, windowMonths: 3 },
  });

  it("charges burst usage at the committed rate, first from commitment otherwise lost", () => {
    const rows = computeSchedule(offer);
    // Month 1: 50 over, all within 2 × 100. Month 2 loses 50. Month 3: 150 over, 100 within.
    expect(rows.map((r) => r.burstEligible)).toEqual([50, 0, 100]);
    // The window's 150 of bursts: 50 paid by month 2's lost 50, 100 at the committed rate; the
    // 50 beyond the allowance at 1.5.
    expect(rows.map((r) => r.burstBalanced)).toEqual([0, 0, 50]);
    expect(rows.map((r) => r.overageCharge)).toEqual([0, 0, 175]);
    expect(summarize(offer, rows).term.forfeited).toBe(0);
    const without = computeSchedule({ ...offer, burst: null });
    expect(without.map((r) => r.overageCharge)).toEqual([75, 0, 225]);
  });

  it("settles a window of one month at once, and a multiple of 1 is no burst at all", () => {
    const monthly = computeSchedule({ ...offer, burst: { multiple: 2, windowMonths: 1 } });
    expect(monthly.map((r) => r.overageCharge)).toEqual([50, 0, 75 + 100]);
    const none = computeSchedule({ ...offer, burst: { multiple: 1, windowMonths: 3 } });
    expect(none.map((r) => r.overageCharge)).toEqual([75, 0, 225]);
  });
});
