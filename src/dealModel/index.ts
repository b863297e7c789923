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
  type UsageForecast,
} from "./offer";
export {
  InvalidOfferError,
  MAX_OFFERS,
  MAX_TERM_MONTHS,
  MIN_OFFERS,
  offerProblems,
  requireValidOffer,
  type OfferProblem,
} from "./offerProblems";
export { defaultOffers } from "./defaultOffers";
export { UsageCellsProblem, usageFromCells } from "./usageCells";
export {
  computeSchedule,
  monthlyRamp,
  summarize,
  type MonthRow,
  type PeriodTotals,
  type Summary,
} from "./schedule";
export {
  EXPOSURE_FACTORS,
  cheapest,
  exposure,
  type Cheapest,
  type ExposurePoint,
} from "./exposure";
