import { memoryRows } from "../../../workbook/memory/cellMemory";
import { rememberedSla } from "../../../workbook/__tests__/reconcileFixtures";
import type { ExistingSheet, WorkbookSetup } from "./mockWorkbook";

/*
 * The workbooks the adapter's tests read and write: a new one, one with the user's own table,
 * one where DEAL's checklist sheet was renamed and edited by the user (and the same with DEAL's
 * memory of what it wrote there), and one with a model sheet.
 */

/** A new workbook: one empty sheet, nothing else. */
export const EMPTY_WORKBOOK: WorkbookSetup = { sheets: [{ name: "Sheet1" }] };

/** The user's budget sheet: a table and names of their own, nothing of DEAL's. */
export const BUDGET_SHEET: ExistingSheet = {
  name: "Budget",
  tables: [
    {
      name: "Budget",
      at: { row: 1, column: 1 },
      headers: ["Line", "Amount"],
      values: [
        ["Licences", 1200],
        ["Support", 300],
      ],
    },
  ],
  charts: ["Chart 1"],
  names: ["LocalRate"],
  usedRange: { at: { row: 1, column: 1 }, values: [["Line", "Amount"]] },
};

export const USER_WORKBOOK: WorkbookSetup = { sheets: [BUDGET_SHEET], names: ["TaxRate"] };

/**
 * DEAL's SLA checklist as the user left it: sheet renamed, a header retyped in lower case,
 * statuses and notes edited, a column and a row of their own added, and DEAL's chart.
 */
export const RENAMED_DEAL_SHEET: ExistingSheet = {
  name: "Our SLA asks",
  properties: { "DEAL.key": "checklist-SLA" },
  tables: [
    {
      name: "DEAL_Checklist_SLA",
      at: { row: 3, column: 0 },
      headers: ["item id", "Ask", "Status", "Notes", "Their column"],
      values: [
        ["SLA-01", "Ask SLA-01", "Agreed", "signed off", "x"],
        ["MINE-1", "Our own ask", "Not started", null, null],
        ["SLA-02", "Ask SLA-02", "Not started", null, null],
      ],
    },
  ],
  charts: ["DEAL_checklist-SLA-status"],
  usedRange: {
    at: { row: 0, column: 0 },
    values: [
      ["Support and SLA", null, null, null, null, null],
      [2, null, null, null, null, "Legal"],
    ],
  },
};

export const RENAMED_WORKBOOK: WorkbookSetup = {
  sheets: [BUDGET_SHEET, RENAMED_DEAL_SHEET],
  names: ["TaxRate"],
};

/** A DEAL model sheet holding its line chart, named as Excel reports it, beside a chart of the user's. */
export const MODEL_SHEET: ExistingSheet = {
  name: "DEAL model",
  properties: { "DEAL.key": "model" },
  charts: ["Chart 3", "deal_MODEL-cumulative"],
  usedRange: { at: { row: 0, column: 0 }, values: [["Deal model"]] },
};

export const MODEL_WORKBOOK: WorkbookSetup = { sheets: [{ name: "Sheet1" }, MODEL_SHEET] };

/** DEAL's memory sheet, renamed, remembering the asks it wrote into RENAMED_DEAL_SHEET. */
export const MEMORY_SHEET: ExistingSheet = {
  name: "DEAL's memory",
  properties: { "DEAL.key": "memory" },
  usedRange: {
    at: { row: 0, column: 0 },
    values: memoryRows(rememberedSla({ "SLA-01": "Ask SLA-01", "SLA-02": "Ask SLA-02" }, 3)),
  },
};

export const REMEMBERING_WORKBOOK: WorkbookSetup = {
  ...RENAMED_WORKBOOK,
  sheets: [...RENAMED_WORKBOOK.sheets, MEMORY_SHEET],
};
