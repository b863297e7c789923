import Decimal from "decimal.js";
import {
  asMatrix,
  ErrorValue,
  Evaluated,
  finite,
  isErrorValue,
  isMatrix,
  Matrix,
  scalarOf,
  toBoolean,
  toNumber,
} from "./formulaValues";

/*
 * More of Excel's functions for the evaluator (nativeFunctions.ts dispatches to them): MAX,
 * SUMPRODUCT, ROUND, AND, OR and NA, as the deal model and the native twins use them.
 */

const VALUE: ErrorValue = { error: "#VALUE!" };

/** MAX: the largest number of the arguments (a range's text, booleans and blanks skipped); 0 for none. */
export function max(numbers: readonly number[]): number {
  return numbers.length === 0 ? 0 : numbers.reduce((most, n) => Math.max(most, n));
}

/**
 * SUMPRODUCT of same-sized arrays: the sum of their element-wise products, a cell that is not a
 * number counting as 0; arrays of different sizes are #VALUE!, the first error wins.
 */
export function sumProduct(arrays: readonly Matrix[]): number | ErrorValue {
  const [first] = arrays;
  const rows = first.length;
  const columns = first[0]?.length ?? 0;
  if (arrays.some((a) => a.length !== rows || a.some((row) => row.length !== columns))) {
    return VALUE;
  }
  let total = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      let product = 1;
      for (const a of arrays) {
        const cell = a[r][c];
        if (isErrorValue(cell)) return cell;
        product *= typeof cell === "number" ? cell : 0;
      }
      total += product;
    }
  }
  return finite(total);
}

/**
 * ROUND(number, digits): half away from zero, on the number as Excel shows it (15 significant
 * digits), so ROUND(2.675, 2) is 2.68 as in Excel, not the 2.67 of its binary value.
 */
export function round(value: Evaluated, digits: Evaluated): number | ErrorValue {
  const n = toNumber(scalarOf(value, "ROUND"));
  const d = toNumber(scalarOf(digits, "ROUND"));
  if (isErrorValue(n)) return n;
  if (isErrorValue(d)) return d;
  if (n === 0) return 0;
  const places = Math.trunc(d);
  const shown = new Decimal(n.toPrecision(15));
  const rounded =
    places >= 0
      ? shown.toDecimalPlaces(places, Decimal.ROUND_HALF_UP)
      : shown
          .div(10 ** -places)
          .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
          .times(10 ** -places);
  return rounded.toNumber() + 0;
}

/** AND and OR of their arguments: booleans and numbers, a range's text and blanks skipped. */
export function logical(
  name: "AND" | "OR",
  argCount: number,
  arg: (i: number) => Evaluated
): boolean | ErrorValue {
  const values: boolean[] = [];
  for (let i = 0; i < argCount; i++) {
    const v = arg(i);
    const cells = isMatrix(v) ? asMatrix(v).flat() : [v];
    for (const cell of cells) {
      if (isMatrix(v) && (cell === null || typeof cell === "string")) continue;
      const b = toBoolean(cell);
      if (isErrorValue(b)) return b;
      values.push(b);
    }
  }
  if (values.length === 0) return VALUE;
  return name === "AND" ? values.every(Boolean) : values.some(Boolean);
}
