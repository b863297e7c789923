import { MODEL_PRICES, PLAYBOOK_LINEAR_SLA, type ModelPrice } from "../../content/catalog";
import { listPricesOf, neutralTerms, soleModel, type Offer } from "../../dealModel";

const sameModel = (offer: Offer, model: ModelPrice) =>
  offer.vendor === model.vendor && offer.model === model.model;

/** A catalog model to compare: the first of a vendor not in the deal yet, else the first unused. */
function nextModel(offers: readonly Offer[]): ModelPrice {
  const vendors = new Set(offers.map((offer) => offer.vendor));
  const unused = MODEL_PRICES.filter((model) => !offers.some((offer) => sameModel(offer, model)));
  return unused.find((model) => !vendors.has(model.vendor)) ?? unused[0] ?? MODEL_PRICES[0];
}

/**
 * The offer "Add offer" appends. What describes the buyer is copied from the last offer, so that
 * the comparison stays like for like: the term, its start month, the usage forecast, the batch
 * and cache shares, the renewal cap asked for and the uptime outcomes expected. What the vendor
 * proposes starts at its plainest: list prices, pay as you go, no ramp, the playbook's linear SLA
 * clause and none of the other terms (neutralTerms).
 */
export function newOffer(offers: readonly Offer[]): Offer {
  const last = offers[offers.length - 1];
  const model = nextModel(offers);
  const { target, perStep, step, cap } = PLAYBOOK_LINEAR_SLA;
  return {
    vendor: model.vendor,
    model: model.model,
    termMonths: last.termMonths,
    forecast: last.forecast,
    models: soleModel(model.model, listPricesOf(model), last.models[0].batchShare),
    pricing: { kind: "discount", discount: 0 },
    cacheHitShare: last.cacheHitShare,
    cacheWriteShare: last.cacheWriteShare,
    commitment: { amounts: [0], per: "month", rolloverCap: 0 },
    overageRate: 1,
    ramp: [0],
    renewalUpliftCap: last.renewalUpliftCap,
    sla: {
      schedule: { kind: "linear", target, perStep, step },
      cap,
      uptimeOutcomes: last.sla.uptimeOutcomes.map((outcome) => ({ ...outcome })),
    },
    ...neutralTerms(last.startMonth),
  };
}
