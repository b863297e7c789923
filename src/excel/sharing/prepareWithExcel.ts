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
import { packBatches, syncBatches, type BatchProgress } from "../batching/batches";
import { syncReads, type SizedRead } from "../batching/readBatches";
import { meterRequest } from "../batching/requestMeter";
import { requireWritableSize } from "../batching/writeLimits";
import { sharingOperations } from "./applySharing";
import {
  cellsOf,
  queueFirstRead,
  queueStoreSize,
  queueWorkbookSizes,
  readsOf,
  resultReads,
  resultsOf,
  scopeReadOf,
  SheetCells,
  SheetSize,
  storeCellsOf,
  storeSheetOf,
} from "./readScope";
import { OfficePhase } from "../officeErrors";
import { sharingRefusalFor } from "./sharingErrors";

/*
 * One "Prepare for sharing" action in one Excel.run. Cells are read once their used range's size
 * is known, in slices sized for Excel on the web's payload limit, and the change is written in as
 * few syncs as that limit allows (batching/). Syncs when everything fits one request:
 *
 *   action    selection / sheet                      workbook
 *   native    3  sizes, cells, write                 4  sheets, sizes, cells, write
 *   repair    3  sizes, cells, write                 4  sheets, sizes, cells, write
 *   restore   4  sizes, cells + store size, store,   4  sheets, sizes, cells + store, write
 *                write
 *   values    4  sizes, cells + store size,          5  sheets, sizes, cells + store, results,
 *                results + store, write                 write
 *
 * One sync fewer when there is nothing to read in a step (no store, no DEAL formula), and no
 * write sync at all when the plan has no steps: a workbook without DEAL formulas is not touched.
 * "values" needs the results step: which cells spill can only be asked once the formulas are
 * known.
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

/** Value types by sheet id, read with the cells (for "values"). */
const typesOf = (cells: readonly SheetCells[]) =>
  new Map(cells.map((each) => [each.sheet.id, each.read?.grid() ?? {}]));

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
      const first = queueFirstRead(context, action, scope);
      await context.sync();

      const needsStore = action === "values" || action === "restore";
      let storeSize: SheetSize | undefined;
      let sizes: SheetSize[];
      const sizeReads: SizedRead[] = [];
      if (scope === "workbook") {
        sizes = queueWorkbookSizes(first);
        storeSize = needsStore ? queueStoreSize(first) : undefined;
        await context.sync();
      } else {
        sizes = first.active === undefined ? [] : [first.active];
        // The store's size goes with the active sheet's cells.
        if (needsStore && storeSheetOf(first) !== undefined) {
          sizeReads.push({
            requestBytes: meterRequest<Excel.RequestContext>((c) => c.workbook.worksheets),
            responseBytes: 200,
            queue: () => {
              storeSize = queueStoreSize(first);
            },
          });
        }
      }

      const cells = cellsOf(sizes);
      let store = scope === "workbook" ? storeCellsOf(storeSize) : undefined;
      await syncReads(context, [...sizeReads, ...readsOf(cells), ...readsOf([store])]);
      let read = scopeReadOf(first, cells, store);

      let results: FormulaResult[] = [];
      if (action === "values") {
        const candidates = valuesCandidates(read, twins);
        if (candidates.length > 0) {
          const pending = resultReads(first, candidates);
          if (scope !== "workbook") store = storeCellsOf(storeSize);
          await syncReads(context, [...pending.reads, ...readsOf([store])]);
          results = resultsOf(pending.results, read, typesOf(cells));
          read = scopeReadOf(first, cells, store);
        }
      } else if (action === "restore" && scope !== "workbook") {
        store = storeCellsOf(storeSize);
        if (store !== undefined) {
          await syncReads(context, readsOf([store]));
          read = scopeReadOf(first, cells, store);
        }
      }

      const planned = plan(action, read, results, twins);
      if (planned.steps.length === 0) return planned.report;
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
