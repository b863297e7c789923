import { readWorkbook, readWorkbookSnapshot } from "../readSnapshot";
import { ExistingSheet, mockWorkbook } from "./support/mockWorkbook";
import {
  BUDGET_SHEET,
  EMPTY_WORKBOOK,
  RENAMED_DEAL_SHEET,
  RENAMED_WORKBOOK,
  USER_WORKBOOK,
} from "./support/workbooks";

const DEAL_TABLE = RENAMED_DEAL_SHEET.tables?.[0] as NonNullable<ExistingSheet["tables"]>[number];

/** Reads the workbook, counting syncs. */
async function read(workbook: ReturnType<typeof mockWorkbook>) {
  const sync = jest.spyOn(workbook.mock, "sync");
  const result = await readWorkbook(workbook.context);
  return { ...result, syncs: sync.mock.calls.length };
}

describe("readWorkbookSnapshot", () => {
  it("reads a new workbook in two syncs", async () => {
    const workbook = mockWorkbook(EMPTY_WORKBOOK);
    const sync = jest.spyOn(workbook.mock, "sync");

    const snapshot = await readWorkbookSnapshot(workbook.context);

    expect(snapshot).toEqual({
      readOnly: false,
      structureProtected: false,
      sheets: [{ name: "Sheet1", protected: false, tables: [] }],
      tableNames: [],
      definedNames: [],
    });
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it("reads the user's tables by name and position only, never their content", async () => {
    const workbook = mockWorkbook(USER_WORKBOOK);

    const { snapshot, chartNames, syncs } = await read(workbook);

    expect(snapshot).toEqual({
      readOnly: false,
      structureProtected: false,
      sheets: [
        {
          name: "Budget",
          protected: false,
          tables: [{ name: "Budget", at: { row: 1, column: 1 }, headers: [], values: [] }],
        },
      ],
      tableNames: ["Budget"],
      definedNames: ["TaxRate", "LocalRate"],
    });
    expect(snapshot.sheets[0]).not.toHaveProperty("usedRange");
    expect(chartNames).toEqual(new Map([["Budget", ["Chart 1"]]]));
    expect(workbook.calls).not.toContain("getDataBodyRange(Budget)");
    expect(workbook.calls.some((call) => call.startsWith("getUsedRange"))).toBe(false);
    expect(syncs).toBe(2);
  });

  it("finds a renamed DEAL sheet by its key and reads its tables and used range", async () => {
    const workbook = mockWorkbook(RENAMED_WORKBOOK);

    const { snapshot, chartNames, syncs } = await read(workbook);

    expect(snapshot.sheets[1]).toEqual({
      name: "Our SLA asks",
      dealKey: "checklist-SLA",
      protected: false,
      tables: [
        {
          name: "DEAL_Checklist_SLA",
          at: { row: 3, column: 0 },
          headers: ["item id", "Ask", "Status", "Notes", "Their column"],
          values: DEAL_TABLE.values,
        },
      ],
      usedRange: RENAMED_DEAL_SHEET.usedRange,
    });
    // Blank cells, which Excel reports as "", are null in the snapshot.
    expect(snapshot.sheets[1].tables[0].values[1]).toEqual([
      "MINE-1",
      "Our own ask",
      "Not started",
      null,
      null,
    ]);
    expect(snapshot.sheets[0].tables[0].headers).toEqual([]);
    expect(snapshot.tableNames).toEqual(["Budget", "DEAL_Checklist_SLA"]);
    expect(chartNames.get("Our SLA asks")).toEqual(["DEAL_checklist-SLA-status"]);
    expect(workbook.calls).toContain("getUsedRangeOrNullObject(Our SLA asks, true)");
    expect(syncs).toBe(2);
  });

  it("reads protection, read-only and an empty DEAL sheet", async () => {
    const workbook = mockWorkbook({
      readOnly: true,
      structureProtected: true,
      sheets: [
        { ...BUDGET_SHEET, protected: true },
        // Custom property keys are case-insensitive in Excel.
        { name: "Emptied", properties: { "deal.KEY": "benchmark", Other: "x" } },
      ],
    });

    const { snapshot, syncs } = await read(workbook);

    expect(snapshot.readOnly).toBe(true);
    expect(snapshot.structureProtected).toBe(true);
    expect(snapshot.sheets[0].protected).toBe(true);
    expect(snapshot.sheets[1]).toEqual({
      name: "Emptied",
      dealKey: "benchmark",
      protected: false,
      tables: [],
      usedRange: { at: { row: 0, column: 0 }, values: [] },
    });
    expect(syncs).toBe(2);
  });

  it("still syncs exactly twice with many sheets and tables", async () => {
    const sheets = Array.from({ length: 12 }, (_, i): ExistingSheet => ({
      ...RENAMED_DEAL_SHEET,
      name: `Sheet ${i}`,
      properties: i % 2 === 0 ? { "DEAL.key": `key-${i}` } : { Other: "x" },
      tables: [{ ...DEAL_TABLE, name: `T${i}` }],
    }));
    const workbook = mockWorkbook({ sheets });

    const { snapshot, syncs } = await read(workbook);

    expect(snapshot.sheets).toHaveLength(12);
    expect(snapshot.sheets.filter((sheet) => sheet.dealKey !== undefined)).toHaveLength(6);
    expect(workbook.calls.filter((call) => call.startsWith("getDataBodyRange"))).toHaveLength(6);
    expect(syncs).toBe(2);
  });
});
