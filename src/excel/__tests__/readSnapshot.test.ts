import type { SheetPlan } from "../../workbook/plan";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { SAFE_PAYLOAD_BYTES } from "../batching/payloadSize";
import * as reading from "../batching/readBatches";
import { readWorkbook, readWorkbookSnapshot } from "../readSnapshot";
import { ExistingSheet, mockWorkbook } from "./support/mockWorkbook";
import {
  BUDGET_SHEET,
  EMPTY_WORKBOOK,
  MODEL_SHEET,
  REMEMBERING_WORKBOOK,
  RENAMED_DEAL_SHEET,
  RENAMED_WORKBOOK,
  USER_WORKBOOK,
} from "./support/workbooks";

afterEach(() => jest.restoreAllMocks());

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

  it("knows the user's tables by name only, never reading their position or content", async () => {
    const workbook = mockWorkbook(USER_WORKBOOK);

    const { snapshot, chartNames, syncs } = await read(workbook);

    expect(snapshot).toEqual({
      readOnly: false,
      structureProtected: false,
      sheets: [{ name: "Budget", protected: false, tables: [] }],
      tableNames: ["Budget"],
      definedNames: ["TaxRate", "LocalRate"],
    });
    expect(snapshot.sheets[0]).not.toHaveProperty("usedRange");
    expect(chartNames).toEqual(new Map([["Budget", ["Chart 1"]]]));
    expect(workbook.calls).not.toContain("getHeaderRowRange(Budget)");
    expect(workbook.calls.some((call) => call.startsWith("getUsedRange"))).toBe(false);
    expect(syncs).toBe(2);
  });

  it("finds a renamed DEAL sheet by its key and reads its used range, its tables' content from it", async () => {
    const workbook = mockWorkbook(RENAMED_WORKBOOK);

    const { snapshot, chartNames, syncs } = await read(workbook);

    // The used range holds the cells above the table and the table itself.
    const cells = [
      ...(RENAMED_DEAL_SHEET.usedRange?.values ?? []),
      [null, null, null, null, null, null],
      [...DEAL_TABLE.headers, null],
      ...DEAL_TABLE.values.map((row) => [...row, null]),
    ];
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
      usedRange: { at: { row: 0, column: 0 }, values: cells },
    });
    // Blank cells, which Excel reports as "", are null in the snapshot.
    expect(snapshot.sheets[1].tables[0].values[1]).toEqual([
      "MINE-1",
      "Our own ask",
      "Not started",
      null,
      null,
    ]);
    expect(snapshot.sheets[0].tables).toEqual([]);
    expect(snapshot.tableNames).toEqual(["Budget", "DEAL_Checklist_SLA"]);
    expect(chartNames.get("Our SLA asks")).toEqual(["DEAL_checklist-SLA-status"]);
    expect(workbook.calls).toContain("getUsedRangeOrNullObject(Our SLA asks, true)");
    expect(workbook.calls).not.toContain("getDataBodyRange(Budget)");
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

describe("readWorkbook with the insert's plans", () => {
  const plan = (key: string, writtenOnce = false): SheetPlan => ({
    key,
    preferredName: key,
    blocks: [{ at: { row: 0, column: 0 }, cells: [Array(6).fill({ value: "x" })] }],
    inputs: [],
    tables: [],
    charts: [],
    freezeRows: 0,
    ...(writtenOnce ? { writtenOnce } : {}),
  });
  const BENCHMARK: ExistingSheet = {
    name: "DEAL benchmark",
    properties: { "DEAL.key": "benchmark" },
    usedRange: { at: { row: 0, column: 0 }, values: [["Benchmark"]] },
  };
  const setup = { sheets: [...REMEMBERING_WORKBOOK.sheets, MODEL_SHEET, BENCHMARK] };
  const readCells = (workbook: ReturnType<typeof mockWorkbook>) =>
    workbook.calls.flatMap(
      (call) => /^getUsedRangeOrNullObject\((.+), true\)$/.exec(call)?.[1] ?? []
    );

  it("reads only the DEAL sheets the plans merge with, and DEAL's memory", async () => {
    const workbook = mockWorkbook(setup);
    const sync = jest.spyOn(workbook.mock, "sync");
    const { snapshot, plans } = await readWorkbook(workbook.context, () => [plan("checklist-SLA")]);
    expect(plans).toEqual([plan("checklist-SLA")]);
    expect(readCells(workbook)).toEqual(["Our SLA asks", "DEAL's memory"]);
    expect(snapshot.sheets.map((sheet) => sheet.usedRange !== undefined)).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it("reads no cells for a deal model, written once on a sheet of its own", async () => {
    const workbook = mockWorkbook(setup);
    const sync = jest.spyOn(workbook.mock, "sync");
    const listed: WorkbookSnapshot[] = [];
    await readWorkbook(workbook.context, (snapshot) => {
      listed.push(snapshot);
      return [plan("model-2", true)];
    });
    expect(listed[0].sheets.map((sheet) => sheet.dealKey)).toEqual([
      undefined,
      "checklist-SLA",
      "memory",
      "model",
      "benchmark",
    ]);
    expect(readCells(workbook)).toEqual([]);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it("reads a DEAL sheet larger than its window in more syncs, each response within the budget", async () => {
    // Within the width of the window DEAL expects for its plan (six columns and ten more).
    const values = Array.from({ length: 7_000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => (c === 0 ? `Model ${r}` : r * c * 1.25))
    );
    const workbook = mockWorkbook({
      sheets: [{ ...BENCHMARK, usedRange: { at: { row: 0, column: 0 }, values } }],
    });
    const sync = jest.spyOn(workbook.mock, "sync");
    const reads = jest.spyOn(reading, "syncReads");

    // DEAL's text of 40 characters a cell: priced at the most a cell may take, 64 bytes.
    const wordy: SheetPlan = {
      ...plan("benchmark"),
      blocks: [{ at: { row: 0, column: 0 }, cells: [Array(6).fill({ value: "x".repeat(40) })] }],
    };
    const { snapshot } = await readWorkbook(workbook.context, () => [wordy]);

    expect(snapshot.sheets[0].usedRange).toEqual({ at: { row: 0, column: 0 }, values });
    const groups = (
      await Promise.all(reads.mock.results.map((r) => r.value))
    ).flat() as reading.ReadGroup[];
    // The list, then 70,000 cells at 64 bytes (about 4.5 MB) in three responses.
    expect(groups).toHaveLength(4);
    expect(sync).toHaveBeenCalledTimes(4);
    for (const group of groups) expect(group.responseBytes).toBeLessThanOrEqual(SAFE_PAYLOAD_BYTES);
  });
});
