import { OFFER_RULES, offerProblems, type Offer } from "../../dealModel";
import { ArgumentPlace, describePlace, type InputProblem } from "../../pricing/errors";
import { EXPECTED } from "../../pricing/expectations";

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
  "cacheHitShare",
  "cacheWriteShare",
  "commitment.rolloverCap",
  "forecast.monthlyGrowth",
  "renewalUpliftCap",
  "overageRate",
]);

/** A percentage field's rule in percentages; other problems (of several fields) as they are. */
function percentRule(field: string, message: string): string | undefined {
  const percent =
    PERCENT_FIELDS.has(field) ||
    /^ramp\[\d+\]$/.test(field) ||
    /^models\[\d+\]\.(share|batchShare|longContextShare)$/.test(field);
  return percent ? PERCENT_RULES.get(message) : undefined;
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

/**
 * What is wrong with an offer, by field (offerProblems' dotted paths), in the words the form shows
 * next to each field: rules of percentage fields in percentages, the core's in the form's terms.
 */
export function formProblems(offer: Offer): ReadonlyMap<string, string> {
  return new Map(
    offerProblems(offer).map(({ field, message, problem }) => {
      const worded =
        problem !== undefined
          ? formWording(problem)
          : field === "sla.uptimeOutcomes"
            ? message.replace(OFFER_RULES.share, SHARE_IN_PERCENT)
            : (percentRule(field, message) ?? message);
      return [field, sentence(worded)];
    })
  );
}
