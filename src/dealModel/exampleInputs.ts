import { MARKET_FACT_PRICES, SLA_SCHEDULES } from "../content/catalog";
import { GENAI_PRICES_SNAPSHOT } from "../content/catalog/history";
import type { ModelPrice, SlaSchedule } from "../content/catalog/types";
import { listPricesOf, type ListPrices, type UptimeOutcome, type UsageForecast } from "./offer";

/*
 * What the example offers share: the buyer's usage, term and expectations, the same for every
 * offer so that the comparison is like for like, and where their prices come from.
 */

/**
 * One team's usage: 20 billion input and 4 billion output tokens a month, growing 2% a month
 * (about 27% a year). At list prices that is about $120,000 a month on Claude Sonnet: the
 * eight-figure, multi-year scale of the playbook's cases. An illustration, not a benchmark: the
 * user replaces it with their own.
 */
export const FORECAST: UsageForecast = {
  inputTokensM: 20_000,
  outputTokensM: 4_000,
  monthlyGrowth: 0.02,
};
export const BATCH_SHARE = 0.1;
export const CACHE_HIT_SHARE = 0.3;
/** Prompts written to the cache once and read many times: a twentieth of the other input. */
export const CACHE_WRITE_SHARE = 0.05;
export const TERM_MONTHS = 36;
/** The month after the catalog's snapshot (2026-12-07): a contract signed now starts then. */
export const START_MONTH = "2027-01";
/** Playbook, Renewals, Term and Exit: "Renewal prices no more than 5% above the prior term's". */
export const RENEWAL_CAP = 0.05;

/**
 * How a month's uptime may come in, against the playbook's "99.9% or better monthly uptime"
 * (Support and SLA): most months meet it, one in ten falls just short, and one in a hundred has a
 * major outage. An illustration, not a measurement: replace it with the vendor's status-page
 * history. Expected credits weigh each outcome's credit by its probability.
 */
export const DEFAULT_UPTIME_OUTCOMES: readonly UptimeOutcome[] = [
  { uptime: 0.9995, probability: 0.8 },
  { uptime: 0.9985, probability: 0.1 },
  { uptime: 0.995, probability: 0.06 },
  { uptime: 0.985, probability: 0.03 },
  { uptime: 0.94, probability: 0.01 },
];

export const uptimeOutcomes = (): UptimeOutcome[] => DEFAULT_UPTIME_OUTCOMES.map((o) => ({ ...o }));

/** A model's list prices as checked by hand (market-facts.md), so the example's figures stay put. */
export function checkedModel(vendor: string, model: string): ModelPrice {
  const found = MARKET_FACT_PRICES.find((m) => m.vendor === vendor && m.model === model);
  if (found === undefined) throw new Error(`The market facts have no ${vendor} ${model}.`);
  return found;
}

/**
 * A hand-checked model's list prices with the long-context prices the price library gives for one
 * of the versions it names (the facts were gathered without them).
 */
export function withLongContext(model: ModelPrice, libraryId: string): ListPrices {
  const found = GENAI_PRICES_SNAPSHOT.reference.find((m) => m.id === libraryId)?.longContext;
  if (!found) throw new Error(`The price library gives no long-context prices for ${libraryId}.`);
  return { ...listPricesOf(model), longContextInput: found.input, longContextOutput: found.output };
}

export function slaSchedule(vendor: string, service: string): SlaSchedule {
  const found = SLA_SCHEDULES.find((s) => s.vendor === vendor && s.service === service);
  if (found === undefined) throw new Error(`The catalog has no SLA for ${vendor} ${service}.`);
  return found;
}
