import { PLAYBOOK_SECTIONS } from "../content/playbook";
import type { ModelSettings, Offer } from "../dealModel";
import type { NativeTwin } from "../sharing/nativeTwin";
import { NATIVE_TWINS } from "../sharing/twins";
import { buildBenchmarkSheet } from "../workbook/benchmarkSheet";
import { buildChecklistSheets, type ChecklistLayout } from "../workbook/checklistSheets";
import { buildModelSheet, nextModelNaming } from "../workbook/model";
import type { SheetPlan } from "../workbook/plan";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { reconcile } from "../workbook/reconcile";
import type { WorkbookService } from "./workbookService";
import { requireBenchmarkSize } from "./benchmarkLimit";
import { insertWithExcel } from "./excelWorkbookRun";
import { requireModelOffers } from "./modelOffers";
import { readSelectedUsage } from "./readSelectedUsage";
import { prepareWithExcel } from "./sharing/prepareWithExcel";

function checklistPlans(sectionCodes: readonly string[], layout: ChecklistLayout) {
  return buildChecklistSheets(
    PLAYBOOK_SECTIONS.filter((section) => sectionCodes.includes(section.code)),
    layout
  );
}

/** A new model sheet, under the next model key the workbook does not use yet. */
function modelPlans(
  offers: readonly Offer[],
  settings: ModelSettings,
  snapshot: WorkbookSnapshot
): SheetPlan[] {
  return [buildModelSheet(offers, settings, nextModelNaming(snapshot)).plan];
}

/**
 * The taskpane's WorkbookService on Office.js: each insert reads the workbook, builds DEAL's sheet
 * plans, merges them (reconcile) and writes, in one Excel.run of three syncs when the write fits
 * one request (batching/ splits larger ones); a model's offers and a benchmark's number of models
 * are checked before Excel is touched. Prepare for sharing reads, plans (src/sharing/prepare) and
 * writes in one Excel.run of two to five syncs. Reading a usage forecast from the selection takes
 * one or two syncs and writes nothing.
 * @param twins the native twins "native" defines; DEAL's own (src/sharing/twins) by default.
 */
export function createExcelWorkbookService(
  twins: readonly NativeTwin[] = NATIVE_TWINS
): WorkbookService {
  return {
    insertChecklists: (sectionCodes, layout) =>
      insertWithExcel(() => checklistPlans(sectionCodes, layout), reconcile),
    insertBenchmark: async (catalog) => {
      requireBenchmarkSize(catalog);
      return insertWithExcel((workbook) => [buildBenchmarkSheet(catalog, { workbook })], reconcile);
    },
    insertEverything: async (sectionCodes, layout, catalog) => {
      requireBenchmarkSize(catalog);
      return insertWithExcel(
        (workbook) => [
          ...checklistPlans(sectionCodes, layout),
          buildBenchmarkSheet(catalog, { workbook }),
        ],
        reconcile
      );
    },
    insertModel: async (offers, settings) => {
      requireModelOffers(offers, settings);
      return insertWithExcel((snapshot) => modelPlans(offers, settings, snapshot), reconcile);
    },
    readSelectedUsage,
    prepareForSharing: (action, scope) => prepareWithExcel(action, scope, twins),
  };
}
