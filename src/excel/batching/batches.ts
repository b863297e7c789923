import { WorkbookRefusal } from "../../workbook/workbookRefusal";
import { BatchObjects } from "./batchObjects";
import { EXCEL_WEB_PAYLOAD_LIMIT, REQUEST_ENVELOPE_BYTES, SAFE_PAYLOAD_BYTES } from "./payloadSize";
import { SHEET_FETCH_BYTES, type SizedOperation } from "./sizedOperations";

/*
 * Sized operations packed, in their order, into as few syncs as the budget allows: each batch
 * takes as many units as fit, so an operation is split only where a sync is full. Order is kept
 * across syncs, and each sync runs whole before the next is sent, so whatever order the writer
 * chose (clears before tables grow, charts last…) holds as in one batch.
 */

/** A slice of an operation: units [from, to). */
export interface Slice {
  readonly operation: SizedOperation;
  readonly from: number;
  readonly to: number;
}

/** One sync's share of the work and its estimated request bytes. */
export interface Batch {
  readonly slices: readonly Slice[];
  readonly bytes: number;
}

const MB = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/**
 * The operations in batches of at most `budget` estimated bytes each.
 * @throws WorkbookRefusal when a single unit (one row, one call) is over the budget: Excel on the
 *   web could not take it in any request. Nothing has been written then.
 */
export function packBatches(
  operations: readonly SizedOperation[],
  budget: number = SAFE_PAYLOAD_BYTES
): Batch[] {
  const batches: Batch[] = [];
  let slices: Slice[] = [];
  let bytes = REQUEST_ENVELOPE_BYTES;
  let sheets = new Set<string>();
  const close = () => {
    if (slices.length > 0) batches.push({ slices, bytes });
    slices = [];
    bytes = REQUEST_ENVELOPE_BYTES;
    sheets = new Set();
  };
  for (const operation of operations) {
    const units = operation.unitBytes;
    let from = 0;
    while (from < units.length) {
      let to = from;
      const fetch =
        operation.sheet === undefined || sheets.has(operation.sheet) ? 0 : SHEET_FETCH_BYTES;
      let size = bytes + fetch + operation.fixedBytes;
      while (to < units.length && size + units[to] <= budget) size += units[to++];
      if (to === from) {
        if (slices.length > 0) {
          close();
          continue;
        }
        throw new WorkbookRefusal(
          `${operation.label} alone would take about ${MB(REQUEST_ENVELOPE_BYTES + SHEET_FETCH_BYTES + operation.fixedBytes + units[from])} in one request to Excel, more than DEAL sends at once (${MB(budget)}; Excel on the web refuses requests over ${MB(EXCEL_WEB_PAYLOAD_LIMIT)}). Nothing was changed.`
        );
      }
      slices.push({ operation, from, to });
      if (operation.sheet !== undefined) sheets.add(operation.sheet);
      bytes = size;
      from = to;
    }
  }
  close();
  return batches;
}

/** Queues one batch's slices on a fresh set of batch objects (nothing is synced here). */
export function queueBatch(context: Excel.RequestContext, batch: Batch): void {
  const objects = new BatchObjects(context);
  for (const { operation, from, to } of batch.slices) operation.apply(objects, from, to);
}

/** How far a run of batches got: syncs done of syncs planned. */
export interface BatchProgress {
  done: number;
  readonly total: number;
}

/**
 * Sends the batches one sync each, in order. `progress.done` counts the syncs that succeeded, so
 * a caller that catches a failure knows whether part was written.
 */
export async function syncBatches(
  context: Excel.RequestContext,
  batches: readonly Batch[],
  progress: BatchProgress = { done: 0, total: batches.length }
): Promise<void> {
  for (const batch of batches) {
    queueBatch(context, batch);
    // Each sync carries a batch filled to the payload budget, as Microsoft's guidance on the 5 MB
    // limit asks ("split the operation into smaller pieces"): the loop runs once per budget's
    // worth of writes, never once per item, and a default insert is one batch.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    progress.done++;
  }
}
