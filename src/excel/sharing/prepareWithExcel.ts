import type { NativeTwin } from "../../sharing/nativeTwin";
import {
  FormulaResult,
  planNative,
  planRepair,
  planRestore,
  planValues,
  ScopeRead,
  SharingAction,
  SharingPlan,
  SharingReport,
  SharingScope,
  valuesCandidates,
} from "../../sharing/prepare";
import { applySharingSteps } from "./applySharing";
import {
  CellsRead,
  queueFirstRead,
  queueResults,
  queueStore,
  queueWorkbookCells,
  resultsOf,
  scopeReadOf,
} from "./readScope";
import { OfficePhase } from "../officeErrors";
import { sharingRefusalFor } from "./sharingErrors";

/*
 * One "Prepare for sharing" action in one Excel.run. Syncs:
 *
 *   action    selection / sheet          workbook
 *   native    2  read, write             3  sheets, cells, write
 *   repair    2  read, write             3  sheets, cells, write
 *   restore   3  read, store, write      3  sheets, cells + store, write
 *   values    3  read, results + store,  4  sheets, cells + store, results, write
 *                write
 *
 * One sync fewer when there is nothing to read in a step (no store, no DEAL formula), and no
 * write sync at all when the plan has no steps: a workbook without DEAL formulas is not touched.
 * "values" on the whole workbook needs the fourth: which cells spill can only be asked once the
 * formulas are known, and the formulas only once the list of sheets is.
 */

function plan(
  action: SharingAction,
  read: ScopeRead,
  results: readonly FormulaResult[],
  twins: readonly NativeTwin[]
): SharingPlan {
  switch (action) {
    case "native":
      return planNative(read, twins);
    case "repair":
      return planRepair(read, twins);
    case "restore":
      return planRestore(read, twins);
    case "values":
      return planValues(read, results);
  }
}

/** Reads, plans and applies one action; Office errors become refusals that say what to do. */
export async function prepareWithExcel(
  action: SharingAction,
  scope: SharingScope,
  twins: readonly NativeTwin[]
): Promise<SharingReport> {
  let phase: OfficePhase = "read";
  try {
    return await Excel.run(async (context) => {
      const first = queueFirstRead(context, action, scope);
      await context.sync();

      const needsStore = action === "values" || action === "restore";
      let cells: CellsRead | undefined;
      let store: ReturnType<typeof queueStore>;
      if (scope === "workbook") {
        cells = queueWorkbookCells(first);
        store = needsStore ? queueStore(first) : undefined;
        await context.sync();
      }
      let read = scopeReadOf(first, cells, store);

      let results: FormulaResult[] = [];
      if (action === "values") {
        const candidates = valuesCandidates(read, twins);
        if (candidates.length > 0) {
          const pending = queueResults(first, candidates);
          if (scope !== "workbook") store = queueStore(first);
          await context.sync();
          results = resultsOf(pending);
          read = scopeReadOf(first, cells, store);
        }
      } else if (action === "restore" && scope !== "workbook") {
        store = queueStore(first);
        if (store !== undefined) {
          await context.sync();
          read = scopeReadOf(first, cells, store);
        }
      }

      const planned = plan(action, read, results, twins);
      if (planned.steps.length === 0) return planned.report;
      phase = "write";
      applySharingSteps(context, planned.steps);
      await context.sync();
      return planned.report;
    });
  } catch (error) {
    throw sharingRefusalFor(error, phase, action);
  }
}
