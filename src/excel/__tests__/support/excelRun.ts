import { MockWorkbook, mockWorkbook, WorkbookSetup } from "./mockWorkbook";

/**
 * Installs a global Excel whose run() hands the batch this mock workbook's context, and counts
 * its syncs. Tests remove the global in afterEach.
 */
export function excelWith(setup: WorkbookSetup): MockWorkbook & { syncs: () => number } {
  const workbook = mockWorkbook(setup);
  const sync = jest.spyOn(workbook.mock, "sync");
  (globalThis as { Excel?: unknown }).Excel = {
    run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => batch(workbook.context),
  };
  return { ...workbook, syncs: () => sync.mock.calls.length };
}
