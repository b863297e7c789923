import { ONE, ZERO, dec } from "../pricing/decimal";
import { contractYears, type Offer, type PoolModel } from "./offer";
import { BILLING_FREQUENCIES, type PriceProtection } from "./offerTerms";
import {
  MAX_LIST_STEPS,
  MAX_POOL_MODELS,
  MAX_TERM_MONTHS,
  OFFER_RULES,
  isNonNegative,
  isShare,
  isWhole,
  isWholeAtLeastOne,
  problemList,
  type OfferProblem,
} from "./problemRules";

/*
 * The checks of an offer's pool of models and of the terms issue 12 adds: the commitment's amount
 * per contract year, billing, burst, fees, exit and price protection. Each problem names its field
 * as the form keys it: "models[1].share", "commitment.amounts[2]", "priceProtection.listSchedule[0].fromMonth".
 * Sums of shares are compared in exact decimals, as the uptime outcomes' probabilities are.
 */

const LIST_PRICES = [
  "input",
  "output",
  "cacheHit",
  "cacheWrite",
  "batchInput",
  "batchOutput",
  "longContextInput",
  "longContextOutput",
] as const;

/** The term when it is one the model prices, else undefined (offerProblems names the term). */
const validTerm = (offer: Offer) =>
  isWholeAtLeastOne(offer.termMonths) && offer.termMonths <= MAX_TERM_MONTHS
    ? offer.termMonths
    : undefined;

function poolProblems(models: readonly PoolModel[]): OfferProblem[] {
  if (models.length < 1 || models.length > MAX_POOL_MODELS) {
    return [{ field: "models", message: OFFER_RULES.poolSize }];
  }
  const { problems, check } = problemList();
  models.forEach((m, i) => {
    const at = `models[${i}]`;
    check(m.model.trim() !== "", `${at}.model`, OFFER_RULES.text);
    check(isShare(m.share), `${at}.share`, OFFER_RULES.share);
    for (const key of LIST_PRICES) {
      const price = m.list[key];
      const ok = price === null ? key !== "input" && key !== "output" : isNonNegative(price);
      check(ok, `${at}.list.${key}`, OFFER_RULES.nonNegative);
    }
    check(isShare(m.batchShare), `${at}.batchShare`, OFFER_RULES.share);
    check(isShare(m.longContextShare), `${at}.longContextShare`, OFFER_RULES.share);
  });
  if (models.every((m) => isShare(m.share))) {
    const total = models.reduce((sum, m) => sum.plus(dec(m.share)), ZERO);
    check(total.eq(ONE), "models", OFFER_RULES.poolShares);
  }
  return problems;
}

/** One value per contract year (1 to `years` of them), each passing `ok`. */
function perYearProblems(
  values: readonly number[],
  field: string,
  what: string,
  years: number | undefined,
  ok: (value: number) => boolean,
  rule: string
): OfferProblem[] {
  if (values.length < 1 || (years !== undefined && values.length > years)) {
    return [{ field, message: OFFER_RULES.perYear(what, years ?? values.length) }];
  }
  return values.flatMap((value, y) =>
    ok(value) ? [] : [{ field: `${field}[${y}]`, message: rule }]
  );
}

function protectionProblems(
  protection: PriceProtection,
  poolSize: number,
  term: number | undefined
): OfferProblem[] {
  const { problems, check } = problemList();
  const { keptDiscount, listSchedule } = protection;
  check(
    keptDiscount === "offer" || isShare(keptDiscount),
    "priceProtection.keptDiscount",
    OFFER_RULES.share
  );
  if (listSchedule.length > MAX_LIST_STEPS) {
    check(false, "priceProtection.listSchedule", OFFER_RULES.listSteps);
    return problems;
  }
  listSchedule.forEach((step, j) => {
    const at = `priceProtection.listSchedule[${j}]`;
    const after = j === 0 ? 1 : listSchedule[j - 1].fromMonth;
    check(
      Number.isInteger(step.fromMonth) &&
        step.fromMonth > after &&
        (term === undefined || step.fromMonth <= term),
      `${at}.fromMonth`,
      OFFER_RULES.stepMonth
    );
    check(
      step.factors.length === poolSize && step.factors.every(isNonNegative),
      `${at}.factors`,
      OFFER_RULES.stepFactors
    );
  });
  return problems;
}

/** Everything wrong with the offer's pool and terms, in the order the form shows them. */
export function termProblems(offer: Offer): OfferProblem[] {
  const { problems, check } = problemList();
  const term = validTerm(offer);
  const years = term === undefined ? undefined : contractYears(term);
  const inTerm = (month: number, from: number) =>
    Number.isInteger(month) && month >= from && (term === undefined || month <= term);

  check(/^\d{4}-(0[1-9]|1[0-2])$/.test(offer.startMonth), "startMonth", OFFER_RULES.startMonth);
  problems.push(...poolProblems(offer.models));

  const { commitment, billing, burst, fees, exit, priceProtection } = offer;
  problems.push(
    ...perYearProblems(
      commitment.amounts,
      "commitment.amounts",
      "amount",
      years,
      isNonNegative,
      OFFER_RULES.nonNegative
    )
  );
  check(
    (BILLING_FREQUENCIES as readonly string[]).includes(billing.frequency),
    "billing.frequency",
    OFFER_RULES.billingFrequency
  );
  check(
    isNonNegative(billing.prepaymentDiscount) && billing.prepaymentDiscount < 1,
    "billing.prepaymentDiscount",
    OFFER_RULES.belowOne
  );

  if (burst !== null) {
    check(commitment.per === "month", "burst", OFFER_RULES.burstPeriod);
    check(
      Number.isFinite(burst.multiple) && burst.multiple >= 1,
      "burst.multiple",
      OFFER_RULES.burstMultiple
    );
    check(isWholeAtLeastOne(burst.windowMonths), "burst.windowMonths", OFFER_RULES.wholeAtLeastOne);
  }

  check(isNonNegative(fees.seatPrice), "fees.seatPrice", OFFER_RULES.nonNegative);
  problems.push(
    ...perYearProblems(
      fees.seats,
      "fees.seats",
      "seat count",
      years,
      isWhole,
      OFFER_RULES.wholeNonNegative
    )
  );
  check(isNonNegative(fees.platformFee), "fees.platformFee", OFFER_RULES.nonNegative);

  if (exit !== null) {
    check(inTerm(exit.noticeMonths, 0), "exit.noticeMonths", OFFER_RULES.noticeMonths);
    check(
      isNonNegative(exit.feeMonths) && exit.feeMonths <= MAX_TERM_MONTHS,
      "exit.feeMonths",
      OFFER_RULES.feeMonths
    );
    check(inTerm(exit.earliestMonth, 1), "exit.earliestMonth", OFFER_RULES.monthOfTerm);
  }

  if (priceProtection !== null) {
    problems.push(...protectionProblems(priceProtection, offer.models.length, term));
  }
  return problems;
}
