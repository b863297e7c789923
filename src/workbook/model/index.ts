/** The deal-model sheet builder: offers in, a SheetPlan of live formulas out. */
export {
  FIRST_MODEL,
  buildModelSheet,
  nextModelNaming,
  type ModelSheet,
  type ModelSheetNaming,
} from "./modelSheet";
export {
  COMPARISON_ROWS,
  EXPOSURE_TABLES,
  FORECAST_SCENARIO,
  LIST_COLUMNS,
  SCENARIO_COLUMNS,
  SCENARIO_ORDER,
  SHARED_COLUMNS,
  scenarioBand,
  comparisonRow,
  exposureRow,
  offerColumn,
  scenarioColumn,
  sharedColumn,
  type BandLayout,
  type ModelLayout,
  type OfferLayout,
  type ScenarioBand,
} from "./modelLayout";
export { CUMULATIVE_CHART_KEY, EXPOSURE_CHART_KEY } from "./modelCharts";
export {
  SIZING_COLUMNS,
  SIZING_RESULTS,
  type SizingBand,
  type SizingResult,
  type SummarySizing,
} from "./sizingLayout";
export { probabilityCells, type ProbabilityCells } from "./scenarioProbabilities";
