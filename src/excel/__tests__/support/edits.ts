import type { SheetEdit, SheetPrint, WorkbookEdit } from "../../../workbook/edit";
import type { SeriesChartPlan } from "../../../workbook/plan";
import { PRINT_DEFAULTS } from "../../../workbook/printSetup";
import { type Rect, rectBetween } from "../../../formula";

/** DEAL's page setup over these cells, given as zero-based [row, column] pairs. */
const printOver = (from: [number, number], to: [number, number]): SheetPrint => ({
  ...PRINT_DEFAULTS,
  area: rectBetween({ row: from[0], column: from[1] }, { row: to[0], column: to[1] }),
  rowBreaks: [],
});

/*
 * Edits as reconcile would hand them to the adapter: one for a new benchmark-like sheet, one for
 * the renamed checklist sheet of workbooks.ts (RENAMED_DEAL_SHEET), and one for a model-like
 * sheet of series charts.
 */

/** A new sheet: text that looks like formulas, a formula, a note, an input, a table and a chart. */
export const NEW_SHEET_EDIT: SheetEdit = {
  key: "benchmark",
  name: "DEAL benchmark",
  create: true,
  tabColor: "#107C10",
  clear: [],
  blocks: [
    {
      at: { row: 0, column: 0 },
      cells: [[{ value: "=SUM(A1) is how not to start a title" }]],
      style: { bold: true, fontSize: 14 },
    },
    { at: { row: 1, column: 0 }, cells: [[{ value: "Items" }, { formula: "=ROWS(DEAL_Prices)" }]] },
    {
      at: { row: 20, column: 0 },
      cells: [[{ value: "Note one" }], [{ value: "-5% is a discount, not a formula" }]],
      style: { italic: true, wrap: true },
      mergeAcross: 4,
    },
  ],
  inputs: [
    {
      at: { row: 3, column: 1 },
      label: "Monthly input tokens (millions)",
      value: 100,
      style: { input: true, numberFormat: "#,##0" },
    },
  ],
  tables: [
    {
      kind: "create",
      name: "DEAL_Prices",
      at: { row: 5, column: 0 },
      style: "TableStyleMedium2",
      columns: [
        { header: "Model", owner: "deal", width: 20 },
        { header: "Input", owner: "deal", width: 10, style: { numberFormat: "$#,##0.00" } },
        { header: "Monthly cost", owner: "deal", width: 14, style: { numberFormat: "$#,##0" } },
        {
          header: "Status",
          owner: "user",
          width: 12,
          style: { wrap: true },
          list: ["Open", "Agreed"],
          colors: [
            { equals: "Agreed", fill: "#DFF6DD", fontColor: "#107C10" },
            { equals: 'Say "no"', fill: "#FDE7E9", fontColor: "#A80000" },
          ],
        },
      ],
      rows: [
        [
          { value: "@cheap-model" },
          { value: 0.5 },
          { formula: "=[@Input]*$B$4" },
          { value: "Open" },
        ],
        [{ value: "Model B" }, { value: 1 }, { formula: "=[@Input]*$B$4" }, { value: null }],
      ],
    },
  ],
  charts: [
    {
      kind: "tableBar",
      key: "benchmark-cost",
      title: "Monthly cost by model",
      table: "DEAL_Prices",
      categoryColumn: "Model",
      valueColumn: "Monthly cost",
      at: { row: 10, column: 6 },
      widthInColumns: 8,
      heightInRows: 18,
    },
  ],
  freezeRows: 6,
  columnWidths: { 0: 30, 2: 12 },
  rowHeights: { 20: 30, 21: 45.75 },
  print: { ...printOver([0, 0], [27, 13]), titleRows: { first: 5, last: 5 }, rowBreaks: [10, 20] },
};

/**
 * The renamed checklist brought up to date: DEAL's two rows refreshed (the user's row between
 * them is not written), a DEAL column the user deleted added back, a new row appended, the old
 * note cleared and DEAL's chart redrawn. "Owner" is a user column the user deleted.
 */
export const RENAMED_SHEET_EDIT: SheetEdit = {
  key: "checklist-SLA",
  name: "Our SLA asks",
  create: false,
  clear: [{ row: 8, column: 0, rows: 1, columns: 5 }],
  blocks: [
    { at: { row: 0, column: 0 }, cells: [[{ value: "Support and SLA" }]] },
    { at: { row: 9, column: 0 }, cells: [[{ value: "Real-world example" }]], mergeAcross: 5 },
  ],
  inputs: [],
  tables: [
    {
      kind: "update",
      name: "DEAL_Checklist_SLA",
      refresh: [
        { header: "Item ID", firstRow: 0, values: [{ value: "SLA-01" }] },
        { header: "Item ID", firstRow: 2, values: [{ value: "SLA-02" }] },
        { header: "Ask", firstRow: 0, values: [{ value: "+1 ask, as text" }] },
        { header: "Ask", firstRow: 2, values: [{ formula: '="Ask "&[@[Item ID]]' }] },
      ],
      addColumns: [
        { header: "Priority", values: [{ value: "High" }, { value: null }, { value: 2 }] },
      ],
      append: [
        [
          { value: "SLA-03" },
          { value: "Ask SLA-03" },
          { value: "Not started" },
          { value: null },
          { value: null },
          { value: "=Medium" },
        ],
      ],
      columns: [
        { header: "Item ID", owner: "deal", width: 9 },
        { header: "Ask", owner: "deal", width: 50, style: { wrap: true } },
        { header: "Status", owner: "user", width: 14, list: ["Not started", "Agreed"] },
        { header: "Owner", owner: "user", width: 14, style: { input: true } },
        { header: "Notes", owner: "user", width: 30 },
        { header: "Priority", owner: "deal", width: 10 },
      ],
    },
  ],
  charts: [
    {
      kind: "tableBar",
      key: "checklist-SLA-status",
      title: "Items by priority",
      table: "DEAL_Checklist_SLA",
      categoryColumn: "Item ID",
      valueColumn: "Priority",
      at: { row: 12, column: 0 },
      widthInColumns: 6,
      heightInRows: 15,
    },
  ],
  freezeRows: 4,
  rowHeights: {},
  print: printOver([0, 0], [26, 6]),
};

/** Cells from `from` to `to`, given as zero-based [row, column] pairs. */
const cells = (from: [number, number], to: [number, number]): Rect =>
  rectBetween({ row: from[0], column: from[1] }, { row: to[0], column: to[1] });

/** A line chart of three offers by month, each offer a column: months A5:A40, offers B to D. */
export const LINE_CHART: SeriesChartPlan = {
  kind: "line",
  key: "model-cumulative",
  title: "Cumulative cost by offer",
  categories: cells([4, 0], [39, 0]),
  series: [
    { name: "Anthropic Claude", values: cells([4, 1], [39, 1]) },
    { name: "OpenAI GPT", values: cells([4, 2], [39, 2]) },
    { name: "Google Gemini", values: cells([4, 3], [39, 3]) },
  ],
  categoryAxisTitle: "Month",
  valueAxisTitle: "Cumulative cost (USD)",
  valueFormat: "$#,##0",
  at: { row: 2, column: 6 },
  widthInColumns: 9,
  heightInRows: 20,
};

/** A column chart of two offers by contract year, each offer a row: years B43:D43. */
export const COLUMN_CHART: SeriesChartPlan = {
  kind: "column",
  key: "model-yearly",
  title: "Cost by contract year",
  categories: cells([42, 1], [42, 3]),
  series: [
    { name: "Anthropic Claude", values: cells([43, 1], [43, 3]) },
    { name: "OpenAI GPT", values: cells([44, 1], [44, 3]) },
  ],
  categoryAxisTitle: "Contract year",
  valueAxisTitle: "Cost (USD)",
  valueFormat: '$#,##0,"k"',
  at: { row: 24, column: 6 },
  widthInColumns: 9,
  heightInRows: 16,
};

/** The model sheet of workbooks.ts (MODEL_SHEET) with its two charts redrawn. */
export const MODEL_SHEET_EDIT: SheetEdit = {
  key: "model",
  name: "DEAL model",
  create: false,
  clear: [],
  blocks: [],
  inputs: [],
  tables: [],
  charts: [LINE_CHART, COLUMN_CHART],
  freezeRows: 0,
  rowHeights: {},
  print: printOver([0, 0], [44, 14]),
};

/** An edit of these sheets, with a report of one line per sheet. */
export function editOf(sheets: readonly SheetEdit[]): WorkbookEdit {
  return {
    sheets,
    report: {
      sheets: sheets.map((sheet) => ({
        key: sheet.key,
        sheetName: sheet.name,
        created: sheet.create,
        rowsAdded: 0,
        rowsRefreshed: 0,
        userRowsKept: 0,
        editsKept: [],
      })),
    },
  };
}
