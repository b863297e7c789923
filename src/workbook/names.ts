/*
 * Free names for the sheets and tables DEAL adds. A name already used by something that is not
 * DEAL's is never taken over: DEAL picks the next free variant. Excel compares names ignoring case.
 */

const SHEET_NAME_MAX = 31;

function isTaken(name: string, taken: ReadonlySet<string>): boolean {
  return taken.has(name.toLowerCase());
}

/** The names in use, lower-cased for Excel's case-insensitive comparison. */
export function takenNames(names: Iterable<string>): Set<string> {
  return new Set(Array.from(names, (name) => name.toLowerCase()));
}

/** `preferred`, or "preferred (2)", "(3)" … shortened to Excel's 31 characters, whichever is free. */
export function freeSheetName(preferred: string, taken: ReadonlySet<string>): string {
  if (!isTaken(preferred, taken)) return preferred;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = preferred.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
    if (!isTaken(candidate, taken)) return candidate;
  }
}

/** `preferred`, or "preferred_2", "_3" …, whichever no table or defined name has. */
export function freeTableName(preferred: string, taken: ReadonlySet<string>): string {
  if (!isTaken(preferred, taken)) return preferred;
  for (let n = 2; ; n++) {
    const candidate = `${preferred}_${n}`;
    if (!isTaken(candidate, taken)) return candidate;
  }
}

/**
 * The name DEAL gives a chart, e.g. "DEAL_benchmark-cost": the same in the taskpane and in files,
 * so the next insert finds and replaces DEAL's own chart.
 */
export function chartName(key: string): string {
  return `DEAL_${key}`;
}
