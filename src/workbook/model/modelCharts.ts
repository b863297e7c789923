import type { Offer } from "../../dealModel";
import { SCENARIO_COUNT } from "../../dealModel";
import { at } from "../cellPlans";
import type { SeriesChartPlan } from "../plan";
import {
  CHART_SIZE,
  exposureRow,
  FORECAST_SCENARIO,
  offerColumn,
  scenarioBand,
  scenarioColumn,
  sharedColumn,
  type ModelLayout,
} from "./modelLayout";
import { type Rect, rectBetween } from "../../formula";

/*
 * The model's two charts, beside the summary: the net cost to date month by month (a line per
 * offer, at the forecast), and the net cost of the term at each share of the forecast (a column
 * per offer). Both read the sheet's cells, so they follow every input.
 */

export const CUMULATIVE_CHART_KEY = "model-cumulative";
export const EXPOSURE_CHART_KEY = "model-exposure";

const column = (top: number, bottom: number, c: number): Rect =>
  rectBetween(at(top, c), at(bottom, c));

const seriesName = (offer: Offer, i: number) => `${i + 1}. ${offer.vendor} ${offer.model}`;

export function modelCharts(offers: readonly Offer[], layout: ModelLayout): SeriesChartPlan[] {
  // Months run along the longest term; a shorter offer's line simply ends earlier.
  const longest = layout.offers
    .map((offer) => offer.prices)
    .reduce((a, b) => (b.lastMonth - b.firstMonth > a.lastMonth - a.firstMonth ? b : a));
  const cumulative = scenarioColumn("cumulativeNetCost");
  const factors = SCENARIO_COUNT - 1;
  const size = { widthInColumns: CHART_SIZE.widthInColumns, heightInRows: CHART_SIZE.heightInRows };
  return [
    {
      kind: "line",
      key: CUMULATIVE_CHART_KEY,
      title: "Net cost to date, month by month, at the forecast",
      categories: column(longest.firstMonth, longest.lastMonth, sharedColumn("month")),
      series: layout.offers.map((offer, i) => {
        const band = scenarioBand(offer, FORECAST_SCENARIO);
        return {
          name: seriesName(offers[i], i),
          values: column(band.firstMonth, band.lastMonth, cumulative),
        };
      }),
      categoryAxisTitle: "Month of the term",
      valueAxisTitle: "USD",
      valueFormat: "$#,##0",
      at: at(layout.cumulativeChartRow, layout.chartColumn),
      ...size,
    },
    {
      kind: "column",
      key: EXPOSURE_CHART_KEY,
      title: "Net cost of the term by share of the forecast",
      categories: column(
        exposureRow(layout, "netCost", 0),
        exposureRow(layout, "netCost", factors),
        0
      ),
      series: layout.offers.map((_, i) => ({
        name: seriesName(offers[i], i),
        values: column(
          exposureRow(layout, "netCost", 0),
          exposureRow(layout, "netCost", factors),
          offerColumn(i)
        ),
      })),
      categoryAxisTitle: "Usage as a share of the forecast",
      valueAxisTitle: "USD",
      valueFormat: "$#,##0",
      at: at(layout.exposureChartRow, layout.chartColumn),
      ...size,
    },
  ];
}
