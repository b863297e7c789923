import type { NativeTwin } from "../../sharing/nativeTwin";
import {
  DealFormulaCell,
  FormulaResult,
  ledgerCandidates,
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
import { packBatches, syncBatches, type BatchProgress } from "../batching/batches";
import { syncReads } from "../batching/readBatches";
import { requireWritableSize } from "../batching/writeLimits";
import { sharingOperations } from "./applySharing";
import { LaterReads, readFirst, readLater, scopeReadOf, storeSheetOf } from "./readScope";
import { resultReads } from "./readResults";
import { OfficePhase } from "../officeErrors";
import { sharingRefusalFor } from "./sharingErrors";

/*
 * One "Prepare for sharing" action in one Excel.run. Syncs, when the change fits one request
 * (a larger change is written in as many as Excel on the web's payload limit needs, batching/):
 *
 *   action    selection / sheet                workbook
 *   native    2  read, write                   3  sheets, cells + store, write
 *             3  with DEAL.ROLLOVER: read,     4  with DEAL.ROLLOVER: sheets, cells + store,
 *                spills + store + draw-downs,     spills, write
 *                write
 *   repair    2  read, write                   3  sheets, cells, write
 *   restore   3  read, store + draw-downs,     3  sheets, cells + store, write
 *                write
 *   values    3  read, results + store,        4  sheets, cells + store, results, write
 *                write
 *
 * One sync fewer when there is nothing to read in a step (no store, no DEAL formula), and no
 * write sync at all when the plan has no steps: a workbook without DEAL formulas is not touched.
 * "values" on the whole workbook needs the fourth: which cells spill can only be asked once the
 * formulas are known, and the formulas only once the list of sheets is. "native" needs that
 * sync only for a DEAL.ROLLOVER alone in its cell: how many periods its ledger has is how many
 * rows it spills.
 */

function plan(
  action: SharingAction,
  read: ScopeRead,
  results: readonly FormulaResult[],
  twins: readonly NativeTwin[]
): SharingPlan {
  switch (action) {
    case "native":
      return planNative(read, twins, results);
    case "repair":
      return planRepair(read, twins);
    case "restore":
      return planRestore(read, twins);
    case "values":
      return planValues(read, results);
  }
}

/** The formulas whose results (values and spills) the action needs before it plans. */
function resultsWanted(
  action: SharingAction,
  read: ScopeRead,
  twins: readonly NativeTwin[]
): DealFormulaCell[] {
  if (action === "values") return valuesCandidates(read, twins);
  if (action === "native") return ledgerCandidates(read, twins);
  return [];
}

/** Reads, plans and applies one action; Office errors become refusals that say what to do. */
export async function prepareWithExcel(
  action: SharingAction,
  scope: SharingScope,
  twins: readonly NativeTwin[]
): Promise<SharingReport> {
  let phase: OfficePhase = "read";
  let progress: BatchProgress | undefined;
  try {
    return await Excel.run(async (context) => {
      const first = await readFirst(context, action, scope);
      const needsStore = action !== "repair";
      const needsDrawDowns = action === "native" || action === "restore";
      const workbook = scope === "workbook";
      // For the whole workbook, every sheet's cells (the sheet of draw-downs among them) and the
      // store come in the sync after the list of sheets.
      let reads: LaterReads = workbook
        ? await readLater(context, first, { everySheet: true, store: needsStore })
        : {};
      let read = scopeReadOf(first, reads);
      // The active sheet's store and sheet of draw-downs, with the step that needs them.
      const sheetWanted = { store: !workbook, drawDowns: !workbook && needsDrawDowns };

      let results: FormulaResult[] = [];
      const wanted = resultsWanted(action, read, twins);
      if (wanted.length > 0) {
        const pending = resultReads(first, wanted);
        if (workbook) await syncReads(context, pending.reads);
        else reads = await readLater(context, first, sheetWanted, pending.reads);
        results = pending.results();
        read = scopeReadOf(first, reads);
      } else if (action === "restore" && !workbook && storeSheetOf(first) !== undefined) {
        reads = await readLater(context, first, sheetWanted);
        read = scopeReadOf(first, reads);
      }

      const planned = plan(action, read, results, twins);
      if (planned.steps.length === 0) return planned.report;
      // Written in as few syncs as Excel on the web's payload limit allows (batching/).
      const batches = packBatches(sharingOperations(planned.steps));
      requireWritableSize(batches);
      phase = "write";
      progress = { done: 0, total: batches.length };
      await syncBatches(context, batches, progress);
      return planned.report;
    });
  } catch (error) {
    throw sharingRefusalFor(error, phase, action, progress);
  }
}
