/*
 * Pieces of the formulas DEAL writes. Only numbers and DEAL's own header names ever enter a
 * formula; text from data is always written as a cell value instead.
 */

/**
 * A number as formula text, e.g. 0.999 → "0.999". Throws a RangeError for NaN or an infinity,
 * which would otherwise turn into a name Excel cannot resolve.
 */
export function formulaNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`${n} cannot be written into a formula`);
  return String(n);
}

/**
 * A structured reference to this row's cell of a column: "Input" → "[@Input]",
 * "Cache hit" → "[@[Cache hit]]" (Excel wants the inner brackets around names with spaces).
 */
export function thisRow(header: string): string {
  return /^[A-Za-z0-9_]+$/.test(header) ? `[@${header}]` : `[@[${header}]]`;
}

/** A fraction as a percentage for labels: 0.999 → "99.9%", 1 → "100%", 0.001 → "0.1%". */
export function percentText(fraction: number): string {
  // toPrecision strips the binary noise of ×100 (0.035 * 100 = 3.5000000000000004).
  return `${Number((fraction * 100).toPrecision(12))}%`;
}
