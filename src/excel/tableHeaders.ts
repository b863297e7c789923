/*
 * Reconcile matches table headers trimmed and ignoring case; Excel's table column lookup wants a
 * header as the table spells it. These helpers bridge the two.
 */

/** Whether two headers name the same column, as reconcile compares them. */
export function sameHeader(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The table's own spelling of a planned header, if the table has that column. */
export function findHeader(headers: readonly string[], header: string): string | undefined {
  return headers.find((candidate) => sameHeader(candidate, header));
}

/** A lookup from planned header to the table's spelling (the planned header when not found). */
export function headerSpelling(headers: readonly string[]): (header: string) => string {
  return (header) => findHeader(headers, header) ?? header;
}
