import { PLAYBOOK_SECTIONS } from "../content/playbook";
import type { NativeTwin } from "../sharing/nativeTwin";
import { NATIVE_TWINS } from "../sharing/twins";
import { buildBenchmarkSheet } from "../workbook/benchmarkSheet";
import { buildChecklistSheets } from "../workbook/checklistSheets";
import { reconcile } from "../workbook/reconcile";
import { ChecklistLayout, WorkbookService } from "../workbook/workbookService";
import { insertWithExcel } from "./excelWorkbookRun";
import { prepareWithExcel } from "./sharing/prepareWithExcel";

function checklistPlans(sectionCodes: readonly string[], layout: ChecklistLayout) {
  return buildChecklistSheets(
    PLAYBOOK_SECTIONS.filter((section) => sectionCodes.includes(section.code)),
    layout
  );
}

/**
 * The taskpane's WorkbookService on Office.js: each insert builds DEAL's sheet plans, reads the
 * workbook, merges (reconcile) and writes, in one Excel.run of three syncs. Prepare for sharing
 * reads, plans (src/sharing/prepare) and writes in one Excel.run of two to four syncs.
 * @param twins the native twins "native" defines; DEAL's own (src/sharing/twins) by default.
 */
export function createExcelWorkbookService(
  twins: readonly NativeTwin[] = NATIVE_TWINS
): WorkbookService {
  return {
    insertChecklists: (sectionCodes, layout) =>
      insertWithExcel(() => checklistPlans(sectionCodes, layout), reconcile),
    insertBenchmark: (catalog) => insertWithExcel(() => [buildBenchmarkSheet(catalog)], reconcile),
    insertEverything: (sectionCodes, layout, catalog) =>
      insertWithExcel(
        () => [...checklistPlans(sectionCodes, layout), buildBenchmarkSheet(catalog)],
        reconcile
      ),
    prepareForSharing: (action, scope) => prepareWithExcel(action, scope, twins),
  };
}
