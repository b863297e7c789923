import type { Offer } from "../../dealModel";
import {
  DEFAULT_SETTINGS,
  EXIT_MONTH_COUNT,
  FORECAST_SCENARIO,
  SCENARIO_COUNT,
  contractYears,
} from "../../dealModel";
import { offerFields, type OfferFieldName } from "./offerFields";
import { moneyLayout, type MoneyLayout } from "./moneyLayout";
import { EXPECTED_ROWS, sizingBand, summarySizing } from "./sizingLayout";
import type { SizingBand, SummarySizing } from "./sizingLayout";
import { poolLayout, type ListScheduleArea, type PoolArea } from "./poolLayout";

/*
 * Where everything sits on the model sheet (zero-based rows and columns), computed once from the
 * offers so that the builders and the tests agree on every address. The sheet is fourteen columns
 * wide (A:N), so that printed one page wide it stays legible:
 *
 *   rows 0–2     title and how to read the sheet
 *   summary      comparison at the forecast (a column per offer), net cost by contract year,
 *                exposure at each share of the forecast; the two charts to the right
 *   per offer    a section starting on a new page: title, inputs (scalars in A:B, lists from
 *                column D; under them the pool of models and the list schedule), then bands of the month-by-month schedule, one under the other, each
 *                with its months and its totals: the prices and commitment (twelve columns), then
 *                one band per usage scenario (the forecast first), fourteen columns each
 */

/** Columns of the prices band, in order (names as in MonthRow where they match). */
export const SHARED_COLUMNS = [
  "month",
  "year",
  "inputTokensM",
  "outputTokensM",
  "totalTokensM",
  "rampStep",
  "priceFactor",
  "listCost",
  "mixFactor",
  "forecastBaseCost",
  "listCostInForce",
  "commitment",
  "billedCommitment",
  "fixedFees",
] as const;
export type SharedColumn = (typeof SHARED_COLUMNS)[number];

/** Columns of each scenario band, in order; carried in … forfeited are ROLLOVER's spill. */
export const SCENARIO_COLUMNS = [
  "month",
  "usageCost",
  "carriedIn",
  "covered",
  "overage",
  "carriedOut",
  "forfeited",
  "burstEligible",
  "burstBalanced",
  "overageCharge",
  "charge",
  "slaCredit",
  "netCost",
  "cumulativeNetCost",
] as const;
export type ScenarioColumn = (typeof SCENARIO_COLUMNS)[number];

/** Index into the settings' scenarios of the forecast itself (100%). */
export { FORECAST_SCENARIO };
/** Scenario bands top to bottom: the forecast first, then the others from low to high. */
export const SCENARIO_ORDER: readonly number[] = [
  FORECAST_SCENARIO,
  ...Array.from({ length: SCENARIO_COUNT }, (_, i) => i).filter((i) => i !== FORECAST_SCENARIO),
];

/** Columns of the summary: labels in A, then one per offer. */
export const LABEL_COLUMN = 0;
export const firstOfferColumn = 1;
/**
 * Lists of an offer's inputs sit right of the scalars: tiers at D, the year table (price change,
 * commitment, seats) at H, the SLA credit table at L and the uptime outcomes (uptime,
 * probability, credit share) at L, under the credit table.
 */
export const LIST_COLUMNS = { tiers: 3, ramp: 7, slaTable: 11, outcomes: 11 } as const;
/** The sheet's last column (N): nothing DEAL writes goes further right. */
export const LAST_COLUMN = 13;

/** Rows of the comparison block, in order. */
export const COMPARISON_ROWS = [
  "term",
  "tokens",
  "listCost",
  "usageCost",
  "billedCommitment",
  "fixedFees",
  "overageCharge",
  "forfeited",
  "slaCredit",
  "netCost",
  "discountVsList",
  "aboveList",
  "effectivePrice",
  "renewalFactor",
  "aboveCheapest",
] as const;
export type ComparisonRow = (typeof COMPARISON_ROWS)[number];

/** The three exposure tables, each a row per share of the forecast and a column per offer. */
export const EXPOSURE_TABLES = ["netCost", "forfeited", "overageCharge"] as const;
export type ExposureTable = (typeof EXPOSURE_TABLES)[number];

export const CHART_SIZE = { widthInColumns: 7, heightInRows: 20 } as const;

export interface ListArea {
  /** The list's header row; its first item is on the next row. */
  readonly header: number;
  readonly rows: number;
}

/** A band of the schedule: its title, its column headers, a row per month and totals under them. */
export interface BandLayout {
  readonly title: number;
  readonly header: number;
  readonly firstMonth: number;
  readonly lastMonth: number;
  /** Totals of each contract year, year 1 first. */
  readonly yearRows: readonly number[];
  readonly termRow: number;
  /** The last row the band uses. */
  readonly bottom: number;
}

/** A scenario's band: the usage at one share of the forecast. */
export interface ScenarioBand extends BandLayout {
  /** Index into the settings' scenarios of the band's share of the forecast. */
  readonly factorIndex: number;
  /** Commitment still carried when the term ends (lost with the contract), above the term row. */
  readonly unusedRow: number;
  readonly effectivePriceRow: number;
}

/** The cash band: its present value sits under the term. */
export interface CashBand extends BandLayout {
  readonly presentValueRow: number;
}

export interface OfferLayout {
  readonly index: number;
  readonly title: number;
  readonly inputsHeading: number;
  readonly fieldRows: Readonly<Partial<Record<OfferFieldName, number>>>;
  readonly tiers?: ListArea;
  /** The year table: contract year, price change, commitment and seats. */
  readonly ramp: ListArea;
  readonly slaTable?: ListArea;
  readonly pool: PoolArea;
  /** With price protection: the list prices' steps over the term. */
  readonly listSchedule?: ListScheduleArea;
  readonly outcomes: ListArea;
  /** Under the outcomes: their total probability and the expected credit share. */
  readonly outcomesTotalRow: number;
  /** The note on the usage mix and how the bands read. */
  readonly noteRow: number;
  readonly prices: BandLayout;
  /** The scenario bands, top to bottom, in SCENARIO_ORDER. */
  readonly scenarios: readonly ScenarioBand[];
  /** Cash at the forecast and the cost of an exit, month by month (cashBand.ts). */
  readonly cash: CashBand;
  /** How big to commit: the offer's cost at each commitment level (sizingLayout.ts). */
  readonly sizing: SizingBand;
  /** The last row the section uses. */
  readonly bottom: number;
}

export interface ModelLayout {
  readonly offers: readonly OfferLayout[];
  readonly comparisonHeading: number;
  /** The row of offer names heading the comparison, then COMPARISON_ROWS in order. */
  readonly comparisonHeader: number;
  readonly cheapestRow: number;
  readonly yearlyHeading: number;
  readonly yearlyHeader: number;
  readonly yearCount: number;
  readonly exposureHeading: number;
  /** Per exposure table: its header row; its scenarios follow, in the settings' order. */
  readonly exposureHeaders: Readonly<Record<ExposureTable, number>>;
  /** Money over time and the exit table, under the exposure tables. */
  readonly money: MoneyLayout;
  /** How big to commit, under the exposure tables (sizingLayout.ts). */
  readonly sizing: SummarySizing;
  /** The last row of the summary (tables and charts). */
  readonly summaryBottom: number;
  readonly chartColumn: number;
  readonly cumulativeChartRow: number;
  readonly exposureChartRow: number;
}

/** Column of a prices-band column. */
export const sharedColumn = (name: SharedColumn): number => SHARED_COLUMNS.indexOf(name);

/** Column of a scenario band's column (every band has the same columns). */
export const scenarioColumn = (name: ScenarioColumn): number => SCENARIO_COLUMNS.indexOf(name);

/** An offer's band of the scenario at `factorIndex` of the settings' scenarios. */
export const scenarioBand = (offer: OfferLayout, factorIndex: number): ScenarioBand =>
  offer.scenarios[SCENARIO_ORDER.indexOf(factorIndex)];

export const comparisonRow = (layout: ModelLayout, name: ComparisonRow): number =>
  layout.comparisonHeader + 1 + COMPARISON_ROWS.indexOf(name);

export const exposureRow = (layout: ModelLayout, table: ExposureTable, factorIndex: number) =>
  layout.exposureHeaders[table] + 1 + factorIndex;

export const offerColumn = (offerIndex: number): number => firstOfferColumn + offerIndex;

/** A band of `months` months from `title`; `extraRows` sit between the years and the term. */
function band(title: number, months: number, extraRows: number): BandLayout {
  const firstMonth = title + 2;
  const lastMonth = firstMonth + months - 1;
  const yearRows = Array.from({ length: contractYears(months) }, (_, y) => lastMonth + 2 + y);
  const termRow = yearRows[yearRows.length - 1] + 1 + extraRows;
  return { title, header: title + 1, firstMonth, lastMonth, yearRows, termRow, bottom: termRow };
}

function scenarioBands(top: number, months: number): ScenarioBand[] {
  const bands: ScenarioBand[] = [];
  for (const factorIndex of SCENARIO_ORDER) {
    const title = bands.length === 0 ? top : bands[bands.length - 1].bottom + 3;
    const base = band(title, months, 1);
    bands.push({
      ...base,
      factorIndex,
      unusedRow: base.termRow - 1,
      effectivePriceRow: base.termRow + 1,
      bottom: base.termRow + 1,
    });
  }
  return bands;
}

function offerLayout(offer: Offer, index: number, title: number, levels: number): OfferLayout {
  const inputsHeading = title + 3;
  const fields = offerFields(offer);
  const fieldRows = Object.fromEntries(fields.map((f, i) => [f.name, inputsHeading + 1 + i]));
  const list = (rows: number, header = inputsHeading + 1): ListArea => ({ header, rows });
  const tiers = offer.pricing.kind === "tiers" ? list(offer.pricing.tiers.length) : undefined;
  const ramp = list(contractYears(offer.termMonths));
  const slaTable =
    offer.sla.schedule.kind === "table" ? list(offer.sla.schedule.rows.length) : undefined;
  // Under the credit table, after a blank row and the list's heading.
  const outcomes = list(
    offer.sla.uptimeOutcomes.length,
    slaTable ? slaTable.header + slaTable.rows + 3 : inputsHeading + 1
  );
  const outcomesTotalRow = outcomes.header + outcomes.rows + 1;
  const inputsBottom = Math.max(
    inputsHeading + fields.length,
    outcomesTotalRow,
    ...[tiers, ramp].map((area) => (area ? area.header + area.rows : 0))
  );
  const terms = poolLayout(offer, inputsBottom + 2);
  const noteRow = terms.bottom + 2;
  const prices = band(noteRow + 2, offer.termMonths, 0);
  const scenarios = scenarioBands(prices.bottom + 3, offer.termMonths);
  const cashBase = band(scenarios[scenarios.length - 1].bottom + 3, offer.termMonths, 0);
  const cash = { ...cashBase, presentValueRow: cashBase.termRow + 1, bottom: cashBase.termRow + 1 };
  const sizing = sizingBand(cash.bottom + 3, levels);
  return {
    index,
    title,
    inputsHeading,
    fieldRows,
    tiers,
    ramp,
    slaTable,
    pool: terms.pool,
    listSchedule: terms.listSchedule,
    outcomes,
    outcomesTotalRow,
    noteRow,
    prices,
    scenarios,
    cash,
    sizing,
    bottom: sizing.bottom,
  };
}

/**
 * The sheet's layout for these offers (any number; the taskpane sends two to four), with
 * `exitMonths` rows in the exit table and `levels` commitment levels in the sizing tables.
 */
export function modelLayout(
  offers: readonly Offer[],
  exitMonths = EXIT_MONTH_COUNT,
  levels = DEFAULT_SETTINGS.commitLevels.length
): ModelLayout {
  const comparisonHeading = 4;
  const comparisonHeader = comparisonHeading + 1;
  const cheapestRow = comparisonHeader + COMPARISON_ROWS.length + 2;
  const yearlyHeading = cheapestRow + 2;
  const yearCount = Math.max(1, ...offers.map((offer) => contractYears(offer.termMonths)));
  const yearlyHeader = yearlyHeading + 1;
  const exposureHeading = yearlyHeader + yearCount + 2;
  const tableHeight = SCENARIO_COUNT + 2;
  const exposureHeaders = Object.fromEntries(
    // The net-cost table, first, has the expected cost under its scenarios.
    EXPOSURE_TABLES.map((table, i) => [
      table,
      exposureHeading + 2 + i * tableHeight + (i > 0 ? EXPECTED_ROWS : 0),
    ])
  ) as Record<ExposureTable, number>;
  const cumulativeChartRow = comparisonHeading;
  const exposureChartRow = cumulativeChartRow + CHART_SIZE.heightInRows + 1;
  const money = moneyLayout(exposureHeaders.overageCharge + SCENARIO_COUNT + 2, exitMonths);
  const sizing = summarySizing(money.bottom + 2, levels);
  const summaryBottom = Math.max(sizing.bottom, exposureChartRow + CHART_SIZE.heightInRows - 1);

  const sections: OfferLayout[] = [];
  offers.forEach((offer, i) => {
    const title = i === 0 ? summaryBottom + 3 : sections[i - 1].bottom + 3;
    sections.push(offerLayout(offer, i, title, levels));
  });
  return {
    offers: sections,
    comparisonHeading,
    comparisonHeader,
    cheapestRow,
    yearlyHeading,
    yearlyHeader,
    yearCount,
    exposureHeading,
    exposureHeaders,
    money,
    sizing,
    summaryBottom,
    chartColumn: offerColumn(offers.length) + 1,
    cumulativeChartRow,
    exposureChartRow,
  };
}
