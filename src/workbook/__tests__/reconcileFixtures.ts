import { fingerprint } from "../memory/fingerprint";
import {
  MEMORY_SHEET_KEY,
  MEMORY_SHEET_NAME,
  memoryRows,
  TableMemory,
  WorkbookMemory,
} from "../memory/cellMemory";
import { CellValue, SheetPlan } from "../plan";
import { SheetSnapshot, WorkbookSnapshot } from "../snapshot";

/** The texts of a checklist plan: each item's ask, and the note below the table. */
export interface PlanTexts {
  readonly ask?: (id: string) => string;
  readonly note?: string;
}

export const NOTE = "Real-world example: a telco…";

/** A small checklist-like plan: id, ask (DEAL's), status and notes (the user's), a note below. */
export function checklistPlan(
  ids: readonly string[] = ["SLA-01", "SLA-02"],
  texts: PlanTexts = {}
): SheetPlan {
  const ask = texts.ask ?? ((id: string) => `Ask ${id}`);
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
        cells: [[{ value: texts.note ?? NOTE }]],
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
          { value: ask(id) },
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

/** DEAL's memory sheet as read, holding `memory`. */
export function memorySheet(memory: WorkbookMemory, name = MEMORY_SHEET_NAME): SheetSnapshot {
  return {
    name,
    dealKey: MEMORY_SHEET_KEY,
    protected: false,
    tables: [],
    usedRange: { at: { row: 0, column: 0 }, values: memoryRows(memory) },
  };
}

/**
 * A memory of the SLA sheet: the asks DEAL wrote into its rows, by item id, the table's data rows
 * then, and the texts it wrote outside the table, by address.
 */
export function rememberedSla(
  asks: Readonly<Record<string, string>>,
  rowCount: number,
  cells: Readonly<Record<string, string>> = {}
): WorkbookMemory {
  const rows = new Map(Object.entries(asks).map(([id, ask]) => [id, [fingerprint(ask)]]));
  return new Map([
    [
      "checklist-SLA",
      {
        tables: new Map([["checklist-SLA", { rowCount, headers: ["Ask"], rows }]]),
        cells: new Map(
          Object.entries(cells).map(([address, text]) => [address, fingerprint(text)])
        ),
      },
    ],
  ]);
}

/** The fingerprint DEAL remembers of a table's cell, if any. */
export function rememberedCell(
  table: TableMemory | undefined,
  id: string,
  header: string
): string | undefined {
  const at = table?.headers.indexOf(header) ?? -1;
  const print = at < 0 ? undefined : table?.rows.get(id)?.[at];
  return print === "" ? undefined : print;
}
