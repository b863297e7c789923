import type { WorkbookEdit } from "../workbook/edit";
import type { InsertReport } from "../workbook/insertReport";
import type { SheetPlan } from "../workbook/plan";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { editOperations } from "./applyEdit";
import { packBatches, syncBatches, type BatchProgress } from "./batching/batches";
import { requireWritableSize } from "./batching/writeLimits";
import { OfficePhase, refusalForOfficeError } from "./officeErrors";
import { readWorkbook, type Plans } from "./readSnapshot";

/** The pure merge of plans into a workbook (src/workbook/reconcile.ts in the add-in). */
export type Reconcile = (snapshot: WorkbookSnapshot, plans: readonly SheetPlan[]) => WorkbookEdit;

export type { Plans };

/**
 * One insert in one Excel.run: two syncs to read the workbook (plans made from the first tell
 * which sheets the second reads: only those they merge with), then the edit in as few syncs as Excel on
 * the web's payload limit allows (one for every default insert: three syncs in all; a workbook
 * holding a very large DEAL sheet takes more to read it, readSnapshot.ts).
 * Refusals thrown by `plans`, `reconcile` or the size checks come before anything is queued, so a
 * refused insert writes nothing; Office errors become WorkbookRefusals that say what to do,
 * including how much of a split write was done.
 */
export async function insertWithExcel(plans: Plans, reconcile: Reconcile): Promise<InsertReport> {
  let phase: OfficePhase = "read";
  let progress: BatchProgress | undefined;
  try {
    return await Excel.run(async (context) => {
      const read = await readWorkbook(context, plans);
      const edit = reconcile(read.snapshot, read.plans);
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
