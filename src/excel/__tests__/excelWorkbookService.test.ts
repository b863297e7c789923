import { MODEL_PRICES } from "../../content/catalog";
import { PLAYBOOK_SECTIONS } from "../../content/playbook";
import { createExcelWorkbookService } from "../excelWorkbookService";
import { excelWith } from "./support/excelRun";
import { EMPTY_WORKBOOK, RENAMED_WORKBOOK, USER_WORKBOOK } from "./support/workbooks";

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  jest.restoreAllMocks();
});

const allCodes = PLAYBOOK_SECTIONS.map((section) => section.code);

describe("the Excel workbook service", () => {
  it.each([
    ["a new workbook", EMPTY_WORKBOOK],
    ["a workbook with the user's own sheet, table and names", USER_WORKBOOK],
    ["a workbook with DEAL's renamed, edited checklist", RENAMED_WORKBOOK],
  ])(
    "inserts all ten checklists and the benchmark into %s in three syncs",
    async (_name, setup) => {
      const workbook = excelWith(setup);
      const report = await createExcelWorkbookService().insertEverything(
        allCodes,
        "sheetPerSection",
        MODEL_PRICES
      );
      expect(workbook.syncs()).toBe(3);
      expect(report.sheets).toHaveLength(11);
      expect(
        report.sheets.reduce((rows, sheet) => rows + sheet.rowsAdded + sheet.rowsRefreshed, 0)
      ).toBeGreaterThan(95);
    }
  );

  it("finds DEAL's renamed sheet and keeps the user's row in it", async () => {
    excelWith(RENAMED_WORKBOOK);
    const report = await createExcelWorkbookService().insertChecklists(["SLA"], "sheetPerSection");
    expect(report.sheets).toEqual([
      expect.objectContaining({
        sheetName: "Our SLA asks",
        created: false,
        rowsRefreshed: 2,
        userRowsKept: 1,
      }),
    ]);
  });

  it("inserts the checklists alone, and the benchmark alone, in three syncs each", async () => {
    const checklists = excelWith(EMPTY_WORKBOOK);
    await createExcelWorkbookService().insertChecklists(allCodes, "oneSheet");
    expect(checklists.syncs()).toBe(3);
    const benchmark = excelWith(EMPTY_WORKBOOK);
    await createExcelWorkbookService().insertBenchmark(MODEL_PRICES);
    expect(benchmark.syncs()).toBe(3);
  });
});
