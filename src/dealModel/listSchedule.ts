import { monthlyListPrices } from "../content/catalog";
import type { ModelPrice, PeriodPrices } from "../content/catalog/types";
import { Dec, ONE, dec, quotient } from "../pricing/decimal";
import type { ListPrices, Offer } from "./offer";
import { MAX_LIST_STEPS } from "./problemRules";
import type { ListStep } from "./offerTerms";
import { modelPrices, poolCost } from "./usageMix";

/*
 * Price protection's list schedule (schedule.ts, rule 5): the vendor's list prices over the term,
 * as a factor per pool model (its list price then ÷ at signing) from each step's month. Month 1 is
 * at factor 1; a step holds until the next. The defaults come from the catalog's dated prices.
 */

/** The factors of the step in force in `month` (one per pool model); all 1 before any step. */
export function factorsInForce(offer: Offer, month: number): readonly number[] {
  const steps = offer.priceProtection?.listSchedule ?? [];
  const inForce = steps.filter((step) => step.fromMonth <= month);
  return inForce.length > 0 ? inForce[inForce.length - 1].factors : offer.models.map(() => 1);
}

/** A price of `list` moved as its standard price moved: batch and long-context prices follow. */
const scaled = (price: number | null, standard: number, then: number): number | null =>
  price === null || standard === 0
    ? price
    : quotient(dec(price).times(dec(then)), dec(standard)).toNumber();

/** The list prices of a month of the catalog, batch and long-context prices scaled with them. */
function listThen(list: ListPrices, then: PeriodPrices): ListPrices {
  return {
    input: then.input,
    output: then.output,
    cacheHit: then.cacheHit,
    cacheWrite: then.cacheWrite,
    batchInput: scaled(list.batchInput, list.input, then.input),
    batchOutput: scaled(list.batchOutput, list.output, then.output),
    longContextInput: scaled(list.longContextInput, list.input, then.input),
    longContextOutput: scaled(list.longContextOutput, list.output, then.output),
  };
}

/**
 * The list schedule the catalog's dated prices give the offer's pool from its start month: a step
 * in each month where a pooled model's list prices change, its factor the model's blended list
 * cost at that month's prices ÷ at signing, both at month 1's tokens. A model the catalog does not
 * hold (matched by the offer's vendor and the model's name) keeps factor 1. At most
 * MAX_LIST_STEPS steps, the first changes.
 */
export function defaultListSchedule(
  offer: Offer,
  catalog: readonly ModelPrice[],
  inputTokensM: number,
  outputTokensM: number
): ListStep[] {
  const term = offer.termMonths;
  const costs: (Dec[] | null)[] = offer.models.map((pooled) => {
    const entry = catalog.find((m) => m.vendor === offer.vendor && m.model === pooled.model);
    if (entry === undefined) return null;
    return monthlyListPrices(entry, offer.startMonth, term).map((then) => {
      const prices = modelPrices(offer, { ...pooled, list: listThen(pooled.list, then) });
      return poolCost(prices, inputTokensM, outputTokensM);
    });
  });
  const factor = (k: number, month: number): number => {
    const cost = costs[k];
    if (cost === null || cost[0].isZero()) return 1;
    return quotient(cost[month - 1], cost[0]).toNumber();
  };
  const steps: ListStep[] = [];
  let previous = offer.models.map(() => 1);
  for (let month = 2; month <= term && steps.length < MAX_LIST_STEPS; month++) {
    const factors = offer.models.map((_, k) => factor(k, month));
    if (factors.some((f, k) => f !== previous[k])) steps.push({ fromMonth: month, factors });
    previous = factors;
  }
  return steps;
}

/**
 * The discount the protection keeps off the list price in force: the clause's own, or with
 * "offer" the offer's discount, or for tiers the year-1 discount they give at the forecast,
 * 1 − Σ year-1 usage cost ÷ Σ list cost over the first twelve months (or the term if shorter).
 */
export function keptDiscount(
  offer: Offer,
  yearOne: readonly { readonly forecastBaseCost: number; readonly listCost: number }[]
): Dec {
  const kept = offer.priceProtection?.keptDiscount ?? 0;
  if (kept !== "offer") return dec(kept);
  if (offer.pricing.kind === "discount") return dec(offer.pricing.discount);
  const sum = (pick: (m: (typeof yearOne)[number]) => number) =>
    yearOne.reduce((total: Dec, m) => total.plus(dec(pick(m))), dec(0));
  const list = sum((m) => m.listCost);
  return list.isZero()
    ? dec(0)
    : ONE.minus(
        quotient(
          sum((m) => m.forecastBaseCost),
          list
        )
      );
}
