import type { ListPrices, Offer, PoolModel } from "../offer";
import { neutralTerms, soleModel } from "../offerTerms";

/** Standard prices only: every cache, batch and long-context price falls back to them. */
export const PLAIN_LIST: ListPrices = {
  input: 1,
  output: 5,
  cacheHit: null,
  cacheWrite: null,
  batchInput: null,
  batchOutput: null,
  longContextInput: null,
  longContextOutput: null,
};

/**
 * A small offer with round numbers and neutral terms, for figures checked by hand; tests override
 * what they need.
 */
export function smallOffer(changes: Partial<Offer> = {}): Offer {
  return {
    vendor: "Vendor",
    model: "Model",
    termMonths: 3,
    // 100 M input and 10 M output tokens in month 1, 10% more each month.
    forecast: { inputTokensM: 100, outputTokensM: 10, monthlyGrowth: 0.1 },
    models: soleModel("Model", PLAIN_LIST),
    pricing: { kind: "discount", discount: 0.2 },
    cacheHitShare: 0,
    cacheWriteShare: 0,
    commitment: { amounts: [130], per: "month", rolloverCap: 0.05 },
    overageRate: 1.5,
    ramp: [0],
    renewalUpliftCap: 0.05,
    sla: {
      schedule: { kind: "table", rows: [{ threshold: 0.999, share: 0.1 }] },
      cap: 1,
      // Every month at 99.5%: a 10% credit, for sure.
      uptimeOutcomes: [{ uptime: 0.995, probability: 1 }],
    },
    ...neutralTerms("2027-01"),
    ...changes,
  };
}

/** The offer with its first pool model changed; `list` changes merge into its list prices. */
export function withFirstModel(
  offer: Offer,
  changes: Partial<Omit<PoolModel, "list">> & { readonly list?: Partial<ListPrices> }
): Offer {
  const [first, ...rest] = offer.models;
  const list = { ...first.list, ...changes.list };
  return { ...offer, models: [{ ...first, ...changes, list }, ...rest] };
}
