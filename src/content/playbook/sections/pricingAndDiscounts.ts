import type { PlaybookSection } from "../types";

/** Playbook section 1: turning committed volume, prepayment and competing quotes into lower unit prices. */
export const PRICING_AND_DISCOUNTS: PlaybookSection = {
  code: "PRC",
  title: "Pricing and Discounts",
  summary:
    "How to turn committed volume, prepayment, competing quotes and cheaper processing modes into lower unit prices.",
  example:
    "A global retailer linked its token price to usage growth, agreeing a year-1 rate per million tokens that drops 15% in year 2 once volumes climb. The CIO traded a multi-year commitment for that schedule, locking in discounts worth millions and setting the tone of a partnership rather than a one-off purchase.",
  items: [
    {
      id: "PRC-01",
      ask: "Set tiered unit prices that step down as your committed token volume or seat count grows.",
      why: "At eight-figure spend your volume is the main lever on unit cost; bring consumption forecasts to justify a steep discount at every tier.",
      target:
        "Written volume tiers with bulk rates well below list price at each tier, and a year-2 rate at least 15% below year 1 as volume ramps.",
      fallback:
        "At least two volume breaks above your forecast baseline, with the discount for each tier fixed in the order form.",
      priority: "Critical",
    },
    {
      id: "PRC-02",
      ask: "Make higher-tier discounts apply automatically as usage grows, with retroactive credits if you reach a tier sooner than planned.",
      why: "Without an automatic trigger, growth only pays off at the next negotiation and you pay the old rate on volume already delivered.",
      target:
        "Tier rates apply from the day a threshold is crossed, with credits back to the start of that billing period.",
      fallback:
        "The higher-tier rate applies from the next monthly invoice after the threshold is crossed, with no renegotiation needed.",
      priority: "High",
    },
    {
      id: "PRC-03",
      ask: "Anchor Claude's price with written quotes from OpenAI, Google and Cohere for comparable workloads.",
      why: "Rival offers keep the proposal honest; the playbook cites GPT-4 (8k context) at roughly $60 per million tokens as the kind of benchmark to bring.",
      target:
        "Claude unit rates at or below the best competing quote for a model of comparable quality.",
      fallback:
        "A documented price comparison and a commitment to revisit rates if a comparable rival quote is lower.",
      priority: "High",
    },
    {
      id: "PRC-04",
      ask: "Add newer, cheaper Claude models to the deal and cite the falling price trend to push down rates on the premium models.",
      why: "Model prices vary widely and keep falling: Claude 3 Opus listed at $15 input and $75 output per million tokens, Claude 3.5 Haiku at $1 and $5.",
      target:
        "All current and future Claude models available under the contract at your negotiated discount, with high-end rates reflecting the downward trend.",
      fallback:
        "New models added to the order form at list price less the discount percentage you already hold.",
      priority: "Medium",
    },
    {
      id: "PRC-05",
      ask: "Offer up-front prepayment or an annual commitment in return for a deeper discount on unit rates.",
      why: "Vendors value cash-flow certainty and will trade lower rates for it; prepaying without a matching discount gives that value away.",
      target:
        "An extra discount on every unit rate for prepayment or an annual commitment, on top of the volume tiers.",
      fallback:
        "Prepaid funds that stay usable for the whole term and earn some added discount over pay-as-you-go rates.",
      priority: "High",
    },
    {
      id: "PRC-06",
      ask: "Ask for an enterprise bundle: one flat annual fee that covers a defined block of usage.",
      why: "A flat fee caps your exposure if usage runs high and makes the yearly budget predictable.",
      target:
        "A flat annual fee for a defined usage block, with any use beyond the block billed at your committed unit rate.",
      fallback: "A hard annual spending cap, with written notice before any charge above it.",
      priority: "Medium",
    },
    {
      id: "PRC-07",
      ask: "Insist that any premium charged for extra contract protections is offset by a matching cut in raw usage prices.",
      why: "The vendor knows enterprises pay more for protective terms; a buyer spending $10M or more should make it compete rather than pay twice.",
      target:
        "Protective terms such as SLA, indemnity and data addenda included with no net rise in total contract price.",
      fallback:
        "Any premium for protections shown as a separate, capped line item that you may decline.",
      priority: "Medium",
    },
    {
      id: "PRC-08",
      ask: "Send non-urgent asynchronous jobs through the Batch API and write its lower rates into the contract.",
      why: "Anthropic's Batch API charges 50% less per token for asynchronous work, a large saving at billions of tokens a month.",
      target:
        "Batch API usage at 50% below standard token rates, with your negotiated discount applied on top.",
      fallback: "Batch API at 50% of the standard list price for every eligible workload.",
      priority: "High",
    },
    {
      id: "PRC-09",
      ask: "Negotiate cheaper rates for off-peak hours and for internal or testing traffic.",
      why: "Every dollar per million tokens counts at scale; night, weekend and test traffic costs the vendor less and should cost you less.",
      target:
        "Discounted rates for nights, weekends and non-production development and testing use.",
      fallback: "A free or discounted sandbox allowance for development and testing traffic.",
      priority: "Medium",
    },
  ],
};
