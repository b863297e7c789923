import {
  hasPlannedPriceColumns,
  PRICE_COLUMN_COUNT,
  PRICE_COLUMN_WIDTHS,
  PRINTED_PRICE_COLUMNS,
} from "./benchmarkPriceTable";
import { SLA_TABLE_NAME } from "./benchmarkSlaTable";
import type { SeriesChartPlan, TablePlan } from "./plan";
import { pageHeight } from "./printSetup";
import { charactersPerLine, lineHeight, wrappedLines } from "./rowHeights";
import { findTable, type WorkbookSnapshot } from "./snapshot";

/*
 * How the benchmark fits its pages: where its charts start a page, and whether the sheet in the
 * workbook is laid out as the plan lays it out, so that its printed area can leave out the id and
 * label columns.
 */

/** What DEAL found of a benchmark an earlier DEAL laid out otherwise. */
export interface EarlierLayout {
  /** The sheet has the SLA table beside the price table. */
  readonly slaBeside: boolean;
  /** The price table is new, or has the plan's columns in the plan's order. */
  readonly pricesAsPlanned: boolean;
  /** Both: the sheet is, or will be, as the plan lays it out. */
  readonly laidOutAsPlanned: boolean;
}

/** Said above the price table of a sheet laid out otherwise. */
export const EARLIER_LAYOUT_NOTICE =
  "This benchmark keeps the layout an earlier DEAL gave it, which prints small. To print it " +
  "legibly, note your own figures, delete this sheet and insert the benchmark again.";

/** How the benchmark sheet `key` of the workbook is laid out (a new sheet: as planned). */
export function earlierLayout(
  workbook: WorkbookSnapshot | undefined,
  key: string,
  prices: TablePlan
): EarlierLayout {
  const sheet = workbook?.sheets.find((each) => each.dealKey === key);
  const sla = findTable(sheet, {
    preferredName: SLA_TABLE_NAME,
    at: { row: prices.at.row, column: PRICE_COLUMN_COUNT + 1 },
  });
  const found = findTable(sheet, prices);
  const pricesAsPlanned = found === undefined || hasPlannedPriceColumns(found.headers);
  const slaBeside = sla !== undefined;
  return { slaBeside, pricesAsPlanned, laidOutAsPlanned: pricesAsPlanned && !slaBeside };
}

/** The height in points of the price table's header row, its headers wrapped in their columns. */
function headerHeight(prices: TablePlan): number {
  const lines = prices.columns.map((column) =>
    wrappedLines(column.header, charactersPerLine(column.width, { bold: true }))
  );
  return Math.max(...lines) * lineHeight();
}

/**
 * The rows that start a page among the charts: above the first chart, and above each chart that
 * would not fit whole on the page after the ones before it. The page is the printed width's,
 * scaled; its rows are the default height, which the charts' rows keep (the data beside them does
 * not wrap). Each break is at the blank row above its chart: LibreOffice also draws a chart that
 * starts a page on the page before, clipped out of sight, and its words would count as printed.
 */
export function chartPageBreaks(charts: readonly SeriesChartPlan[], prices: TablePlan): number[] {
  const rowsPerPage = Math.floor(
    pageHeight(PRICE_COLUMN_WIDTHS.slice(0, PRINTED_PRICE_COLUMNS), headerHeight(prices)) /
      lineHeight()
  );
  const breaks: number[] = [];
  let used = Number.POSITIVE_INFINITY;
  for (const chart of charts) {
    // The chart and the blank row above it.
    const rows = chart.heightInRows + 1;
    if (used + rows > rowsPerPage) {
      breaks.push(chart.at.row - 1);
      used = 0;
    }
    used += rows;
  }
  return breaks;
}
