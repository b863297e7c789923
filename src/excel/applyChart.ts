import { cellAddress } from "../workbook/a1";
import type { ChartPlan } from "../workbook/plan";

/*
 * DEAL's clustered bar charts. A chart is named after its key, so the next insert finds and
 * replaces it; whether it exists was read before (Office.js cannot branch inside one batch).
 */

/** The chart name DEAL gives a chart, e.g. "DEAL_benchmark-cost". */
export function chartName(key: string): string {
  return `DEAL_${key}`;
}

/**
 * Draws the chart: the value column's data as one series, the category column's data as its
 * labels, at the planned cells. Deletes DEAL's earlier chart of the same key first.
 * @param table the chart's table (created or fetched in this batch).
 * @param headerOf the table's real spelling of a planned header.
 * @param earlier the name of DEAL's earlier chart of this key on the sheet, if there is one.
 */
export function drawChart(
  sheet: Excel.Worksheet,
  chart: ChartPlan,
  table: Excel.Table,
  headerOf: (header: string) => string,
  earlier: string | undefined
): void {
  if (earlier !== undefined) sheet.charts.getItem(earlier).delete();
  const values = table.columns.getItem(headerOf(chart.valueColumn)).getDataBodyRange();
  const categories = table.columns.getItem(headerOf(chart.categoryColumn)).getDataBodyRange();
  // Two table columns need not be adjacent, so the series is built from each rather than from
  // one source rectangle.
  const drawn = sheet.charts.add("BarClustered", values, "Columns");
  drawn.name = chartName(chart.key);
  drawn.title.text = chart.title;
  drawn.legend.visible = false;
  const series = drawn.series.getItemAt(0);
  series.name = chart.valueColumn;
  series.setXAxisValues(categories);
  const end = {
    row: chart.at.row + Math.max(chart.heightInRows, 1) - 1,
    column: chart.at.column + Math.max(chart.widthInColumns, 1) - 1,
  };
  drawn.setPosition(cellAddress(chart.at), cellAddress(end));
}
