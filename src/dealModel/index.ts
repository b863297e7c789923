/**
 * DEAL's deal model: competing AI offers priced month by month over their whole term with the
 * pricing core. Pure data and arithmetic; the model sheet builder and the taskpane form use it.
 */
export {
  contractYears,
  listPricesOf,
  type CellsForecast,
  type Commitment,
  type GrowthForecast,
  type ListPrices,
  type MonthUsage,
  type Offer,
  type OfferSla,
  type PricingBasis,
  type UptimeOutcome,
  type UsageForecast,
} from "./offer";
export {
  InvalidOfferError,
  MAX_OFFERS,
  MAX_TERM_MONTHS,
  MAX_UPTIME_OUTCOMES,
  MIN_OFFERS,
  OFFER_RULES,
  offerProblems,
  requireValidOffer,
  type OfferProblem,
} from "./offerProblems";
export { DEFAULT_UPTIME_OUTCOMES, defaultOffers } from "./defaultOffers";
export { expectedCreditShare, outcomeShares } from "./expectedCredit";
export { mixCost, mixFactor, standardCost } from "./usageMix";
export { UsageCellsProblem, usageFromCells } from "./usageCells";
export { monthlyRamp } from "./monthUsage";
export {
  computeSchedule,
  summarize,
  type MonthRow,
  type PeriodTotals,
  type Summary,
} from "./schedule";
export {
  EXPOSURE_FACTORS,
  cheapest,
  exposure,
  lowestIndex,
  type Cheapest,
  type ExposurePoint,
} from "./exposure";
