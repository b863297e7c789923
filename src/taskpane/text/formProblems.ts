import { OFFER_RULES, offerProblems, type Offer } from "../../dealModel";
import { EXPECTED, HINTS } from "../../pricing/expectations";

const SHARE_IN_PERCENT = "expected a percentage from 0 to 100";

/** offerProblems' rules for fractions, said in percentages for the fields the form shows as such. */
const PERCENT_RULES: ReadonlyMap<string, string> = new Map([
  [OFFER_RULES.share, SHARE_IN_PERCENT],
  [OFFER_RULES.change, "expected a change above -100%"],
  [OFFER_RULES.nonNegative, "expected a percentage ≥ 0"],
]);

/** The form's percentage fields. */
const PERCENT_FIELDS = new Set([
  "pricing.discount",
  "batchShare",
  "cacheHitShare",
  "cacheWriteShare",
  "commitment.rolloverCap",
  "forecast.monthlyGrowth",
  "renewalUpliftCap",
  "overageRate",
]);

/** A percentage field's rule in percentages; other problems (of several fields) as they are. */
function percentRule(field: string, message: string): string | undefined {
  const percent = PERCENT_FIELDS.has(field) || /^ramp\[\d+\]$/.test(field);
  return percent ? PERCENT_RULES.get(message) : undefined;
}

/*
 * The pricing core words a bad tier table or SLA for a cell ("schedule row 2 (threshold):
 * expected a share from 0 to 1 (25% is 0.25); got 1.5. Enter 99.9% as …"). The form names its
 * own columns and takes percentages, so the places and rules are renamed, and the value received
 * and the advice for cells are dropped: the user sees the value next to the message.
 */
const PLACES: readonly [RegExp, string][] = [
  [/^tiers row (\d+) \(bound\)/, "Tier $1, up to"],
  [/^tiers row (\d+) \(price\)/, "Tier $1, price"],
  [/^tiers row (\d+) \(flat fee\)/, "Tier $1, flat fee"],
  [/^tiers/, "Tiers"],
  [/^schedule row (\d+) \(threshold\)/, "Row $1, below uptime"],
  [/^schedule row (\d+) \(credit share\)/, "Row $1, credit"],
  [/^schedule/, "Target"],
  [/^per_step/, "Credit per step"],
  [/^step/, "Step"],
  [/^cap/, "Cap"],
];
const RULES: readonly [string, string][] = [
  [EXPECTED.share, "a percentage from 0 to 100"],
  [EXPECTED.uptime, "an uptime from 0% to 100%"],
  [EXPECTED.perStepWithTarget, "a credit above 0%"],
];

/** A tier table's or SLA's problem from the pricing core, in the form's words. */
export function formWording(message: string): string {
  let worded = message
    .replace(/; got .*?\.(?=\s|$)/, ".")
    .replace(` ${HINTS.uptimeAsFraction}`, "")
    .replace(` ${HINTS.unboundedLastTier}`, "");
  for (const [place, name] of PLACES) {
    if (place.test(worded)) {
      worded = worded.replace(place, name);
      break;
    }
  }
  for (const [rule, percent] of RULES) worded = worded.replace(rule, percent);
  return worded;
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What is wrong with an offer, by field (offerProblems' dotted paths), in the words the form shows
 * next to each field: rules of percentage fields in percentages, the core's in the form's terms.
 */
export function formProblems(offer: Offer): ReadonlyMap<string, string> {
  return new Map(
    offerProblems(offer).map(({ field, message }) => {
      const worded =
        field === "pricing.tiers" || field === "sla"
          ? formWording(message)
          : field === "sla.uptimeOutcomes"
            ? message.replace(OFFER_RULES.share, SHARE_IN_PERCENT)
            : (percentRule(field, message) ?? message);
      return [field, sentence(worded)];
    })
  );
}
