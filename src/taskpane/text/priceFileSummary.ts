import type { SkippedEntry } from "../../content/catalog";
import { count } from "./count";

/** "14 price unknown, 21 not a text model": the skipped entries counted by reason, most first. */
export function skippedByReason(skipped: readonly SkippedEntry[]): string {
  const counts = new Map<string, number>();
  for (const entry of skipped) counts.set(entry.reason, (counts.get(entry.reason) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([reason, n]) => `${n} ${reason}`)
    .join(", ");
}

/**
 * "prices.json: 466 entries, 416 models read, 50 skipped (14 price unknown, …)": what a price file
 * yielded, every entry accounted for.
 */
export function readSummary(
  fileName: string,
  read: number,
  skipped: readonly SkippedEntry[]
): string {
  const reasons = skipped.length === 0 ? "" : ` (${skippedByReason(skipped)})`;
  const entries = read + skipped.length;
  return (
    `${fileName}: ${entries} ${entries === 1 ? "entry" : "entries"}, ` +
    `${count(read, "model")} read, ${skipped.length} skipped${reasons}`
  );
}
