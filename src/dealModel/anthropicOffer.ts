import { MODEL_PRICES, PLAYBOOK_LINEAR_SLA } from "../content/catalog";
import {
  BATCH_SHARE,
  CACHE_HIT_SHARE,
  CACHE_WRITE_SHARE,
  FORECAST,
  RENEWAL_CAP,
  START_MONTH,
  TERM_MONTHS,
  checkedModel,
  uptimeOutcomes,
  withLongContext,
} from "./exampleInputs";
import { defaultListSchedule } from "./listSchedule";
import { listPricesOf, type Offer } from "./offer";
import { neutralTerms, soleModel } from "./offerTerms";

/*
 * The example's Anthropic offer: Claude over three years, shaped by the playbook's asks. Each value
 * names the playbook figure it comes from; rates the playbook does not give are illustrative, not
 * Anthropic's.
 */

const SONNET = "Claude Sonnet 4 / 4.5 / 4.6";

/**
 * Claude Sonnet on written volume tiers, a year-2 price 15% lower, 20% of unused commitment rolled
 * into the next quarter, overage at the committed rate, a 5% renewal cap and a linear SLA of 2% per
 * 0.1% below 99.9%; none of the terms beyond those (neutralTerms).
 */
export function anthropicOffer(): Offer {
  const sonnet = checkedModel("Anthropic", SONNET);
  return {
    vendor: sonnet.vendor,
    model: sonnet.model,
    termMonths: TERM_MONTHS,
    forecast: FORECAST,
    models: soleModel(sonnet.model, listPricesOf(sonnet), BATCH_SHARE),
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
    cacheHitShare: CACHE_HIT_SHARE,
    cacheWriteShare: CACHE_WRITE_SHARE,
    commitment: {
      // About month 1's usage cost under the tiers ($90,086 with the usage mix), rounded down.
      amounts: [90_000],
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
    ...neutralTerms(START_MONTH),
  };
}

/**
 * The same offer with every term the playbook asks of a Claude deal: one pool across Sonnet, Haiku
 * and Opus, a commitment that ramps by contract year and is billed a year in advance, a burst
 * allowance, seats, an exit for convenience and the right to lower list prices.
 */
export function anthropicDemoOffer(): Offer {
  const model = (name: string) => checkedModel("Anthropic", name);
  const pooled: Offer = {
    ...anthropicOffer(),
    model: "Claude pool",
    // Playbook, Cost Containment: "$10M can be used across any Anthropic Claude models ... and any
    // form of access (API, batch, etc.)". The shares are illustrative; batch at the Batch API's
    // "50% lower token costs" (Pricing and Discounts), Sonnet's long prompts at the price library's
    // long-context prices for Sonnet 4.5 ($6 in, $22.50 out above 200K tokens). The first model's
    // tokens are what the tiers price.
    models: [
      {
        model: SONNET,
        share: 0.7,
        list: withLongContext(model(SONNET), "anthropic:claude-sonnet-4-5"),
        batchShare: 0.1,
        longContextShare: 0.1,
      },
      {
        model: "Claude Haiku 4.5",
        share: 0.2,
        list: listPricesOf(model("Claude Haiku 4.5")),
        batchShare: 0.4,
        longContextShare: 0,
      },
      {
        model: "Claude Opus 4.5 / 4.6",
        share: 0.1,
        list: listPricesOf(model("Claude Opus 4.5 / 4.6")),
        batchShare: 0,
        longContextShare: 0,
      },
    ],
    commitment: {
      // Playbook, Renewals, Term and Exit: "a year-1 commitment sized for the pilot, rising in year
      // 2 once value is proven". Each is below the year's average month of usage at the pool's
      // prices ($98k, $103k, $128k at the forecast): spikes are what the burst allowance is for.
      amounts: [80_000, 100_000, 120_000],
      per: "month",
      // Playbook, Cost Containment: "Up to 20% of unused monthly tokens rolled into the next quarter".
      rolloverCap: 0.2,
      expiryMonths: 3,
    },
    // Playbook, Pricing and Discounts: "up-front prepayment or annual commitments in exchange for
    // steeper discounts". The playbook gives no figure: 5% for a year in advance is illustrative
    // (worth about 12% a year as interest, more than the default 8% discount rate).
    billing: { frequency: "annually", prepaymentDiscount: 0.05 },
    // Playbook, Cost Containment: "an overage rate that is only modestly above your committed rate".
    overageRate: 1.05,
    // Playbook, Cost Containment: "2× usage in a given month at the same rate ... as long as the
    // average balances out", balanced over a quarter as the rollover is.
    burst: { multiple: 2, windowMonths: 3 },
    // Playbook, Usage Tiers and Capacity: "eight-figure spending likely means thousands of seats".
    // The seat counts and the price a seat-month are illustrative: the playbook gives none.
    fees: { seatPrice: 40, seats: [1_000, 2_000, 3_000], platformFee: 0 },
    // Playbook, Renewals, Term and Exit: "terminate for convenience with 60 days notice, and will
    // pay a termination fee equal to 3 months of fees"; the "innovation exit" could be used "after
    // 18 months".
    exit: { noticeMonths: 2, feeMonths: 3, earliestMonth: 18 },
    priceProtection: null,
  };
  // Playbook, Cost Containment: "if Anthropic lowers its public prices ... negotiate the right to
  // opt-in to the lower pricing", keeping the discount the tiers give. The list schedule is the
  // catalog's: the price library dates no change of these models' list prices from 2027-01, so
  // it is flat.
  const { inputTokensM, outputTokensM } = FORECAST as {
    inputTokensM: number;
    outputTokensM: number;
  };
  const listSchedule = defaultListSchedule(pooled, MODEL_PRICES, inputTokensM, outputTokensM);
  return { ...pooled, priceProtection: { keptDiscount: "offer", listSchedule } };
}
