import type { ChartSpec } from "../../chartSpec";

/* Chart specs as the writer resolves them, for the XML tests. */

export const LINE: ChartSpec = {
  key: "cumulative",
  type: "line",
  title: "Cost to date <by month> & offer",
  categories: { formula: "'Bob''s model'!$A$2:$A$4", values: [1, 2, 3], numberFormat: "General" },
  series: [
    {
      name: "Offer A",
      values: {
        formula: "'Bob''s model'!$B$2:$B$4",
        values: [100, 250.5, null],
        numberFormat: "General",
      },
    },
    {
      name: "Offer B",
      values: {
        formula: "'Bob''s model'!$C$2:$C$4",
        values: [80, 160, 240],
        numberFormat: "General",
      },
    },
  ],
  categoryAxisTitle: "Month",
  valueAxisTitle: "Cost (USD)",
  valueFormat: '"$"#,##0',
  legend: true,
  from: { row: 0, column: 4 },
  to: { row: 15, column: 12 },
};

export const COLUMN: ChartSpec = {
  ...LINE,
  key: "scenarios",
  type: "column",
  title: "Total cost per scenario",
  categories: { formula: "'Bob''s model'!$A$7:$A$8", values: ["Low", "High"], numberFormat: "@" },
};

export const BAR: ChartSpec = {
  key: "benchmark",
  type: "bar",
  title: "Monthly cost by model",
  categories: { formula: "'Bench'!$A$2:$A$3", values: ["gpt-4o", "o3"], numberFormat: "General" },
  series: [
    {
      name: "Cost",
      nameFormula: "'Bench'!$B$1",
      values: { formula: "'Bench'!$B$2:$B$3", values: [10, 20], numberFormat: "General" },
    },
  ],
  valueFormat: "General",
  legend: false,
  from: { row: 5, column: 0 },
  to: { row: 23, column: 8 },
};
