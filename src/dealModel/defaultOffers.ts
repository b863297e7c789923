import { anthropicDemoOffer, anthropicOffer } from "./anthropicOffer";
import type { Offer } from "./offer";
import { openAiDemoOffer, openAiOffer } from "./openAiOffer";

/*
 * The example offers: two complete, realistic offers for the same usage, so that one click gives
 * a full example. List prices come from the hand-checked market facts, the terms from the
 * playbook's figures; each value says where it comes from (anthropicOffer.ts, openAiOffer.ts).
 */

/**
 * Anthropic Claude Sonnet with volume tiers and a monthly commitment, and OpenAI gpt-4.1 with a
 * discount and an annual commitment, on neutral terms: the offers the model priced before issue 12
 * added its terms. Their totals at the forecast are pinned, so a change that moves them is seen.
 */
export function neutralOffers(): Offer[] {
  return [anthropicOffer(), openAiOffer()];
}

/**
 * The same two offers with every term of issue 12 used by at least one of them: pools of models,
 * commitments that ramp by contract year, prepayment, a burst allowance, seats and a platform fee,
 * exits for convenience and price protection.
 */
export function demoOffers(): Offer[] {
  return [anthropicDemoOffer(), openAiDemoOffer()];
}

/** The offers the taskpane's form opens with and the demo workbook writes: demoOffers. */
export function defaultOffers(): Offer[] {
  return demoOffers();
}
