import { FormulaUnsupported } from "../formula";
import {
  asMatrix,
  compare,
  ErrorValue,
  Evaluated,
  isErrorValue,
  Matrix,
  Scalar,
  scalarOf,
  toNumber,
} from "./formulaValues";

/*
 * INDEX and MATCH as the deal model's formulas use them: INDEX of a range by a 1-based row (and
 * column), MATCH with match type 0 (exact). Forms DEAL does not write (INDEX with a 0 index, which
 * returns a whole row or column; MATCH's sorted lookups; wildcards) are refused rather than
 * guessed, so a cached value is never a wrong number.
 */

const REF: ErrorValue = { error: "#REF!" };
const VALUE: ErrorValue = { error: "#VALUE!" };
const NA: ErrorValue = { error: "#N/A" };

/** A position argument: Excel truncates a fraction, and a negative one is #VALUE!. */
function position(v: Evaluated, what: string): number | ErrorValue {
  const n = toNumber(scalarOf(v, what));
  if (isErrorValue(n)) return n;
  const whole = Math.trunc(n);
  if (whole < 0) return VALUE;
  if (whole === 0) throw new FormulaUnsupported(`${what} 0 (a whole row or column)`);
  return whole;
}

/**
 * INDEX(area, row) or INDEX(area, row, column). With one index on a single row, the index counts
 * columns, as in Excel; past the area's edge it is #REF!.
 */
export function index(area: Matrix, rowArg: Evaluated, columnArg?: Evaluated): Scalar {
  const height = area.length;
  const width = area[0]?.length ?? 0;
  const first = position(rowArg, "INDEX's row");
  if (isErrorValue(first)) return first;
  if (columnArg === undefined) {
    if (height > 1 && width > 1) throw new FormulaUnsupported("INDEX of a whole row of an area");
    const cells = area.flat();
    return first <= cells.length ? cells[first - 1] : REF;
  }
  const column = position(columnArg, "INDEX's column");
  if (isErrorValue(column)) return column;
  return first <= height && column <= width ? area[first - 1][column - 1] : REF;
}

/**
 * MATCH(value, area, 0): the 1-based place of the first cell equal to `value` (text ignoring
 * case, numbers only to numbers), #N/A when none is or the area is not one row or column.
 */
export function matchExact(value: Scalar, areaArg: Evaluated, type: Scalar): number | ErrorValue {
  const kind = toNumber(type);
  if (isErrorValue(kind)) return kind;
  if (kind !== 0) throw new FormulaUnsupported(`MATCH with match type ${String(type)}`);
  if (isErrorValue(value)) return value;
  if (typeof value === "string" && /[*?~]/.test(value)) {
    throw new FormulaUnsupported(`the MATCH wildcard value "${value}"`);
  }
  const area = asMatrix(areaArg);
  if (area.length > 1 && area[0].length > 1) return NA;
  // An empty lookup value matches nothing in Excel, not even an empty cell.
  if (value === null) return NA;
  const found = area
    .flat()
    .findIndex(
      (cell) =>
        cell !== null &&
        !isErrorValue(cell) &&
        typeof cell === typeof value &&
        compare(cell, value) === 0
    );
  return found < 0 ? NA : found + 1;
}
