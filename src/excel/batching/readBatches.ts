import { REQUEST_ENVELOPE_BYTES, REUSED_OBJECT_BYTES, SAFE_PAYLOAD_BYTES } from "./payloadSize";

/*
 * Reads sized like writes (batches.ts): each read knows the request its loads make and the
 * response it expects, and reads are packed, in order, into as few syncs as keep both under the
 * budget. What a read brings back is kept by the read itself (its loaded proxies), for the
 * caller to take once every sync is done.
 */

export interface SizedRead {
  /** The object an earlier sync gave that it reads from (a sheet), if any: sent again once per request. */
  readonly from?: object;
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** Queues the read's loads on the context (nothing is synced here). */
  readonly queue: (context: Excel.RequestContext) => void;
}

/** A group's estimated request: its reads, each reused object once, and the envelope. */
export function groupRequestBytes(group: readonly SizedRead[]): number {
  const reused = new Set(group.flatMap((read) => (read.from === undefined ? [] : [read.from])));
  return (
    REQUEST_ENVELOPE_BYTES +
    reused.size * REUSED_OBJECT_BYTES +
    group.reduce((sum, read) => sum + read.requestBytes, 0)
  );
}

/** A group's estimated response. */
export const groupResponseBytes = (group: readonly SizedRead[]): number =>
  REQUEST_ENVELOPE_BYTES + group.reduce((sum, read) => sum + read.responseBytes, 0);

/**
 * The reads in groups whose requests and responses each stay under `budget` (a read larger than
 * the budget alone goes alone: readCells sizes its slices to fit).
 */
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
