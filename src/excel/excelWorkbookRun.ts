import type { WorkbookEdit } from "../workbook/edit";
import type { InsertReport } from "../workbook/insertReport";
import type { SheetPlan } from "../workbook/plan";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { editOperations } from "./applyEdit";
import { packBatches, syncBatches, type BatchProgress } from "./batching/batches";
import { requireWritableSize } from "./batching/writeLimits";
import { OfficePhase, refusalForOfficeError } from "./officeErrors";
import { readWorkbook } from "./readSnapshot";

/** The pure merge of plans into a workbook (src/workbook/reconcile.ts in the add-in). */
export type Reconcile = (snapshot: WorkbookSnapshot, plans: readonly SheetPlan[]) => WorkbookEdit;

/**
 * DEAL's sheet plans for an insert. They get the snapshot just read, for plans that depend on
 * the workbook (a new model sheet takes the next free model key), at no extra sync.
 */
export type Plans = (snapshot: WorkbookSnapshot) => SheetPlan[];

/**
 * One insert in one Excel.run: two syncs to read the workbook, then the edit in as few syncs as
 * Excel on the web's payload limit allows (one for every default insert: three syncs in all).
 * Refusals thrown by `plans`, `reconcile` or the size checks come before anything is queued, so a
 * refused insert writes nothing; Office errors become WorkbookRefusals that say what to do,
 * including how much of a split write was done.
 */
export async function insertWithExcel(plans: Plans, reconcile: Reconcile): Promise<InsertReport> {
  let phase: OfficePhase = "read";
  let progress: BatchProgress | undefined;
  try {
    return await Excel.run(async (context) => {
      const read = await readWorkbook(context);
      const edit = reconcile(read.snapshot, plans(read.snapshot));
      const batches = packBatches(editOperations(edit, read));
      requireWritableSize(batches);
      phase = "write";
      progress = { done: 0, total: batches.length };
      await syncBatches(context, batches, progress);
      return edit.report;
    });
  } catch (error) {
    throw refusalForOfficeError(error, phase, undefined, progress);
  }
}
