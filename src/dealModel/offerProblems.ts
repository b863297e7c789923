import { PricingError, TierTable, validateSlaCredit } from "../pricing";
import { ONE, ZERO, dec } from "../pricing/decimal";
import { parseRangeAddress } from "../formula";
import type { CellsForecast, Offer, OfferSla } from "./offer";
import { boundProblems } from "./offerBounds";
import {
  MAX_TERM_MONTHS,
  MAX_UPTIME_OUTCOMES,
  OFFER_RULES,
  isChange,
  isNonNegative,
  isShare,
  isWholeAtLeastOne,
  problemList,
  problemsText,
  type OfferProblem,
} from "./problemRules";
import { termProblems } from "./termProblems";

/** Thrown when the deal model is asked to price an offer that is not complete and valid. */
export class InvalidOfferError extends Error {
  constructor(readonly problems: readonly OfferProblem[]) {
    super(`The offer is not valid: ${problemsText(problems)}.`);
    this.name = "InvalidOfferError";
  }
}

/** The pricing core's problem with a tier table or SLA schedule: its message without the function prefix, and its fields. */
function coreProblem(field: string, error: unknown): OfferProblem {
  if (!(error instanceof PricingError)) throw error;
  const message = error.message.slice(`DEAL.${error.fn}: `.length);
  return { field, message, problem: error.problem };
}

/** A forecast in cells: one range of two columns on a sheet, with a row for every month of the term. */
function cellsForecastProblems(forecast: CellsForecast, term: number): OfferProblem[] {
  const range = parseRangeAddress(forecast.source);
  if (range === undefined || range.columns !== 2) {
    return [{ field: "forecast.source", message: OFFER_RULES.usageRange }];
  }
  const rows = range.rows;
  const { months } = forecast;
  if (rows !== months.length) {
    return [
      { field: "forecast.months", message: `expected ${rows} months, one per row of the range` },
    ];
  }
  if (Number.isInteger(term) && rows < term) {
    return [
      {
        field: "forecast.months",
        message: `expected a row for each of the ${term} months of the term; the range has ${rows}`,
      },
    ];
  }
  const bad = months.findIndex(
    (m) => !isNonNegative(m.inputTokensM) || !isNonNegative(m.outputTokensM)
  );
  return bad < 0
    ? []
    : [
        {
          field: "forecast.months",
          message: `month ${bad + 1}: ${OFFER_RULES.nonNegative} of each`,
        },
      ];
}

/**
 * Everything wrong with an offer, in the order of its fields; empty when the model can price it.
 * The taskpane form shows these next to the fields they name.
 */
export function offerProblems(offer: Offer): OfferProblem[] {
  const { problems, check } = problemList();
  check(offer.vendor.trim() !== "", "vendor", OFFER_RULES.text);
  check(offer.model.trim() !== "", "model", OFFER_RULES.text);
  const term = offer.termMonths;
  check(
    Number.isInteger(term) && term >= 1 && term <= MAX_TERM_MONTHS,
    "termMonths",
    OFFER_RULES.term
  );

  const { forecast, pricing, commitment, sla } = offer;
  if (forecast.kind === "cells") {
    problems.push(...cellsForecastProblems(forecast, term));
  } else {
    check(isNonNegative(forecast.inputTokensM), "forecast.inputTokensM", OFFER_RULES.nonNegative);
    check(isNonNegative(forecast.outputTokensM), "forecast.outputTokensM", OFFER_RULES.nonNegative);
    check(isChange(forecast.monthlyGrowth), "forecast.monthlyGrowth", OFFER_RULES.change);
  }

  if (pricing.kind === "discount") {
    check(isShare(pricing.discount), "pricing.discount", OFFER_RULES.share);
  } else {
    try {
      // Any volume must be priced, whatever the scenario, so the last tier has no upper bound.
      check(TierTable.of(pricing.tiers).limit === Infinity, "pricing.tiers", OFFER_RULES.unbounded);
    } catch (error) {
      problems.push(coreProblem("pricing.tiers", error));
    }
  }
  check(isShare(offer.cacheHitShare), "cacheHitShare", OFFER_RULES.share);
  check(isShare(offer.cacheWriteShare), "cacheWriteShare", OFFER_RULES.share);
  check(
    !(isShare(offer.cacheHitShare) && isShare(offer.cacheWriteShare)) ||
      dec(offer.cacheHitShare).plus(dec(offer.cacheWriteShare)).lte(ONE),
    "cacheShares",
    OFFER_RULES.cacheShares
  );

  check(commitment.per === "month" || term % 12 === 0, "commitment.per", OFFER_RULES.wholeYears);
  check(isShare(commitment.rolloverCap), "commitment.rolloverCap", OFFER_RULES.share);
  if (commitment.expiryMonths !== undefined) {
    check(
      isWholeAtLeastOne(commitment.expiryMonths),
      "commitment.expiryMonths",
      OFFER_RULES.wholeAtLeastOne
    );
  }
  if (commitment.trueUpMonths !== undefined) {
    check(
      isWholeAtLeastOne(commitment.trueUpMonths),
      "commitment.trueUpMonths",
      OFFER_RULES.wholeAtLeastOne
    );
  }

  check(isNonNegative(offer.overageRate), "overageRate", OFFER_RULES.nonNegative);
  offer.ramp.forEach((change, i) => check(isChange(change), `ramp[${i}]`, OFFER_RULES.change));
  check(isChange(offer.renewalUpliftCap), "renewalUpliftCap", OFFER_RULES.change);

  try {
    validateSlaCredit({ uptime: 1, fee: 0, schedule: sla.schedule, cap: sla.cap });
  } catch (error) {
    problems.push(coreProblem("sla", error));
  }
  problems.push(...outcomeProblems(sla));
  // The pool, the amounts per year, billing, burst, fees, exit and price protection.
  problems.push(...termProblems(offer));
  // Fields valid one by one may still overflow together (a forecast that outgrows a cell).
  return problems.length > 0 ? problems : boundProblems(offer);
}

/** Uptime outcomes: one to ten, each uptime and probability a fraction, the probabilities adding up to 1. */
function outcomeProblems(sla: OfferSla): OfferProblem[] {
  const outcomes = sla.uptimeOutcomes;
  if (outcomes.length < 1 || outcomes.length > MAX_UPTIME_OUTCOMES) {
    return [{ field: "sla.uptimeOutcomes", message: OFFER_RULES.outcomes }];
  }
  const bad = outcomes.findIndex((o) => !isShare(o.uptime) || !isShare(o.probability));
  if (bad >= 0) {
    return [{ field: "sla.uptimeOutcomes", message: `outcome ${bad + 1}: ${OFFER_RULES.share}` }];
  }
  const total = outcomes.reduce((sum, o) => sum.plus(dec(o.probability)), ZERO);
  return total.eq(ONE) ? [] : [{ field: "sla.uptimeOutcomes", message: OFFER_RULES.probabilities }];
}

/**
 * Returns the offer when it is complete and valid.
 * @throws InvalidOfferError listing every problem.
 */
export function requireValidOffer(offer: Offer): Offer {
  const problems = offerProblems(offer);
  if (problems.length > 0) throw new InvalidOfferError(problems);
  return offer;
}
