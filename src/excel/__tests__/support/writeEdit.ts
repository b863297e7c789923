import type { WorkbookEdit } from "../../../workbook/edit";
import { editOperations } from "../../applyEdit";
import { packBatches, syncBatches, type Batch } from "../../batching/batches";
import type { WorkbookRead } from "../../readSnapshot";

/** Writes an edit as insertWithExcel does: packed into batches, one sync each. */
export async function writeEdit(
  context: Excel.RequestContext,
  edit: WorkbookEdit,
  read: WorkbookRead,
  budget?: number
): Promise<Batch[]> {
  const batches = packBatches(editOperations(edit, read), budget);
  await syncBatches(context, batches);
  return batches;
}
