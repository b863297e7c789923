import { MODEL_CLASSES, type ModelPrice } from "../content/catalog/types";
import { cellAddress, rectBetween } from "../formula";
import {
  byClass,
  chartLabels,
  classLabel,
  PRICE_HEADERS,
  PRICE_TABLE_KEY,
} from "./benchmarkPriceTable";
import type { CellBlock, SeriesChartPlan } from "./plan";

/*
 * A cost chart per class, so that each model is compared with the models of its class on a scale
 * of their own (a frontier model's cost would dwarf the small ones'). Beside each chart, its data:
 * each model's label, and its effective monthly cost found in the price table by that label
 * (INDEX and MATCH, so that the chart follows the table whatever order its rows are in).
 */

/** Plan key of a class's cost chart. */
export const costChartKey = (modelClass: string) => `benchmark-cost-chart-${modelClass}`;

const CHART_WIDTH = 10;
/** A chart's height at least, in rows. */
const CHART_MIN_HEIGHT = 10;
/** Rows of a chart that hold no bar: its title, the value axis and its labels, the legend. */
const CHART_FRAME_ROWS = 7;
/** The data beside each chart: the cost in the price table's cost column, the label right of it. */
const COST_COLUMN = 10;
const LABEL_COLUMN = 11;

export interface ClassCharts {
  readonly charts: SeriesChartPlan[];
  readonly blocks: CellBlock[];
  /** The row under the last chart. */
  readonly bottom: number;
}

/** The charts and their data, one under the other from `row`, for the classes the catalog has. */
export function classCharts(catalog: readonly ModelPrice[], row: number): ClassCharts {
  const rows = byClass(catalog);
  const labels = chartLabels(rows);
  const table = `{{table:${PRICE_TABLE_KEY}}}`;
  const charts: SeriesChartPlan[] = [];
  const blocks: CellBlock[] = [];
  let top = row;
  for (const modelClass of MODEL_CLASSES) {
    const members = labels.filter((_, i) => (rows[i].modelClass ?? "other") === modelClass);
    if (members.length === 0) continue;
    const first = top + 1;
    const last = first + members.length - 1;
    const height = Math.max(CHART_MIN_HEIGHT, members.length + CHART_FRAME_ROWS);
    const name = classLabel(modelClass);
    blocks.push(
      {
        at: { row: top, column: COST_COLUMN },
        cells: [[{ value: `${name}: cost` }, { value: "Model" }]],
        style: { bold: true },
      },
      {
        at: { row: first, column: COST_COLUMN },
        cells: members.map((label, i) => [
          {
            formula:
              `=INDEX(${table}[${PRICE_HEADERS.cost}],` +
              `MATCH(${cellAddress({ row: first + i, column: LABEL_COLUMN })},${table}[${PRICE_HEADERS.chartLabel}],0))`,
          },
          { value: label },
        ]),
        style: { numberFormat: "$#,##0" },
      }
    );
    charts.push({
      kind: "bar",
      key: costChartKey(modelClass),
      title: `${name} models: effective monthly cost (USD)`,
      categories: rectBetween(
        { row: first, column: LABEL_COLUMN },
        { row: last, column: LABEL_COLUMN }
      ),
      series: [
        {
          name: PRICE_HEADERS.cost,
          values: rectBetween(
            { row: first, column: COST_COLUMN },
            { row: last, column: COST_COLUMN }
          ),
        },
      ],
      categoryAxisTitle: "Model",
      valueAxisTitle: "USD a month",
      valueFormat: "$#,##0",
      at: { row: top, column: 0 },
      widthInColumns: CHART_WIDTH,
      heightInRows: height,
    });
    top += height + 1;
  }
  return { charts, blocks, bottom: top };
}
