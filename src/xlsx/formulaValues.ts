import { FormulaUnsupported } from "../formula";

/*
 * The values formulas compute, as the evaluator (evaluate.ts) holds them, and Excel's conversions
 * and operations between them: to number, text and boolean, comparison, arithmetic.
 */

/** An Excel error value, e.g. { error: "#VALUE!" }. */
export interface ErrorValue {
  readonly error: string;
}

export type Scalar = number | string | boolean | null | ErrorValue;
export type Matrix = readonly (readonly Scalar[])[];
export type Evaluated = Scalar | Matrix;

export const isErrorValue = (v: unknown): v is ErrorValue =>
  typeof v === "object" && v !== null && !Array.isArray(v) && "error" in v;
export const isMatrix = (v: Evaluated): v is Matrix => Array.isArray(v);

const DIV0: ErrorValue = { error: "#DIV/0!" };
const VALUE: ErrorValue = { error: "#VALUE!" };
const NUM: ErrorValue = { error: "#NUM!" };

export function toNumber(v: Scalar): number | ErrorValue {
  if (typeof v === "number") return v;
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") {
    const trimmed = v.trim();
    return trimmed !== "" && Number.isFinite(Number(trimmed)) ? Number(trimmed) : VALUE;
  }
  return v;
}

export function toText(v: Scalar): string | ErrorValue {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(v);
  return v;
}

export function toBoolean(v: Scalar): boolean | ErrorValue {
  if (typeof v === "boolean") return v;
  if (v === null) return false;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") {
    if (/^true$/i.test(v)) return true;
    if (/^false$/i.test(v)) return false;
    return VALUE;
  }
  return v;
}

/** Excel's comparison: numbers < text < booleans; a blank takes the other side's empty value. */
export function compare(a: Scalar, b: Scalar): number {
  const empty = (other: Scalar): Scalar =>
    typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
  const x = a === null ? empty(b) : a;
  const y = b === null ? empty(a) : b;
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string" && typeof y === "string") {
    const [p, q] = [x.toUpperCase(), y.toUpperCase()];
    return p < q ? -1 : p > q ? 1 : 0;
  }
  return Number(x) - Number(y);
}

/** The number a result must be to go into a cell: NaN and infinities are #NUM!. */
export const finite = (n: number): number | ErrorValue => (Number.isFinite(n) ? n : NUM);

export function arithmetic(op: string, a: number, b: number): number | ErrorValue {
  switch (op) {
    case "+":
      return finite(a + b);
    case "-":
      return finite(a - b);
    case "*":
      return finite(a * b);
    case "/":
      return b === 0 ? DIV0 : finite(a / b);
    case "^":
      return finite(a ** b);
    default:
      throw new FormulaUnsupported(`the operator ${op}`);
  }
}

/** One cell's value from a 1×1 matrix, for a scalar context. */
export function scalarOf(v: Evaluated, what: string): Scalar {
  if (!isMatrix(v)) return v;
  if (v.length === 1 && v[0].length === 1) return v[0][0];
  throw new FormulaUnsupported(`a range where ${what} takes one value`);
}

export const asMatrix = (v: Evaluated): Matrix => (isMatrix(v) ? v : [[v]]);
