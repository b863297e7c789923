import type { SeriesChartPlan } from "../workbook/plan";
import { type Rect, rectAddress } from "../formula";
import { addChart, DealChartType, labelEveryCategory } from "./applyChart";

const CHART_TYPES: Readonly<Record<SeriesChartPlan["kind"], DealChartType>> = {
  line: "Line",
  column: "ColumnClustered",
  bar: "BarClustered",
};

/**
 * A series laid out along one row is read by rows: by columns, Excel would make each of its cells
 * a series of its own.
 */
function seriesBy(values: Rect): "Columns" | "Rows" {
  const oneRow = values.rows === 1 && values.columns !== 1;
  return oneRow ? "Rows" : "Columns";
}

/**
 * Draws a line, clustered column or clustered bar chart whose series all read cells of the sheet,
 * sharing one range of category labels, with axis titles, the value axis's number format and the
 * legend below; a column or bar chart labels every category (a line's 36 months would crowd). Deletes DEAL's earlier chart of the same key first.
 * Needs ExcelApi 1.7 (series add, setValues, setXAxisValues) and 1.8 (axis number format).
 * @param earlier the name of DEAL's earlier chart of this key on the sheet, if there is one.
 */
export function drawSeriesChart(
  sheet: Excel.Worksheet,
  chart: SeriesChartPlan,
  earlier: string | undefined
): void {
  const [first] = chart.series;
  if (first === undefined) throw new RangeError(`the chart "${chart.key}" has no series`);
  const values = chart.series.map((series) => sheet.getRange(rectAddress(series.values)).untrack());
  const drawn = addChart(
    sheet,
    chart,
    CHART_TYPES[chart.kind],
    values[0],
    seriesBy(first.values),
    earlier
  );
  const categories = sheet.getRange(rectAddress(chart.categories)).untrack();
  chart.series.forEach((plan, index) => {
    const series = index === 0 ? drawn.series.getItemAt(0) : drawn.series.add(plan.name);
    series.name = plan.name;
    // Set on the first series too: the chart was added on its cells, but Excel may have taken a
    // text cell at their top for a header and left it out of the values.
    series.setValues(values[index]);
    series.setXAxisValues(categories);
  });
  const axes = drawn.axes;
  // Shown explicitly: a new chart's axes have no title, and Excel's own object model needs one
  // switched on (HasTitle) before its text counts.
  for (const [axis, text] of [
    [axes.categoryAxis, chart.categoryAxisTitle],
    [axes.valueAxis, chart.valueAxisTitle],
  ] as const) {
    axis.title.text = text;
    axis.title.visible = true;
  }
  axes.valueAxis.numberFormat = chart.valueFormat;
  drawn.legend.visible = true;
  drawn.legend.position = "Bottom";
  if (chart.kind !== "line") labelEveryCategory(drawn);
}
