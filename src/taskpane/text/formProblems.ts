import {
  OFFER_RULES,
  SETTINGS_RULES,
  offerProblems,
  settingsProblems,
  type ModelSettings,
  type Offer,
  type OfferProblem,
} from "../../dealModel";
import { ZERO, dec } from "../../pricing/decimal";
import { ArgumentPlace, describePlace, type InputProblem } from "../../pricing/errors";
import { EXPECTED } from "../../pricing/expectations";

const SHARE_IN_PERCENT = "expected a percentage from 0 to 100";

/** offerProblems' rules for fractions, said in percentages for the fields the form shows as such. */
const PERCENT_RULES: ReadonlyMap<string, string> = new Map([
  [OFFER_RULES.share, SHARE_IN_PERCENT],
  [OFFER_RULES.change, "expected a change above -100%"],
  [OFFER_RULES.nonNegative, "expected a percentage ≥ 0"],
  [OFFER_RULES.belowOne, "expected a percentage from 0 to under 100"],
  [SETTINGS_RULES.scale, "expected a percentage from 0 to 1000"],
]);

/** The form's percentage fields. */
const PERCENT_FIELDS = new Set([
  "pricing.discount",
  "cacheHitShare",
  "cacheWriteShare",
  "commitment.rolloverCap",
  "forecast.monthlyGrowth",
  "renewalUpliftCap",
  "overageRate",
  "billing.prepaymentDiscount",
  "priceProtection.keptDiscount",
]);
/** The form's percentage fields in lists, by their paths' shape. */
const PERCENT_PATHS = [
  /^ramp\[\d+\]$/,
  /^models\[\d+\]\.(share|batchShare|longContextShare)$/,
  /^settings\.scenarios\[\d+\]\.(share|probability)$/,
  /^settings\.commitLevels\[\d+\]$/,
];

/** A percentage field's rule in percentages; other problems (of several fields) as they are. */
function percentRule(field: string, message: string): string | undefined {
  const percent = PERCENT_FIELDS.has(field) || PERCENT_PATHS.some((path) => path.test(field));
  return percent ? PERCENT_RULES.get(message) : undefined;
}

/** "Shares add up to 97%; expected 100%": a sum that must be 100%, with what it comes to. */
function sumWording(what: string, parts: readonly number[]): string {
  const total = parts.reduce((sum, part) => sum.plus(dec(part)), ZERO);
  return `${what} add up to ${total.times(100).toString()}%; expected 100%`;
}

/*
 * The pricing core's problem with a tier table or SLA, as data (InputProblem). The cell's message
 * names the argument, its row and column, and adds the value received and advice for cells; the
 * form names its own columns and takes percentages, and the user sees the value next to the
 * message, so the form words it from the fields: its place, its rule, nothing more.
 */
const TABLE_COLUMNS: Readonly<Record<string, (row: number) => string>> = {
  "tiers|bound": (row) => `Tier ${row}, up to`,
  "tiers|price": (row) => `Tier ${row}, price`,
  "tiers|flat fee": (row) => `Tier ${row}, flat fee`,
  "schedule|threshold": (row) => `Row ${row}, below uptime`,
  "schedule|credit share": (row) => `Row ${row}, credit`,
};
const ARGUMENTS: Readonly<Record<string, string>> = {
  tiers: "Tiers",
  schedule: "Target",
  per_step: "Credit per step",
  step: "Step",
  cap: "Cap",
};
const RULES: ReadonlyMap<string, string> = new Map([
  [EXPECTED.share, "a percentage from 0 to 100"],
  [EXPECTED.uptime, "an uptime from 0% to 100%"],
  [EXPECTED.perStepWithTarget, "a credit above 0%"],
]);

/** Where the problem is, in the form's names. */
function formPlace(place: ArgumentPlace): string {
  const column = TABLE_COLUMNS[`${place.arg}|${place.column}`];
  if (column !== undefined && place.row !== undefined) return column(place.row);
  return ARGUMENTS[place.arg] ?? describePlace(place);
}

/** A tier table's or SLA's problem from the pricing core, in the form's words. */
export function formWording({ place, expected }: InputProblem): string {
  return `${formPlace(place)}: expected ${RULES.get(expected) ?? expected}.`;
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Problems by field, each in the form's words: `reword` first, then percentages. */
function byField(
  problems: readonly OfferProblem[],
  reword: (problem: OfferProblem) => string | undefined
): ReadonlyMap<string, string> {
  return new Map(
    problems.map((problem) => {
      const { field, message } = problem;
      const worded = reword(problem) ?? percentRule(field, message) ?? message;
      return [field, sentence(worded)];
    })
  );
}

/**
 * What is wrong with an offer, by field (offerProblems' dotted paths), in the words the form shows
 * next to each field: rules of percentage fields in percentages, the core's in the form's terms,
 * and a sum of shares with what it comes to.
 */
export function formProblems(offer: Offer): ReadonlyMap<string, string> {
  return byField(offerProblems(offer), ({ field, message, problem }) => {
    if (problem !== undefined) return formWording(problem);
    if (field === "sla.uptimeOutcomes") return message.replace(OFFER_RULES.share, SHARE_IN_PERCENT);
    if (field === "models" && message === OFFER_RULES.poolShares) {
      return sumWording(
        "The models' shares",
        offer.models.map((m) => m.share)
      );
    }
    return undefined;
  });
}

/** What is wrong with the model's settings, by field ("settings.…"), in the form's words. */
export function settingsFormProblems(settings: ModelSettings): ReadonlyMap<string, string> {
  return byField(settingsProblems(settings), ({ field, message }) =>
    field === "settings.scenarios" && message === OFFER_RULES.probabilities
      ? sumWording(
          "The probabilities",
          settings.scenarios.map((s) => s.probability)
        )
      : undefined
  );
}
