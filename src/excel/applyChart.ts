import { cellAddress } from "../formula";
import { chartName } from "../workbook/names";
import type { ChartPlan } from "../workbook/plan";

/*
 * What every DEAL chart shares, whatever it draws (tableBarChart.ts: a table's columns;
 * seriesChart.ts: ranges of cells). A chart is named after its key, so the next insert finds and
 * replaces it; whether it exists was read before (Office.js cannot branch inside one batch).
 */

/** The chart types DEAL draws (Excel.ChartType values). */
export type DealChartType = "BarClustered" | "ColumnClustered" | "Line";

/**
 * Adds a chart of `type` drawn from `source`, named after its key, titled and placed at its
 * planned cells. Deletes DEAL's earlier chart of the same key first.
 * @param seriesBy whether each column of `source` is a series, or each row.
 * @param earlier the name Excel has for DEAL's earlier chart of this key on the sheet, if any.
 */
export function addChart(
  sheet: Excel.Worksheet,
  plan: ChartPlan,
  type: DealChartType,
  source: Excel.Range,
  seriesBy: "Columns" | "Rows",
  earlier: string | undefined
): Excel.Chart {
  if (earlier !== undefined) sheet.charts.getItem(earlier).delete();
  const chart = sheet.charts.add(type, source, seriesBy);
  chart.name = chartName(plan.key);
  chart.title.text = plan.title;
  const end = {
    row: plan.at.row + Math.max(plan.heightInRows, 1) - 1,
    column: plan.at.column + Math.max(plan.widthInColumns, 1) - 1,
  };
  chart.setPosition(cellAddress(plan.at), cellAddress(end));
  return chart;
}

/**
 * Labels every category of a bar or column chart: left to itself, Excel skips labels that it
 * finds crowded, and a bar without its name cannot be read. ExcelApi 1.7.
 */
export function labelEveryCategory(chart: Excel.Chart): void {
  chart.axes.categoryAxis.tickLabelSpacing = 1;
  chart.axes.categoryAxis.tickMarkSpacing = 1;
}
