import { reconcile } from "../../workbook/reconcile";
import type { SheetPlan } from "../../workbook/plan";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { WorkbookRefusal } from "../../workbook/workbookRefusal";
import { insertWithExcel, Reconcile } from "../excelWorkbookRun";
import { editOf, NEW_SHEET_EDIT } from "./support/edits";
import { excelWith } from "./support/excelRun";
import { MockWorkbook, mockWorkbook } from "./support/mockWorkbook";
import { EMPTY_WORKBOOK, REMEMBERING_WORKBOOK, RENAMED_WORKBOOK } from "./support/workbooks";

/** Makes the mock's nth sync fail with an Office.js error of this code. */
function failSync(workbook: MockWorkbook, nth: number, code: string, message = "It failed.") {
  let count = 0;
  jest.spyOn(workbook.mock, "sync").mockImplementation(() => {
    count += 1;
    if (count === nth) return Promise.reject(Object.assign(new Error(message), { code }));
    return workbook.sync();
  });
}

/** A plan of nothing but its sheet. */
const EMPTY_PLAN: SheetPlan = {
  key: "empty",
  preferredName: "DEAL empty",
  blocks: [],
  inputs: [],
  tables: [],
  charts: [],
  freezeRows: 0,
};

const writes = (workbook: MockWorkbook) =>
  workbook.calls.filter((call) => /worksheets\.(add|getItem)|values=|formulas=/.test(call));

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  jest.restoreAllMocks();
});

describe("insertWithExcel", () => {
  it("reads, reconciles and writes eleven sheets in exactly three syncs", async () => {
    const workbook = excelWith(EMPTY_WORKBOOK);
    const sheets = Array.from({ length: 11 }, (_, i) => ({
      ...NEW_SHEET_EDIT,
      key: `sheet-${i}`,
      name: `DEAL sheet ${i}`,
      tables: [],
      charts: [],
    }));
    const edit = editOf(sheets);
    const stub: Reconcile = jest.fn(() => edit);

    const report = await insertWithExcel(() => [], stub);

    expect(report).toBe(edit.report);
    expect(workbook.syncs()).toBe(3);
    expect(workbook.calls.filter((call) => call.startsWith("worksheets.add"))).toHaveLength(11);
    expect(stub).toHaveBeenCalledWith(
      expect.objectContaining({ sheets: [expect.objectContaining({ name: "Sheet1" })] }),
      []
    );
  });

  it("builds the plans from the workbook as listed, and reads only the DEAL sheets they merge with", async () => {
    const workbook = excelWith(RENAMED_WORKBOOK);
    const model: SheetPlan = { ...EMPTY_PLAN, key: "model", preferredName: "DEAL model" };
    const checklist: SheetPlan = {
      ...EMPTY_PLAN,
      key: "checklist-SLA",
      blocks: [{ at: { row: 0, column: 0 }, cells: [Array(6).fill({ value: "x" })] }],
    };
    for (const plan of [model, checklist]) {
      const before = workbook.syncs();
      const plans = jest.fn(() => [plan]);
      const stub: Reconcile = jest.fn(() => editOf([]));

      await insertWithExcel(plans, stub);

      // The two reads only (the cells of a sheet the plan merges with in the second): an edit
      // with nothing in it sends no write.
      expect(workbook.syncs() - before).toBe(2);
      const [listed] = plans.mock.calls[0] as unknown as [WorkbookSnapshot];
      expect(listed.sheets.map((sheet) => sheet.dealKey)).toEqual([undefined, "checklist-SLA"]);
      const [read] = (stub as jest.Mock).mock.calls[0] as [WorkbookSnapshot];
      expect(read.sheets[1].usedRange !== undefined).toBe(plan === checklist);
      expect(stub).toHaveBeenCalledWith(read, [plan]);
    }
  });

  it("writes nothing when reconcile refuses, and passes its refusal on", async () => {
    const workbook = excelWith(RENAMED_WORKBOOK);
    const refusal = new WorkbookRefusal(
      'The sheet "Our SLA asks" is protected. Nothing was changed.'
    );

    await expect(
      insertWithExcel(
        () => [],
        () => {
          throw refusal;
        }
      )
    ).rejects.toBe(refusal);
    expect(workbook.syncs()).toBe(2);
    expect(writes(workbook)).toEqual([]);
  });

  it("turns an Office error while reading into a refusal that says nothing changed", async () => {
    const workbook = mockWorkbook(EMPTY_WORKBOOK);
    (globalThis as { Excel?: unknown }).Excel = {
      run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => batch(workbook.context),
    };
    failSync(workbook, 1, "InvalidOperationInCellEditMode");
    const reconcileStub = jest.fn(() => editOf([]));

    const insert = insertWithExcel(() => [], reconcileStub);

    await expect(insert).rejects.toBeInstanceOf(WorkbookRefusal);
    await expect(insert).rejects.toThrow(/Press Enter or Esc.*Nothing was changed\./);
    expect(reconcileStub).not.toHaveBeenCalled();
  });

  it("turns an Office error while writing into a refusal that says part may be written", async () => {
    const workbook = mockWorkbook(EMPTY_WORKBOOK);
    (globalThis as { Excel?: unknown }).Excel = {
      run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => batch(workbook.context),
    };
    failSync(workbook, 3, "AccessDenied");

    const insert = insertWithExcel(
      () => [],
      () => editOf([NEW_SHEET_EDIT])
    );

    await expect(insert).rejects.toThrow(
      /protected.*Part of the insert may already be in the workbook/
    );
  });

  it("passes errors it cannot explain on unchanged", async () => {
    const workbook = mockWorkbook(EMPTY_WORKBOOK);
    (globalThis as { Excel?: unknown }).Excel = {
      run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => batch(workbook.context),
    };
    failSync(workbook, 2, "GeneralException", "Something odd.");

    await expect(
      insertWithExcel(
        () => [],
        () => editOf([])
      )
    ).rejects.toThrow("Something odd.");
  });

  it("merges a plan into the renamed sheet with the real reconcile, in three syncs", async () => {
    const workbook = excelWith(REMEMBERING_WORKBOOK);
    const plan: SheetPlan = {
      key: "checklist-SLA",
      preferredName: "DEAL SLA checklist",
      blocks: [{ at: { row: 0, column: 0 }, cells: [[{ value: "Support and SLA" }]] }],
      inputs: [],
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
          rows: ["SLA-01", "SLA-02", "SLA-03"].map((id) => [
            { value: id },
            { value: `New ${id}` },
            { value: "Not started" },
            { value: null },
          ]),
        },
      ],
      charts: [],
      freezeRows: 4,
    };

    const report = await insertWithExcel(() => [plan], reconcile);

    expect(workbook.syncs()).toBe(3);
    expect(report.sheets).toEqual([
      {
        key: "checklist-SLA",
        sheetName: "Our SLA asks",
        created: false,
        rowsAdded: 1,
        rowsRefreshed: 2,
        userRowsKept: 1,
        editsKept: [],
      },
    ]);
    const table = workbook.tables.get("DEAL_Checklist_SLA");
    const ask = table.column("Ask").body;
    expect(ask.derivedAddresses()).toEqual(["[Ask] body.getCell(0,0)", "[Ask] body.getCell(2,0)"]);
    expect(ask.getCell(2, 0).getResizedRange(0, 0).values).toEqual([["New SLA-02"]]);
    expect(table.column("Status").body.derivedAddresses()).toEqual([]);
    expect(table.rows.added[0].values).toEqual([["SLA-03", "New SLA-03", "Not started", "", ""]]);
  });
});
