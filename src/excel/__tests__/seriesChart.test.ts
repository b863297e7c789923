import type { SeriesChartPlan } from "../../workbook/plan";
import { drawSeriesChart } from "../seriesChart";
import { COLUMN_CHART, LINE_CHART } from "./support/edits";
import { FakeSheet, TableRegistry } from "./support/fakeWrites";

/** Draws `chart` on a new recording sheet, as applyEdit would within its write batch. */
function draw(chart: SeriesChartPlan, earlier?: string) {
  const calls: string[] = [];
  const sheet = new FakeSheet("DEAL model", new TableRegistry([], calls), calls);
  drawSeriesChart(sheet as unknown as Excel.Worksheet, chart, earlier);
  return { sheet, calls, drawn: sheet.chartsAdded[0] };
}

describe("drawSeriesChart", () => {
  it("adds a line chart on the first series' cells, named after its key and titled", () => {
    const { sheet, drawn } = draw(LINE_CHART);
    expect(sheet.chartsAdded).toHaveLength(1);
    expect(drawn.type).toBe("Line");
    expect(drawn.source).toBe(sheet.range("B5:B40"));
    expect(drawn.seriesBy).toBe("Columns");
    expect(drawn.name).toBe("DEAL_model-cumulative");
    expect(drawn.title.text).toBe("Cumulative cost by offer");
    expect(drawn.position).toEqual(["G3", "O22"]);
    expect(sheet.chartsDeleted).toEqual([]);
  });

  it("gives every series its name, its cells and the shared category labels", () => {
    const { sheet, drawn } = draw(LINE_CHART);
    expect(drawn.seriesCount).toBe(3);
    const series = [0, 1, 2].map((index) => drawn.seriesSet(index));
    expect(series.map((each) => each?.name)).toEqual([
      "Anthropic Claude",
      "OpenAI GPT",
      "Google Gemini",
    ]);
    // The chart brings its first series; the others are added by name.
    expect(series.map((each) => each?.addedAs)).toEqual([undefined, "OpenAI GPT", "Google Gemini"]);
    expect(series.map((each) => each?.values)).toEqual([
      sheet.range("B5:B40"),
      sheet.range("C5:C40"),
      sheet.range("D5:D40"),
    ]);
    for (const each of series) expect(each?.xAxisValues).toBe(sheet.range("A5:A40"));
  });

  it("titles both axes, formats the values and puts the legend below", () => {
    const { drawn } = draw(LINE_CHART);
    expect(drawn.axes.categoryAxis.title).toEqual({ text: "Month", visible: true });
    expect(drawn.axes.valueAxis.title).toEqual({ text: "Cumulative cost (USD)", visible: true });
    expect(drawn.axes.valueAxis.numberFormat).toBe("$#,##0");
    expect(drawn.axes.categoryAxis.numberFormat).toBeUndefined();
    expect(drawn.legend).toEqual({ visible: true, position: "Bottom" });
  });

  it("draws a clustered column chart of series laid out in rows, read by rows", () => {
    const { sheet, drawn } = draw(COLUMN_CHART);
    expect(drawn.type).toBe("ColumnClustered");
    expect(drawn.source).toBe(sheet.range("B44:D44"));
    expect(drawn.seriesBy).toBe("Rows");
    expect(drawn.name).toBe("DEAL_model-yearly");
    expect(drawn.seriesCount).toBe(2);
    expect(drawn.seriesSet(1)?.values).toBe(sheet.range("B45:D45"));
    expect(drawn.seriesSet(1)?.xAxisValues).toBe(sheet.range("B43:D43"));
    expect(drawn.axes.valueAxis.numberFormat).toBe('$#,##0,"k"');
    expect(drawn.position).toEqual(["G25", "O40"]);
  });

  it("labels every category of a column chart, and leaves a line's months to Excel", () => {
    const column = draw(COLUMN_CHART).drawn.axes.categoryAxis;
    expect([column.tickLabelSpacing, column.tickMarkSpacing]).toEqual([1, 1]);
    const line = draw(LINE_CHART).drawn.axes.categoryAxis;
    expect([line.tickLabelSpacing, line.tickMarkSpacing]).toEqual([undefined, undefined]);
  });

  it("deletes DEAL's earlier chart of the key, by the name Excel has, before adding the new one", () => {
    const { sheet, calls } = draw(LINE_CHART, "deal_MODEL-cumulative");
    expect(sheet.chartsDeleted).toEqual(["deal_MODEL-cumulative"]);
    expect(calls).toEqual([
      "DEAL model.charts.getItem(deal_MODEL-cumulative).delete",
      "DEAL model.charts.add(Line)",
    ]);
  });

  it("refuses a chart without series before drawing anything", () => {
    const calls: string[] = [];
    const sheet = new FakeSheet("DEAL model", new TableRegistry([], calls), calls);
    const empty: SeriesChartPlan = { ...LINE_CHART, series: [] };
    expect(() => drawSeriesChart(sheet as unknown as Excel.Worksheet, empty, "DEAL_x")).toThrow(
      /"model-cumulative" has no series/
    );
    expect(calls).toEqual([]);
  });
});
