export type {
  DatedPrices,
  LongContextPrices,
  ModelClass,
  ModelPrice,
  PeriodPrices,
  SlaCreditRow,
  SlaSchedule,
} from "./types";
export { MODEL_CLASSES } from "./types";
export { MODEL_PRICES, CATALOG_DATE } from "./builtInCatalog";
export { MARKET_FACT_PRICES } from "./marketFacts";
export { HISTORICAL_PRICES, type HistoricalPrice } from "./historicalPrices";
export {
  listPriceSchedule,
  listPricesOn,
  monthlyListPrices,
  pricesAYearBefore,
  hasDatedPrices,
  yearBefore,
} from "./priceHistory";
export {
  SLA_SCHEDULES,
  NO_SLA_VENDORS,
  PLAYBOOK_LINEAR_SLA,
  COMMON_LINEAR_SLA,
  type LinearSlaTerms,
  type NoSlaVendor,
} from "./slaSchedules";
export {
  parseLitellmCatalog,
  CatalogImportError,
  type LitellmImport,
  type LitellmImportOptions,
  type PriceFileRow,
  type SkippedEntry,
  type SkipReason,
} from "./litellm";
export { MAX_PRICE_PER_MILLION } from "./litellmCosts";
export {
  choosePriceFileRows,
  defaultChoice,
  vendorsOf,
  PLAYBOOK_VENDORS,
  type PriceFileChoice,
} from "./priceFileChoice";
export { mergeCatalog, type MergeMode } from "./merge";
