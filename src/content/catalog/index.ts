export type { ModelPrice, SlaCreditRow, SlaSchedule } from "./types";
export { MODEL_PRICES } from "./prices";
export { HISTORICAL_PRICES, type HistoricalPrice } from "./historicalPrices";
export {
  SLA_SCHEDULES,
  PLAYBOOK_LINEAR_SLA,
  COMMON_LINEAR_SLA,
  type LinearSlaTerms,
} from "./slaSchedules";
export {
  parseLitellmCatalog,
  CatalogImportError,
  type LitellmImport,
  type LitellmImportOptions,
  type SkippedEntry,
} from "./litellm";
export { mergeCatalog, type MergeMode } from "./merge";
