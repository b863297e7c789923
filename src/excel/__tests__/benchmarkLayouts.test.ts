import { MODEL_PRICES } from "../../content/catalog";
import type { SheetSnapshot } from "../../workbook/snapshot";
import { previousBenchmarkWorkbook } from "../../workbook/__tests__/fixtures/previousLayout";
import { createExcelWorkbookService } from "../excelWorkbookService";
import { excelWith } from "./support/excelRun";
import type { ExistingSheet } from "./support/mockWorkbook";

/*
 * The benchmark through Office.js on a workbook that the previous layout wrote (the SLA table
 * beside the price table): the service builds the plan from the workbook it read, so the sheet's
 * tables are updated where they are, in the same three syncs as any insert.
 */

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  jest.restoreAllMocks();
});

/** The fixture's sheets as the mock workbook holds them. */
function previousSheets(): ExistingSheet[] {
  return previousBenchmarkWorkbook()
    .snapshot()
    .sheets.map((sheet: SheetSnapshot): ExistingSheet => ({
      name: sheet.name,
      properties: { "DEAL.key": sheet.dealKey ?? "" },
      tables: sheet.tables,
      ...(sheet.usedRange && { usedRange: sheet.usedRange }),
    }));
}

describe("the benchmark inserted through Office.js into a sheet the previous layout wrote", () => {
  it("updates its price and SLA tables where they are, in three syncs", async () => {
    const workbook = excelWith({ sheets: previousSheets() });
    const report = await createExcelWorkbookService().insertBenchmark(MODEL_PRICES);
    expect(workbook.syncs()).toBe(3);
    expect(report.sheets).toEqual([
      expect.objectContaining({ sheetName: "DEAL benchmark", created: false, editsKept: [] }),
    ]);
    const tableCalls = workbook.calls.filter((call) => /tables\.(add|getItem)/.test(call));
    expect(tableCalls.some((call) => call.includes("tables.add"))).toBe(false);
    expect(tableCalls.some((call) => call.includes("DEAL_Benchmark_SLA"))).toBe(true);
  });
});
