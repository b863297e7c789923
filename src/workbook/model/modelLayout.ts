import type { Offer } from "../../dealModel";
import { EXPOSURE_FACTORS, contractYears } from "../../dealModel";
import { offerFields, type OfferFieldName } from "./offerFields";

/*
 * Where everything sits on the model sheet (zero-based rows and columns), computed once from the
 * offers so that the builders and the tests agree on every address.
 *
 *   rows 0–2     title and how to read the sheet
 *   summary      comparison at the forecast (a column per offer), net cost by contract year,
 *                exposure at each share of the forecast; the two charts to the right
 *   per offer    a section: title, inputs (scalars in A:C, lists from column E), then the
 *                month-by-month schedule: shared columns A:J, then one block of eleven columns per
 *                scenario (the forecast first), then the totals rows under the months
 */

/** Columns every offer's schedule starts with, in order (names as in MonthRow where they match). */
export const SHARED_COLUMNS = [
  "month",
  "year",
  "inputTokensM",
  "outputTokensM",
  "totalTokensM",
  "rampStep",
  "priceFactor",
  "forecastBaseCost",
  "commitment",
  "billedCommitment",
] as const;
export type SharedColumn = (typeof SHARED_COLUMNS)[number];

/** Columns of each scenario's block, in order; carried in … forfeited are ROLLOVER's spill. */
export const SCENARIO_COLUMNS = [
  "usageCost",
  "carriedIn",
  "covered",
  "overage",
  "carriedOut",
  "forfeited",
  "overageCharge",
  "charge",
  "slaCredit",
  "netCost",
  "cumulativeNetCost",
] as const;
export type ScenarioColumn = (typeof SCENARIO_COLUMNS)[number];

/** Index into EXPOSURE_FACTORS of the forecast itself (100%). */
export const FORECAST_SCENARIO = EXPOSURE_FACTORS.indexOf(1);
/** Scenario blocks left to right: the forecast first, then the others from low to high. */
export const SCENARIO_ORDER: readonly number[] = [
  FORECAST_SCENARIO,
  ...EXPOSURE_FACTORS.map((_, i) => i).filter((i) => i !== FORECAST_SCENARIO),
];

/** Columns of the summary: labels in A, then one per offer. */
export const LABEL_COLUMN = 0;
export const firstOfferColumn = 1;
/** Lists of an offer's inputs sit right of the scalars: tiers at E, ramp at I, SLA table at L. */
export const LIST_COLUMNS = { tiers: 4, ramp: 8, slaTable: 11 } as const;

/** Rows of the comparison block, in order. */
export const COMPARISON_ROWS = [
  "term",
  "tokens",
  "usageCost",
  "billedCommitment",
  "overageCharge",
  "forfeited",
  "slaCredit",
  "netCost",
  "effectivePrice",
  "renewalFactor",
  "aboveCheapest",
] as const;
export type ComparisonRow = (typeof COMPARISON_ROWS)[number];

/** The three exposure tables, each a row per share of the forecast and a column per offer. */
export const EXPOSURE_TABLES = ["netCost", "forfeited", "overageCharge"] as const;
export type ExposureTable = (typeof EXPOSURE_TABLES)[number];

export const CHART_SIZE = { widthInColumns: 8, heightInRows: 20 } as const;

export interface ListArea {
  /** The list's header row; its first item is on the next row. */
  readonly header: number;
  readonly rows: number;
}

export interface OfferLayout {
  readonly index: number;
  readonly title: number;
  readonly inputsHeading: number;
  readonly fieldRows: Readonly<Partial<Record<OfferFieldName, number>>>;
  readonly tiers?: ListArea;
  readonly ramp: ListArea;
  readonly slaTable?: ListArea;
  /** The row of the scenario titles, then the row of column headers. */
  readonly scheduleTitle: number;
  readonly scheduleHeader: number;
  readonly firstMonth: number;
  readonly lastMonth: number;
  /** Totals of each contract year, year 1 first. */
  readonly yearRows: readonly number[];
  /** Commitment still carried when the term ends (lost with the contract). */
  readonly unusedRow: number;
  readonly termRow: number;
  readonly effectivePriceRow: number;
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
  /** Per exposure table: its header row; its shares of the forecast follow, in EXPOSURE_FACTORS order. */
  readonly exposureHeaders: Readonly<Record<ExposureTable, number>>;
  readonly chartColumn: number;
  readonly cumulativeChartRow: number;
  readonly exposureChartRow: number;
}

/** Column of a shared schedule column. */
export const sharedColumn = (name: SharedColumn): number => SHARED_COLUMNS.indexOf(name);

/** Column of a scenario block's column; `block` counts blocks left to right (0 = the forecast). */
export const scenarioColumn = (block: number, name: ScenarioColumn): number =>
  SHARED_COLUMNS.length + block * SCENARIO_COLUMNS.length + SCENARIO_COLUMNS.indexOf(name);

/** Block position (left to right) of the scenario at `factorIndex` of EXPOSURE_FACTORS. */
export const blockOfScenario = (factorIndex: number): number => SCENARIO_ORDER.indexOf(factorIndex);

/** The last column the schedules use. */
export const LAST_COLUMN = scenarioColumn(SCENARIO_ORDER.length - 1, "cumulativeNetCost");

export const comparisonRow = (layout: ModelLayout, name: ComparisonRow): number =>
  layout.comparisonHeader + 1 + COMPARISON_ROWS.indexOf(name);

export const exposureRow = (layout: ModelLayout, table: ExposureTable, factorIndex: number) =>
  layout.exposureHeaders[table] + 1 + factorIndex;

export const offerColumn = (offerIndex: number): number => firstOfferColumn + offerIndex;

function offerLayout(offer: Offer, index: number, title: number): OfferLayout {
  const inputsHeading = title + 3;
  const fields = offerFields(offer);
  const fieldRows = Object.fromEntries(fields.map((f, i) => [f.name, inputsHeading + 1 + i]));
  const list = (rows: number): ListArea => ({ header: inputsHeading + 1, rows });
  const tiers = offer.pricing.kind === "tiers" ? list(offer.pricing.tiers.length) : undefined;
  const ramp = list(contractYears(offer.termMonths));
  const slaTable =
    offer.sla.schedule.kind === "table" ? list(offer.sla.schedule.rows.length) : undefined;
  const inputsBottom = Math.max(
    inputsHeading + fields.length,
    ...[tiers, ramp, slaTable].map((area) => (area ? area.header + area.rows : 0))
  );
  const scheduleTitle = inputsBottom + 2;
  const firstMonth = scheduleTitle + 2;
  const lastMonth = firstMonth + offer.termMonths - 1;
  const yearRows = Array.from(
    { length: contractYears(offer.termMonths) },
    (_, y) => lastMonth + 2 + y
  );
  const unusedRow = yearRows[yearRows.length - 1] + 1;
  return {
    index,
    title,
    inputsHeading,
    fieldRows,
    tiers,
    ramp,
    slaTable,
    scheduleTitle,
    scheduleHeader: scheduleTitle + 1,
    firstMonth,
    lastMonth,
    yearRows,
    unusedRow,
    termRow: unusedRow + 1,
    effectivePriceRow: unusedRow + 2,
    bottom: unusedRow + 2,
  };
}

/** The sheet's layout for these offers (any number; the taskpane sends two to four). */
export function modelLayout(offers: readonly Offer[]): ModelLayout {
  const comparisonHeading = 4;
  const comparisonHeader = comparisonHeading + 1;
  const cheapestRow = comparisonHeader + COMPARISON_ROWS.length + 2;
  const yearlyHeading = cheapestRow + 2;
  const yearCount = Math.max(1, ...offers.map((offer) => contractYears(offer.termMonths)));
  const yearlyHeader = yearlyHeading + 1;
  const exposureHeading = yearlyHeader + yearCount + 2;
  const tableHeight = EXPOSURE_FACTORS.length + 2;
  const exposureHeaders = Object.fromEntries(
    EXPOSURE_TABLES.map((table, i) => [table, exposureHeading + 2 + i * tableHeight])
  ) as Record<ExposureTable, number>;
  const summaryBottom = exposureHeaders.overageCharge + EXPOSURE_FACTORS.length;
  const cumulativeChartRow = comparisonHeading;
  const exposureChartRow = cumulativeChartRow + CHART_SIZE.heightInRows + 1;
  const top = Math.max(summaryBottom, exposureChartRow + CHART_SIZE.heightInRows) + 3;

  const sections: OfferLayout[] = [];
  offers.forEach((offer, i) => {
    const title = i === 0 ? top : sections[i - 1].bottom + 3;
    sections.push(offerLayout(offer, i, title));
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
    chartColumn: offerColumn(offers.length) + 1,
    cumulativeChartRow,
    exposureChartRow,
  };
}
