import type { Offer } from "../offer";

/** A small offer with round numbers, for figures checked by hand; tests override what they need. */
export function smallOffer(changes: Partial<Offer> = {}): Offer {
  return {
    vendor: "Vendor",
    model: "Model",
    termMonths: 3,
    // 100 M input and 10 M output tokens in month 1, 10% more each month.
    forecast: { inputTokensM: 100, outputTokensM: 10, monthlyGrowth: 0.1 },
    list: {
      input: 1,
      output: 5,
      cacheHit: null,
      cacheWrite: null,
      batchInput: null,
      batchOutput: null,
    },
    pricing: { kind: "discount", discount: 0.2 },
    batchShare: 0,
    cacheHitShare: 0,
    cacheWriteShare: 0,
    commitment: { amount: 130, per: "month", rolloverCap: 0.05 },
    overageRate: 1.5,
    ramp: [0],
    renewalUpliftCap: 0.05,
    sla: {
      schedule: { kind: "table", rows: [{ threshold: 0.999, share: 0.1 }] },
      cap: 1,
      // Every month at 99.5%: a 10% credit, for sure.
      uptimeOutcomes: [{ uptime: 0.995, probability: 1 }],
    },
    ...changes,
  };
}
