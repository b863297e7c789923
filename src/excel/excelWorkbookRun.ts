import type { WorkbookEdit } from "../workbook/edit";
import type { InsertReport } from "../workbook/insertReport";
import type { SheetPlan } from "../workbook/plan";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { applyWorkbookEdit } from "./applyEdit";
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
 * One insert in one Excel.run of exactly three syncs: two to read the workbook, one to write the
 * whole edit. Refusals thrown by `plans` or `reconcile` come before anything is queued, so a
 * refused insert writes nothing; Office errors become WorkbookRefusals that say what to do.
 */
export async function insertWithExcel(plans: Plans, reconcile: Reconcile): Promise<InsertReport> {
  let phase: OfficePhase = "read";
  try {
    return await Excel.run(async (context) => {
      const read = await readWorkbook(context);
      const edit = reconcile(read.snapshot, plans(read.snapshot));
      phase = "write";
      applyWorkbookEdit(context, edit, read);
      await context.sync();
      return edit.report;
    });
  } catch (error) {
    throw refusalForOfficeError(error, phase);
  }
}
