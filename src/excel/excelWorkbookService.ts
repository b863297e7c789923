import { PLAYBOOK_SECTIONS } from "../content/playbook";
import { buildBenchmarkSheet } from "../workbook/benchmarkSheet";
import { buildChecklistSheets } from "../workbook/checklistSheets";
import { reconcile } from "../workbook/reconcile";
import { ChecklistLayout, WorkbookService } from "../workbook/workbookService";
import { insertWithExcel } from "./excelWorkbookRun";

function checklistPlans(sectionCodes: readonly string[], layout: ChecklistLayout) {
  return buildChecklistSheets(
    PLAYBOOK_SECTIONS.filter((section) => sectionCodes.includes(section.code)),
    layout
  );
}

/**
 * The taskpane's WorkbookService on Office.js: each insert builds DEAL's sheet plans, reads the
 * workbook, merges (reconcile) and writes, in one Excel.run of three syncs.
 */
export function createExcelWorkbookService(): WorkbookService {
  return {
    insertChecklists: (sectionCodes, layout) =>
      insertWithExcel(() => checklistPlans(sectionCodes, layout), reconcile),
    insertBenchmark: (catalog) => insertWithExcel(() => [buildBenchmarkSheet(catalog)], reconcile),
    insertEverything: (sectionCodes, layout, catalog) =>
      insertWithExcel(
        () => [...checklistPlans(sectionCodes, layout), buildBenchmarkSheet(catalog)],
        reconcile
      ),
  };
}
