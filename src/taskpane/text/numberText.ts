import { dec } from "../../pricing/decimal";

/**
 * How a form field shows a stored number: as it is (money, tokens, months), or as a percentage of
 * a stored fraction (20 for 0.2), which is how people read shares, discounts and uptimes.
 */
export type NumberScale = "plain" | "percent";

/**
 * The text a field shows for a stored number; empty for none (null) or for a number the user has
 * not finished (NaN). Percentages go through exact decimals, so 0.07 shows as 7, not as
 * 7.000000000000001.
 */
export function formatNumber(value: number | null, scale: NumberScale): string {
  if (value === null || Number.isNaN(value)) return "";
  if (scale === "plain" || !Number.isFinite(value)) return String(value);
  return dec(value).times(100).toString();
}

/**
 * The number a field's text stands for: null when empty, NaN when it is not a number (so that
 * offerProblems names the field), and a fraction for a percentage, exactly (7 → 0.07).
 */
export function parseNumber(text: string, scale: NumberScale): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const value = Number(trimmed);
  if (scale === "plain" || !Number.isFinite(value)) return value;
  return dec(value).div(100).toNumber();
}

/** Whether a field's text already stands for the stored number ("7." and "7" both do for 0.07). */
export function sameNumber(a: number | null, b: number | null): boolean {
  // None and not-a-number both show as the text the user typed, so they count as the same.
  return Object.is(a ?? NaN, b ?? NaN);
}

/** A list of numbers as a field shows it: "0, 20, 40" (percentages for fractions). */
export function formatNumberList(values: readonly number[], scale: NumberScale): string {
  return values.map((value) => formatNumber(value, scale)).join(", ");
}

/**
 * The numbers a list field's text stands for, separated by commas, semicolons or spaces; an entry
 * that is not a number is NaN, so that the settings' problems name it. Empty text is no numbers.
 */
export function parseNumberList(text: string, scale: NumberScale): number[] {
  const entries = text.split(/[\s,;]+/).filter((entry) => entry !== "");
  return entries.map((entry) => parseNumber(entry, scale) ?? NaN);
}

/** Whether two lists hold the same numbers, as sameNumber compares them. */
export function sameNumberList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, i) => sameNumber(value, b[i]));
}
