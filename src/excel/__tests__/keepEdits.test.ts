import { fingerprint } from "../../workbook/memory/fingerprint";
import { readMemory, WorkbookMemory } from "../../workbook/memory/cellMemory";
import type { CellValue } from "../../workbook/plan";
import { reconcile } from "../../workbook/reconcile";
import { WorkbookRefusal } from "../../workbook/workbookRefusal";
import { checklistPlan, rememberedCell } from "../../workbook/__tests__/reconcileFixtures";
import { insertWithExcel } from "../excelWorkbookRun";
import { excelWith } from "./support/excelRun";
import type { ExistingSheet, ExistingTable, MockWorkbook } from "./support/mockWorkbook";
import {
  EMPTY_WORKBOOK,
  MEMORY_SHEET,
  RENAMED_DEAL_SHEET,
  RENAMED_WORKBOOK,
  REMEMBERING_WORKBOOK,
} from "./support/workbooks";

/*
 * Inserting again through Office.js: the cells the user edited are left out of the batch, DEAL's
 * memory is written on its very hidden sheet in the same batch, and a table with duplicate ids
 * stops the insert before anything is queued. Every insert takes its three syncs.
 */

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  jest.restoreAllMocks();
});

const plan = () => checklistPlan(["SLA-01", "SLA-02", "SLA-03"], { ask: (id) => `New ${id}` });
const insert = () => insertWithExcel(() => [plan()], reconcile);

const DEAL_TABLE = RENAMED_DEAL_SHEET.tables?.[0] as ExistingTable;

/** RENAMED_DEAL_SHEET with its table's rows replaced. */
function dealSheetWith(values: CellValue[][]): ExistingSheet {
  return { ...RENAMED_DEAL_SHEET, tables: [{ ...DEAL_TABLE, values }] };
}

/**
 * What the adapter wrote on the memory sheet, read back as Excel holds it (no text marker): its
 * records from A2, and its signature row, written last, at A1.
 */
function writtenMemory(workbook: MockWorkbook, sheetName: string): WorkbookMemory {
  const sheet = workbook.sheet(sheetName);
  const rowsAt = (cell: string) => {
    const address = sheet
      .addresses()
      .find((candidate) => candidate.startsWith(`${cell}:`) && sheet.range(candidate).values);
    return (address === undefined ? [] : (sheet.range(address).values ?? [])) as unknown[][];
  };
  const values = [...rowsAt("A1"), ...rowsAt("A2")];
  return readMemory(
    values.map((row) =>
      row.map((cell) =>
        cell === "" ? null : typeof cell === "string" ? cell.replace(/^'/, "") : (cell as CellValue)
      )
    )
  );
}

const askPrints = (memory: WorkbookMemory) => {
  const table = memory.get("checklist-SLA")?.tables.get("checklist-SLA");
  return Object.fromEntries(
    [...(table?.rows.keys() ?? [])].map((id) => [id, rememberedCell(table, id, "Ask")])
  );
};

describe("inserting again through Office.js", () => {
  it("leaves the ask the user retyped out of the batch, reports it, and remembers, in three syncs", async () => {
    const workbook = excelWith({
      ...REMEMBERING_WORKBOOK,
      sheets: [
        REMEMBERING_WORKBOOK.sheets[0],
        dealSheetWith([
          ["SLA-01", "Our own ask", "Agreed", "signed off", "x"],
          ["MINE-1", "Our own ask", "Not started", null, null],
          ["SLA-02", "Ask SLA-02", "Not started", null, null],
        ]),
        MEMORY_SHEET,
      ],
    });

    const report = await insert();

    expect(workbook.syncs()).toBe(3);
    expect(report.sheets[0].editsKept).toEqual([{ cell: "B5", itemId: "SLA-01", column: "Ask" }]);
    const ask = workbook.tables.get("DEAL_Checklist_SLA").column("Ask").body;
    expect(ask.derivedAddresses()).toEqual(["[Ask] body.getCell(2,0)"]);
    expect(ask.getCell(2, 0).getResizedRange(0, 0).values).toEqual([["New SLA-02"]]);

    // The memory sheet is found by its key under the user's name, emptied, then rewritten.
    expect(workbook.calls).toContain("worksheets.getItem(DEAL's memory)");
    expect(workbook.calls).not.toContain("worksheets.add(DEAL memory)");
    expect(workbook.calls.indexOf("A1:E3.clear(Contents)")).toBeLessThan(
      workbook.calls.findIndex((call) => /^A1:E\d+\.values=$/.test(call))
    );
    expect(askPrints(writtenMemory(workbook, "DEAL's memory"))).toEqual({
      // Still what DEAL wrote there before: the cell stays the user's on the next insert.
      "SLA-01": fingerprint("Ask SLA-01"),
      "SLA-02": fingerprint("New SLA-02"),
      "SLA-03": fingerprint("New SLA-03"),
    });
  });

  it("adds its memory sheet to a new workbook, very hidden and marked with its key, in three syncs", async () => {
    const workbook = excelWith(EMPTY_WORKBOOK);

    await insert();

    expect(workbook.syncs()).toBe(3);
    expect(workbook.calls).toContain("worksheets.add(DEAL memory)");
    const sheet = workbook.sheet("DEAL memory");
    expect(sheet.visibility).toBe("VeryHidden");
    expect(sheet.properties).toEqual([["DEAL.key", "memory"]]);
    const memory = writtenMemory(workbook, "DEAL memory");
    expect(askPrints(memory)).toEqual({
      "SLA-01": fingerprint("New SLA-01"),
      "SLA-02": fingerprint("New SLA-02"),
      "SLA-03": fingerprint("New SLA-03"),
    });
    expect(memory.get("checklist-SLA")?.cells.get("A1")).toBe(fingerprint("Support and SLA"));
  });

  it("refuses a table whose rows share an id after the two reads, before anything is queued", async () => {
    const workbook = excelWith({
      ...RENAMED_WORKBOOK,
      sheets: [
        RENAMED_WORKBOOK.sheets[0],
        dealSheetWith([
          ["SLA-01", "Ask SLA-01", "Agreed", null, null],
          ["SLA-01", "Ask SLA-02", "Not started", null, null],
        ]),
      ],
    });

    await expect(insert()).rejects.toThrow(WorkbookRefusal);
    await expect(insert()).rejects.toThrow(/"SLA-01" on rows 5 and 6/);
    expect(workbook.syncs()).toBe(4);
    expect(workbook.calls.filter((call) => /worksheets\.(add|getItem)|values=/.test(call))).toEqual(
      []
    );
  });

  it("inserts into a workbook whose structure is protected without adding a memory sheet", async () => {
    const workbook = excelWith({ ...RENAMED_WORKBOOK, structureProtected: true });

    const report = await insert();

    expect(workbook.syncs()).toBe(3);
    expect(workbook.calls.some((call) => call.startsWith("worksheets.add"))).toBe(false);
    expect(report.sheets[0]).toMatchObject({ sheetName: "Our SLA asks", rowsAdded: 1 });
  });
});
