/*
 * Excel reads a value written through Office.js as if it were typed: "=1+1" becomes a formula,
 * "0012" the number 12, "TRUE" a boolean. DEAL's text (model names, clause wording, ids from data)
 * must stay text, so such strings get Excel's own text marker, a leading apostrophe, which Excel
 * keeps out of the cell's value.
 */

/** First characters that make Excel read typed text as a formula, or drop an apostrophe. */
const FORMULA_OR_MARKER = /^[=+\-@']/;
/** Text Excel would turn into a number, a currency amount, an error value or a boolean. */
const NUMBER_LIKE = /^\s*[\d.($€£¥#]/;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;

/**
 * The string to write so that Excel stores `value` as this exact text: `value` itself, or with a
 * leading apostrophe when Excel would otherwise read it as a formula (=, +, -, @), a number, an
 * error, a boolean, or eat its own leading apostrophe.
 */
export function asLiteralCellText(value: string): string {
  return FORMULA_OR_MARKER.test(value) || NUMBER_LIKE.test(value) || BOOLEAN_LIKE.test(value)
    ? `'${value}`
    : value;
}
