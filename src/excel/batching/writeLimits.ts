import { WorkbookRefusal } from "../../workbook/workbookRefusal";
import type { Batch } from "./batches";
import { SAFE_PAYLOAD_BYTES } from "./payloadSize";

/*
 * The largest write DEAL starts. Any write can be split into requests Excel on the web accepts,
 * but past a point the syncs add up to minutes of a frozen workbook and a sheet nobody can use.
 * The limit comes from measurement (README, "Round trips"): the largest deal model the form
 * accepts (4 offers × 600 months, about 17.5 MB) takes 9 syncs, and the limit leaves more than
 * twice that.
 */

/** The most syncs one write may take: 20 × 2 MB, about 40 MB of requests. */
export const MAX_WRITE_SYNCS = 20;

const MB = (bytes: number) => `${Math.round(bytes / 1_000_000)} MB`;

/**
 * Returns when the write fits MAX_WRITE_SYNCS syncs.
 * @throws WorkbookRefusal saying how large the write is and what the limit is; nothing is written.
 */
export function requireWritableSize(batches: readonly Batch[]): void {
  if (batches.length <= MAX_WRITE_SYNCS) return;
  const bytes = batches.reduce((sum, batch) => sum + batch.bytes, 0);
  throw new WorkbookRefusal(
    `This would send Excel about ${MB(bytes)} in ${batches.length} requests; DEAL writes at most ${MAX_WRITE_SYNCS} requests of ${MB(SAFE_PAYLOAD_BYTES)} (${MB(MAX_WRITE_SYNCS * SAFE_PAYLOAD_BYTES)}) at once. Write less at once (fewer models from the price file, fewer offers or months, a smaller scope) and try again. Nothing was changed.`
  );
}
