import { MARKET_FACT_PRICES, PLAYBOOK_LINEAR_SLA, SLA_SCHEDULES } from "../content/catalog";
import type { ModelPrice, SlaSchedule } from "../content/catalog/types";
import { listPricesOf, type Offer, type UptimeOutcome, type UsageForecast } from "./offer";

/** A model's list prices as checked by hand (market-facts.md), so the example's figures stay put. */
function checkedModel(vendor: string, model: string): ModelPrice {
  const found = MARKET_FACT_PRICES.find((m) => m.vendor === vendor && m.model === model);
  if (found === undefined) throw new Error(`The market facts have no ${vendor} ${model}.`);
  return found;
}

function slaSchedule(vendor: string, service: string): SlaSchedule {
  const found = SLA_SCHEDULES.find((s) => s.vendor === vendor && s.service === service);
  if (found === undefined) throw new Error(`The catalog has no SLA for ${vendor} ${service}.`);
  return found;
}

/*
 * One team's usage, the same for every offer so that the comparison is like for like: 20 billion
 * input and 4 billion output tokens a month, growing 2% a month (about 27% a year). At list
 * prices that is about $120,000 a month on Claude Sonnet: the eight-figure, multi-year scale of
 * the playbook's cases. An illustration, not a benchmark: the user replaces it with their own.
 */
const FORECAST: UsageForecast = { inputTokensM: 20_000, outputTokensM: 4_000, monthlyGrowth: 0.02 };
const BATCH_SHARE = 0.1;
const CACHE_HIT_SHARE = 0.3;
/** Prompts written to the cache once and read many times: a twentieth of the other input. */
const CACHE_WRITE_SHARE = 0.05;
const TERM_MONTHS = 36;
/** Playbook, Renewals, Term and Exit: "Renewal prices no more than 5% above the prior term's". */
const RENEWAL_CAP = 0.05;
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

const uptimeOutcomes = (): UptimeOutcome[] => DEFAULT_UPTIME_OUTCOMES.map((o) => ({ ...o }));

/**
 * Anthropic Claude Sonnet over three years, shaped by the playbook's asks: written volume tiers,
 * a year-2 price 15% lower, 20% of unused commitment rolled into the next quarter, overage at the
 * committed rate, a 5% renewal cap and a linear SLA of 2% per 0.1% below 99.9%.
 */
function anthropicOffer(): Offer {
  const sonnet = checkedModel("Anthropic", "Claude Sonnet 4 / 4.5 / 4.6");
  return {
    vendor: sonnet.vendor,
    model: sonnet.model,
    termMonths: TERM_MONTHS,
    forecast: FORECAST,
    list: listPricesOf(sonnet),
    // Playbook, Pricing and Discounts: "written volume tiers with bulk rates well below list price
    // at each tier" and "at least two volume breaks above your forecast baseline" (24,000 M
    // tokens). The forecast's blended list price is $5.00 per M tokens at standard rates (3 in,
    // 15 out, 5:1 mix): the tiers are 10%, 20% and 30% below it, and batch and cache lower them
    // further through the mix factor. Illustrative rates, not Anthropic's.
    pricing: {
      kind: "tiers",
      mode: "graduated",
      tiers: [
        { upTo: 25_000, price: 4.5, flatFee: 0 },
        { upTo: 40_000, price: 4, flatFee: 0 },
        { upTo: Infinity, price: 3.5, flatFee: 0 },
      ],
    },
    batchShare: BATCH_SHARE,
    cacheHitShare: CACHE_HIT_SHARE,
    cacheWriteShare: CACHE_WRITE_SHARE,
    commitment: {
      // About month 1's usage cost under the tiers ($90,086 with the usage mix), rounded down.
      amount: 90_000,
      per: "month",
      // Playbook, Cost Containment: "Up to 20% of unused monthly tokens rolled into the next quarter".
      rolloverCap: 0.2,
      expiryMonths: 3,
    },
    // Playbook, Cost Containment: "Overage billed at, or only slightly above, the committed unit rate".
    overageRate: 1,
    // Playbook, Pricing and Discounts: "a year-2 rate at least 15% below year 1".
    ramp: [0, -0.15],
    renewalUpliftCap: RENEWAL_CAP,
    // Playbook, Support and SLA: "2% of the monthly fee for every 0.1% of uptime below 99.9%".
    sla: {
      schedule: {
        kind: "linear",
        target: PLAYBOOK_LINEAR_SLA.target,
        perStep: PLAYBOOK_LINEAR_SLA.perStep,
        step: PLAYBOOK_LINEAR_SLA.step,
      },
      cap: PLAYBOOK_LINEAR_SLA.cap,
      uptimeOutcomes: uptimeOutcomes(),
    },
  };
}

/**
 * OpenAI gpt-4.1 over three years: a flat discount from list, an annual commitment with an annual
 * true-up, overage slightly above the committed rate, and the Azure OpenAI credit table.
 */
function openAiOffer(): Offer {
  const gpt41 = checkedModel("OpenAI", "gpt-4.1");
  const azure = slaSchedule("Microsoft", "Azure OpenAI");
  return {
    vendor: gpt41.vendor,
    model: gpt41.model,
    termMonths: TERM_MONTHS,
    forecast: FORECAST,
    list: listPricesOf(gpt41),
    // Playbook, Strategic Leverage: the rival bid that "cut costs by 20%". Illustrative.
    pricing: { kind: "discount", discount: 0.2 },
    batchShare: BATCH_SHARE,
    cacheHitShare: CACHE_HIT_SHARE,
    cacheWriteShare: CACHE_WRITE_SHARE,
    commitment: {
      // About a year of month-1 usage at the discounted rates ($48,240 a month), rounded.
      amount: 600_000,
      per: "year",
      // The annual pool lasts the year; Playbook, Cost Containment: "annual true-ups".
      rolloverCap: 1,
      trueUpMonths: 12,
    },
    // Playbook, Cost Containment: "only modestly above your committed rate"; 10% is illustrative.
    overageRate: 1.1,
    ramp: [0],
    renewalUpliftCap: RENEWAL_CAP,
    sla: {
      schedule: { kind: "table", rows: azure.rows.map((r) => ({ ...r })) },
      // Credits are usually capped at the month's fee (SLA_SCHEDULES' note).
      cap: 1,
      uptimeOutcomes: uptimeOutcomes(),
    },
  };
}

/**
 * Two complete, realistic offers for the same usage, so that one click gives a full example:
 * Anthropic Claude Sonnet with volume tiers and a monthly commitment, and OpenAI gpt-4.1 with a
 * discount and an annual commitment. List prices come from the hand-checked market facts, the terms
 * from the playbook's figures; each default says where it comes from.
 */
export function defaultOffers(): Offer[] {
  return [anthropicOffer(), openAiOffer()];
}
