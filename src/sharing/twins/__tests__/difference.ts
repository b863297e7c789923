/*
 * The twins compute in floating point; DEAL computes exactly and rounds once. The tests hold the
 * twins to a relative difference and keep the largest one seen, for the record.
 */

/** The tolerance the twins are held to. */
export const RELATIVE_TOLERANCE = 1e-12;

/** |twin − deal| / |deal|, 0 when equal (including both 0). */
export function relativeDifference(twin: number, deal: number): number {
  if (twin === deal) return 0;
  return Math.abs(twin - deal) / Math.max(Math.abs(deal), Number.MIN_VALUE);
}

/** The largest relative difference seen per label, printed once at the end of a test file. */
export class DifferenceLog {
  private readonly largest = new Map<string, { difference: number; seen: number; count: number }>();

  /** Records a comparison and returns its relative difference. */
  record(label: string, twin: number, deal: number): number {
    return this.recordDifference(label, relativeDifference(twin, deal), deal);
  }

  /** Records a relative difference computed elsewhere (by LibreOffice). */
  recordDifference(label: string, difference: number, deal: number): number {
    const entry = this.largest.get(label) ?? { difference: 0, seen: deal, count: 0 };
    entry.count++;
    if (difference > entry.difference) Object.assign(entry, { difference, seen: deal });
    this.largest.set(label, entry);
    return difference;
  }

  summary(): string {
    return [...this.largest]
      .map(
        ([label, e]) =>
          `${label}: largest relative difference ${e.difference.toExponential(2)} (at ${e.seen}) over ${e.count} calls`
      )
      .join("\n");
  }
}
