import type { ChartData } from "./chartSpec";
import { xmlText } from "./xmlText";

/*
 * A chart's references to cells with their caches (ECMA-376 Part 1 §21.2.2: numRef/numCache,
 * strRef/strCache). The formula keeps the chart live in Excel; the cache is what a reader draws
 * without calculating, so it must hold the cells' cached values.
 */

/** The cache's points: one per cell that has a value; a cell without one is left out (a gap). */
function points(values: readonly (string | number | null)[]): string {
  const count = `<c:ptCount val="${values.length}"/>`;
  const pts = values.map((value, idx) =>
    value === null ? "" : `<c:pt idx="${idx}"><c:v>${xmlText(String(value))}</c:v></c:pt>`
  );
  return count + pts.join("");
}

/** Numbers: a reference to the cells and their values, shown in `formatCode`. */
export function numRef(data: ChartData, formatCode: string): string {
  const numbers = data.values.map((value) => (typeof value === "number" ? value : null));
  return (
    `<c:numRef><c:f>${xmlText(data.formula)}</c:f><c:numCache>` +
    `<c:formatCode>${xmlText(formatCode)}</c:formatCode>${points(numbers)}` +
    `</c:numCache></c:numRef>`
  );
}

/** Labels: a reference to the cells and their text. */
export function strRef(formula: string, values: readonly (string | number | null)[]): string {
  return (
    `<c:strRef><c:f>${xmlText(formula)}</c:f>` +
    `<c:strCache>${points(values)}</c:strCache></c:strRef>`
  );
}

/** Category labels: numbers as numbers (months 1…36), anything else as text. */
export function categoryRef(data: ChartData): string {
  const numeric = data.values.every((value) => value === null || typeof value === "number");
  return numeric ? numRef(data, data.numberFormat) : strRef(data.formula, data.values);
}
