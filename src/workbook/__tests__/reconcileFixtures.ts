import { CellValue, SheetPlan } from "../plan";
import { SheetSnapshot, WorkbookSnapshot } from "../snapshot";

/** A small checklist-like plan: id, ask (DEAL's), status and notes (the user's), a note below. */
export function checklistPlan(ids: readonly string[] = ["SLA-01", "SLA-02"]): SheetPlan {
  return {
    key: "checklist-SLA",
    preferredName: "DEAL SLA checklist",
    blocks: [
      { at: { row: 0, column: 0 }, cells: [[{ value: "Support and SLA" }]] },
      {
        at: { row: 1, column: 0 },
        cells: [[{ formula: '=COUNTIF({{table:checklist-SLA}}[Status],"Agreed")' }]],
      },
      {
        at: { row: 3 + ids.length + 2, column: 0 },
        cells: [[{ value: "Real-world example: a telco…" }]],
        mergeAcross: 4,
      },
    ],
    inputs: [{ at: { row: 1, column: 5 }, label: "Owner", value: "Procurement" }],
    tables: [
      {
        key: "checklist-SLA",
        preferredName: "DEAL_Checklist_SLA",
        at: { row: 3, column: 0 },
        idColumn: 0,
        style: "TableStyleLight9",
        columns: [
          { header: "Item ID", owner: "deal", width: 9 },
          { header: "Ask", owner: "deal", width: 50 },
          { header: "Status", owner: "user", width: 14, list: ["Not started", "Agreed"] },
          { header: "Notes", owner: "user", width: 30 },
        ],
        rows: ids.map((id) => [
          { value: id },
          { value: `Ask ${id}` },
          { value: "Not started" },
          { value: null },
        ]),
      },
    ],
    charts: [],
    freezeRows: 4,
  };
}

export function workbook(
  sheets: SheetSnapshot[],
  extra: Partial<WorkbookSnapshot> = {}
): WorkbookSnapshot {
  return {
    readOnly: false,
    structureProtected: false,
    sheets,
    tableNames: sheets.flatMap((sheet) => sheet.tables.map((table) => table.name)),
    definedNames: [],
    ...extra,
  };
}

/** The SLA sheet as a user left it: renamed, statuses and notes edited, one row of their own added. */
export function editedDealSheet(values: CellValue[][], name = "Our SLA asks"): SheetSnapshot {
  return {
    name,
    dealKey: "checklist-SLA",
    protected: false,
    tables: [
      {
        name: "DEAL_Checklist_SLA",
        at: { row: 3, column: 0 },
        headers: ["Item ID", "Ask", "Status", "Notes", "Their column"],
        values,
      },
    ],
    usedRange: {
      at: { row: 0, column: 0 },
      values: [
        ["Support and SLA", null, null, null, null, null],
        [0, null, null, null, null, "Legal"],
      ],
    },
  };
}
