/*
 * Workbook names by which the deal model shares its forecast with the benchmark: the model sheet
 * defines them (the newest model takes them over), the benchmark's usage inputs read them. A name
 * follows its cells when the sheet is renamed, and a formula on a name no model has defined yet is
 * #NAME?, which the benchmark's IFERROR turns into its default.
 */

/** The names, by what they hold (all of the model's first offer). */
export const FORECAST_NAMES = {
  /** Input tokens (M) of each month of the term, at the forecast. */
  inputTokensM: "DEAL_ForecastInputTokensM",
  /** Output tokens (M) of each month of the term, at the forecast. */
  outputTokensM: "DEAL_ForecastOutputTokensM",
  cacheHitShare: "DEAL_ForecastCacheHitShare",
  cacheWriteShare: "DEAL_ForecastCacheWriteShare",
  batchShare: "DEAL_ForecastBatchShare",
} as const;

export type ForecastName = keyof typeof FORECAST_NAMES;

/** The names that hold a column of months rather than one cell. */
export const FORECAST_RANGES: ReadonlySet<ForecastName> = new Set([
  "inputTokensM",
  "outputTokensM",
]);
