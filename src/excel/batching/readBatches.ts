import { REQUEST_ENVELOPE_BYTES, SAFE_PAYLOAD_BYTES } from "./payloadSize";

/*
 * Reads sized like writes (batches.ts), on two counts: the request their loads make and the
 * response they expect (responseSize.ts). Reads are packed, in order, into as few syncs as keep
 * both under the budget; a read of many rows is split between syncs where one fills up. What a
 * read brings back stays with the objects it loaded, for its owner to take once synced.
 */

export interface SizedRead {
  /** The request bytes of one piece of it: its objects, calls and load. */
  readonly requestBytes: number;
  /** The response bytes of one piece beyond its rows (its object, the whole of a read without rows). */
  readonly responseBytes: number;
  /** Rows it may be split into, each of `rowBytes`; absent for a read that goes whole. */
  readonly rows?: number;
  readonly rowBytes?: number;
  /** Queues rows [from, to) (the whole read when it has no rows) on the sync's context. */
  readonly queue: (from: number, to: number) => void;
}

/** One sync's reads and their estimates. */
export interface ReadGroup {
  readonly pieces: readonly {
    readonly read: SizedRead;
    readonly from: number;
    readonly to: number;
  }[];
  readonly requestBytes: number;
  readonly responseBytes: number;
}

/**
 * The reads in groups whose request and response each stay within `budget`. A single row (or a
 * whole read) larger than the budget goes alone: the readers keep those far below it.
 */
export function packReads(
  reads: readonly SizedRead[],
  budget: number = SAFE_PAYLOAD_BYTES
): ReadGroup[] {
  const groups: ReadGroup[] = [];
  let pieces: ReadGroup["pieces"][number][] = [];
  let request = REQUEST_ENVELOPE_BYTES;
  let response = 0;
  const close = () => {
    if (pieces.length > 0) groups.push({ pieces, requestBytes: request, responseBytes: response });
    pieces = [];
    request = REQUEST_ENVELOPE_BYTES;
    response = 0;
  };
  for (const read of reads) {
    const rows = read.rows ?? 1;
    const rowBytes = read.rows === undefined ? 0 : (read.rowBytes ?? 0);
    let from = 0;
    while (from < rows) {
      const requestLeft = budget - request - read.requestBytes;
      const responseLeft = budget - response - read.responseBytes;
      let fit =
        requestLeft < 0 || responseLeft < 0
          ? 0
          : rowBytes === 0
            ? rows - from
            : Math.min(rows - from, Math.floor(responseLeft / rowBytes));
      if (fit === 0 && pieces.length > 0) {
        close();
        continue;
      }
      fit = Math.max(fit, 1);
      pieces.push({ read, from, to: from + fit });
      request += read.requestBytes;
      response += read.responseBytes + fit * rowBytes;
      from += fit;
    }
  }
  close();
  return groups;
}

/** The response bytes a read's rows and pieces add up to, whole. */
const wholeResponse = (read: SizedRead) =>
  read.responseBytes + (read.rows ?? 0) * (read.rowBytes ?? 0);

/**
 * The response bytes each of `count` windows of unknown sheets (cellReads.ts) may take in a sync
 * that also carries `fixed` reads: what `fixed` leave of the budget, and at least half of it
 * (fixed reads that do not fit go to the next sync).
 */
export function windowShare(
  fixed: readonly SizedRead[],
  count: number,
  budget: number = SAFE_PAYLOAD_BYTES
): number {
  const taken = fixed.reduce((sum, read) => sum + wholeResponse(read), 0);
  return Math.floor(Math.max(budget / 2, budget - taken) / Math.max(1, count));
}

/**
 * Queues and syncs the reads, one sync per group, and returns the groups with their estimates;
 * no sync when there is nothing to read.
 */
export async function syncReads(
  context: Excel.RequestContext,
  reads: readonly SizedRead[],
  budget?: number
): Promise<ReadGroup[]> {
  const groups = packReads(reads, budget);
  for (const group of groups) {
    for (const { read, from, to } of group.pieces) read.queue(from, to);
    // As for writes (batches.ts): a sync per budget's worth of reads, never one per item.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return groups;
}
