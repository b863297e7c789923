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
  type PoolModel,
  type PricingBasis,
  type UptimeOutcome,
  type UsageForecast,
} from "./offer";
export {
  BILLING_FREQUENCIES,
  neutralTerms,
  soleModel,
  yearValue,
  type Billing,
  type BillingFrequency,
  type Burst,
  type ExitTerms,
  type Fees,
  type ListStep,
  type OfferTerms,
  type PriceProtection,
} from "./offerTerms";
export {
  DEFAULT_SETTINGS,
  FORECAST_SCENARIO,
  SCENARIO_COUNT,
  type ModelSettings,
  type Scenario,
} from "./modelSettings";
export {
  MAX_LIST_STEPS,
  MAX_OFFERS,
  MAX_POOL_MODELS,
  MAX_TERM_MONTHS,
  MAX_UPTIME_OUTCOMES,
  MIN_OFFERS,
  OFFER_RULES,
  problemsText,
  type OfferProblem,
} from "./problemRules";
export { InvalidOfferError, offerProblems, requireValidOffer } from "./offerProblems";
export {
  EXIT_MONTH_COUNT,
  InvalidSettingsError,
  MAX_COMMIT_LEVELS,
  MAX_SCALE,
  MIN_COMMIT_LEVELS,
  SETTINGS_RULES,
  requireValidSettings,
  settingsProblems,
} from "./settingsProblems";
export { DEFAULT_UPTIME_OUTCOMES } from "./exampleInputs";
export { defaultOffers, demoOffers, neutralOffers } from "./defaultOffers";
export { expectedCreditShare, outcomeShares } from "./expectedCredit";
export { mixCost, mixFactor, standardCost, usageMixOf, type UsageMix } from "./usageMix";
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
export {
  cashFlows,
  impliedPrepaymentRate,
  monthlyDiscountRate,
  monthsPerBill,
  presentValue,
  type CashMonth,
} from "./cashFlows";
export {
  cheapestAtExits,
  exitCostAt,
  exitCosts,
  serviceEnds,
  type CheapestExit,
  type ExitMonth,
} from "./exitCost";
