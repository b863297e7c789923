import type { TableChartPlan } from "../workbook/plan";
import { addChart, labelEveryCategory } from "./applyChart";

/**
 * Draws a clustered bar chart of a table: the value column's data as its one series, the
 * category column's data as its labels, every one shown. Deletes DEAL's earlier chart of the same key first.
 * @param table the chart's table (created or fetched in this batch).
 * @param headerOf the table's real spelling of a planned header.
 * @param earlier the name of DEAL's earlier chart of this key on the sheet, if there is one.
 */
export function drawTableBarChart(
  sheet: Excel.Worksheet,
  chart: TableChartPlan,
  table: Excel.Table,
  headerOf: (header: string) => string,
  earlier: string | undefined
): void {
  const values = table.columns.getItem(headerOf(chart.valueColumn)).getDataBodyRange().untrack();
  const categories = table.columns
    .getItem(headerOf(chart.categoryColumn))
    .getDataBodyRange()
    .untrack();
  // Two table columns need not be adjacent, so the series is built from each rather than from
  // one source rectangle.
  const drawn = addChart(sheet, chart, "BarClustered", values, "Columns", earlier);
  drawn.legend.visible = false;
  const series = drawn.series.getItemAt(0);
  series.name = chart.valueColumn;
  series.setXAxisValues(categories);
  labelEveryCategory(drawn);
}
