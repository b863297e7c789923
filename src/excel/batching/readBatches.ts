import { SAFE_PAYLOAD_BYTES } from "./payloadSize";

/*
 * Reads sized like writes (batches.ts): each read knows the request its loads make and the
 * response it expects, and reads are packed, in order, into as few syncs as keep both under the
 * budget. What a read brings back is kept by the read itself (its loaded proxies), for the
 * caller to take once every sync is done.
 */

export interface SizedRead {
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** Queues the read's loads on the context (nothing is synced here). */
  readonly queue: (context: Excel.RequestContext) => void;
}

/** The reads in groups whose requests and responses each stay under `budget`. */
export function packReads(
  reads: readonly SizedRead[],
  budget: number = SAFE_PAYLOAD_BYTES
): SizedRead[][] {
  const groups: SizedRead[][] = [];
  let group: SizedRead[] = [];
  let request = 0;
  let response = 0;
  for (const read of reads) {
    const fits = request + read.requestBytes <= budget && response + read.responseBytes <= budget;
    if (!fits && group.length > 0) {
      groups.push(group);
      group = [];
      request = 0;
      response = 0;
    }
    group.push(read);
    request += read.requestBytes;
    response += read.responseBytes;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** Queues and syncs the reads, one sync per group; no sync when there is nothing to read. */
export async function syncReads(
  context: Excel.RequestContext,
  reads: readonly SizedRead[],
  budget?: number
): Promise<void> {
  for (const group of packReads(reads, budget)) {
    for (const read of group) read.queue(context);
    // As for writes (batches.ts): a sync per budget's worth of reads, never one per item.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}
