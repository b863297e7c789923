import {
  BATCH_SHARE,
  CACHE_HIT_SHARE,
  CACHE_WRITE_SHARE,
  FORECAST,
  RENEWAL_CAP,
  START_MONTH,
  TERM_MONTHS,
  checkedModel,
  slaSchedule,
  uptimeOutcomes,
} from "./exampleInputs";
import { listPricesOf, type Offer } from "./offer";
import { neutralTerms, soleModel } from "./offerTerms";

/*
 * The example's OpenAI offer: gpt-4.1 over three years. Each value names the playbook figure it
 * comes from; rates the playbook does not give are illustrative, not OpenAI's.
 */

/**
 * gpt-4.1 at a flat discount from list, an annual commitment with an annual true-up, overage
 * slightly above the committed rate and the Azure OpenAI credit table; none of the terms beyond
 * those (neutralTerms).
 */
export function openAiOffer(): Offer {
  const gpt41 = checkedModel("OpenAI", "gpt-4.1");
  const azure = slaSchedule("Microsoft", "Azure OpenAI");
  return {
    vendor: gpt41.vendor,
    model: gpt41.model,
    termMonths: TERM_MONTHS,
    forecast: FORECAST,
    models: soleModel(gpt41.model, listPricesOf(gpt41), BATCH_SHARE),
    // Playbook, Strategic Leverage: the rival bid that "cut costs by 20%". Illustrative.
    pricing: { kind: "discount", discount: 0.2 },
    cacheHitShare: CACHE_HIT_SHARE,
    cacheWriteShare: CACHE_WRITE_SHARE,
    commitment: {
      // About a year of month-1 usage at the discounted rates ($48,240 a month), rounded.
      amounts: [600_000],
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
    ...neutralTerms(START_MONTH),
  };
}

/**
 * The same offer with the terms an OpenAI deal could carry: one pool across gpt-4.1 and
 * gpt-4.1-mini, annual pools that ramp by contract year, prepaid up front, a platform fee, an exit
 * for convenience from the first year's review and protection against list-price cuts.
 */
export function openAiDemoOffer(): Offer {
  const model = (name: string) => checkedModel("OpenAI", name);
  return {
    ...openAiOffer(),
    model: "gpt-4.1 pool",
    // Playbook, Cost Containment: "push for a single contract pool of tokens rather than siloed
    // commitments". The shares are illustrative.
    models: [
      {
        model: "gpt-4.1",
        share: 0.85,
        list: listPricesOf(model("gpt-4.1")),
        batchShare: BATCH_SHARE,
        longContextShare: 0,
      },
      {
        model: "gpt-4.1-mini",
        share: 0.15,
        list: listPricesOf(model("gpt-4.1-mini")),
        batchShare: BATCH_SHARE,
        longContextShare: 0,
      },
    ],
    commitment: {
      // Playbook, Renewals, Term and Exit: "a year-1 commitment sized for the pilot, rising in year
      // 2". Each is about 85–95% of the year's usage at the forecast after price protection
      // (about $573k, $587k and $745k).
      amounts: [500_000, 550_000, 650_000],
      per: "year",
      rolloverCap: 1,
      trueUpMonths: 12,
    },
    // Playbook, Pricing and Discounts: "up-front prepayment". 6% off for paying the whole term at
    // signing is illustrative (worth about 4.4% a year as interest, less than the default 8%).
    billing: { frequency: "up front", prepaymentDiscount: 0.06 },
    // Playbook, Usage Tiers and Capacity: "a base platform fee plus usage". Illustrative.
    fees: { seatPrice: 0, seats: [0], platformFee: 120_000 },
    // Playbook, Renewals, Term and Exit: "terminate for convenience with 60 days notice ... a
    // termination fee equal to 3 months of fees", from the review "at the 12-month mark".
    exit: { noticeMonths: 2, feeMonths: 3, earliestMonth: 12 },
    // Playbook, Cost Containment: "you get the benefit of price drops", keeping the 20% discount.
    // The cut of gpt-4.1's list by 20% from month 13 is illustrative, in the direction of the price
    // library's dated cuts (o3 80% lower from 2025-06-10).
    priceProtection: {
      keptDiscount: 0.2,
      listSchedule: [{ fromMonth: 13, factors: [0.8, 1] }],
    },
  };
}
