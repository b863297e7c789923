import ExcelJS from "exceljs";
import type { CellContent, SheetPlan } from "../../../../workbook/plan";
import { reconcile } from "../../../../workbook/reconcile";
import { applyEditToExcelJs, ExcelJsReport } from "../../../applyEdit";
import { EMPTY_SNAPSHOT } from "../../../demoWorkbook";
import { writeXlsx } from "../../../writeFile";
import { type Rect } from "../../../../formula";

/*
 * A small workbook with each kind of DEAL chart, its data computed by formulas so that the charts'
 * caches must come from the writer's evaluation: cumulative cost by month (line), total cost per
 * scenario (clustered columns) and a table's cost by model (horizontal bars).
 */

/** A sheet name that needs quoting in a formula, with an apostrophe to double. */
export const CHART_SHEET = "Bob's model & co";
export const MONTHS = 12;
/** Titles the charts show. */
export const TITLES = {
  line: "Cumulative cost by month",
  column: "Total cost per scenario",
  bar: "Monthly cost by model",
  month: "Month of the term",
  cost: "Cost to date (USD)",
  scenario: "Usage scenario",
  total: "Total cost (USD)",
};

const column = (c: number, first: number, last: number): Rect => ({
  row: first,
  column: c,
  rows: last - first + 1,
  columns: 1,
});
const place = (row: number) => ({ at: { row, column: 4 }, widthInColumns: 8, heightInRows: 15 });

/** Rows 2–13: the month and each offer's cost to date, a running sum of its monthly fee. */
function monthRows(): CellContent[][] {
  return Array.from({ length: MONTHS }, (_, i) => {
    const row = i + 2;
    return [
      { value: i + 1 },
      { formula: i === 0 ? "=1000" : `=B${row - 1}+1000` },
      { formula: i === 0 ? "=1500" : `=C${row - 1}+800` },
    ];
  });
}

/** Rows 17–19: each offer's total at a share of the forecast. */
const scenarioRows = (): CellContent[][] =>
  [
    ["Low", 0.5],
    ["Expected", 1],
    ["High", 1.5],
  ].map(([name, share]) => [
    { value: name },
    { formula: `=$B$13*${share}` },
    { formula: `=$C$13*${share}` },
  ]);

export function chartPlans(): SheetPlan[] {
  const offers = (first: number, last: number) => [
    { name: "Offer A", values: column(1, first, last) },
    { name: "Offer B", values: column(2, first, last) },
  ];
  const chartSheet: SheetPlan = {
    key: "charts",
    preferredName: CHART_SHEET,
    blocks: [
      {
        at: { row: 0, column: 0 },
        cells: [[{ value: "Month" }, { value: "Offer A" }, { value: "Offer B" }], ...monthRows()],
      },
      {
        at: { row: 15, column: 0 },
        cells: [
          [{ value: "Scenario" }, { value: "Offer A" }, { value: "Offer B" }],
          ...scenarioRows(),
        ],
      },
    ],
    inputs: [],
    tables: [
      {
        key: "models",
        preferredName: "Models",
        at: { row: 21, column: 0 },
        columns: [
          { header: "Model", owner: "deal", width: 14 },
          { header: "Units", owner: "deal", width: 10 },
          { header: "Cost", owner: "deal", width: 12, style: { numberFormat: "$#,##0" } },
        ],
        idColumn: 0,
        rows: [
          ["alpha", 300],
          ["beta", 500],
          ["gamma", 200],
        ].map(([model, units]) => [{ value: model }, { value: units }, { formula: "=[@Units]*2" }]),
        style: "TableStyleMedium2",
      },
    ],
    charts: [
      {
        kind: "line",
        key: "cumulative",
        title: TITLES.line,
        categories: column(0, 1, MONTHS),
        series: offers(1, MONTHS),
        categoryAxisTitle: TITLES.month,
        valueAxisTitle: TITLES.cost,
        valueFormat: "$#,##0",
        ...place(0),
      },
      {
        kind: "column",
        key: "scenarios",
        title: TITLES.column,
        categories: column(0, 16, 18),
        series: offers(16, 18),
        categoryAxisTitle: TITLES.scenario,
        valueAxisTitle: TITLES.total,
        valueFormat: "$#,##0",
        ...place(16),
      },
      {
        kind: "tableBar",
        key: "models",
        title: TITLES.bar,
        table: "models",
        categoryColumn: "Model",
        valueColumn: "Cost",
        ...place(32),
      },
    ],
    freezeRows: 0,
  };
  const plainSheet: SheetPlan = {
    key: "plain",
    preferredName: "Plain",
    blocks: [{ at: { row: 0, column: 0 }, cells: [[{ value: "no charts here" }]] }],
    inputs: [],
    tables: [],
    charts: [],
    freezeRows: 0,
  };
  return [chartSheet, plainSheet];
}

/** The workbook's bytes and report; `prepare` may adjust the workbook before it is written. */
export async function writeChartWorkbook(
  plans: SheetPlan[] = chartPlans(),
  prepare: (workbook: ExcelJS.Workbook) => void = () => undefined
): Promise<{ bytes: Buffer; report: ExcelJsReport }> {
  const workbook = new ExcelJS.Workbook();
  const report = applyEditToExcelJs(workbook, reconcile(EMPTY_SNAPSHOT, plans));
  prepare(workbook);
  return { bytes: await writeXlsx(workbook, report), report };
}
