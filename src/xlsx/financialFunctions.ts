import {
  ErrorValue,
  Evaluated,
  finite,
  isErrorValue,
  isMatrix,
  scalarOf,
  toNumber,
} from "./formulaValues";

/*
 * NPV and RATE for the evaluator (nativeFunctions.ts dispatches to them), as the deal model's
 * money blocks use them: the present value of the cash bands and the implied rate of a
 * prepayment discount. The file's cached values are what Excel would show; they are computed in
 * doubles, RATE by Newton's method to the last bits rather than Excel's 1e-7.
 */

const NUM: ErrorValue = { error: "#NUM!" };
const VALUE: ErrorValue = { error: "#VALUE!" };

/** A scalar argument as a number; a missing or empty one is `fallback`. */
function numberArg(v: Evaluated | undefined, what: string, fallback?: number): number | ErrorValue {
  if (v === undefined || v === null) return fallback ?? VALUE;
  return toNumber(scalarOf(v, what));
}

/**
 * NPV(rate, value1, …): Σ value_k ÷ (1 + rate)^k, k from 1, over the values in order: a range's
 * numbers only (its text, booleans and blanks skipped), a typed value converted.
 */
export function npv(argCount: number, arg: (i: number) => Evaluated): number | ErrorValue {
  const rate = numberArg(arg(0), "NPV");
  if (isErrorValue(rate)) return rate;
  let total = 0;
  let k = 0;
  for (let i = 1; i < argCount; i++) {
    const v = arg(i);
    const cells = isMatrix(v) ? v.flat() : [toNumber(v)];
    for (const cell of cells) {
      if (isErrorValue(cell)) return cell;
      if (typeof cell !== "number") continue;
      k += 1;
      total += cell / (1 + rate) ** k;
    }
  }
  return finite(total);
}

const ITERATIONS = 100;

/**
 * RATE(nper, pmt, pv, [fv], [type], [guess]): the rate a period at which `nper` payments of
 * `pmt` (at the start of each period when type is 1) and `fv` at the end balance `pv` today.
 * Newton's method from `guess` (0.1); #NUM! when it does not settle, as in Excel.
 */
export function rate(argCount: number, arg: (i: number) => Evaluated): number | ErrorValue {
  const values = [0, 1, 2, 3, 4, 5].map((i) =>
    numberArg(i < argCount ? arg(i) : undefined, "RATE", [NaN, NaN, NaN, 0, 0, 0.1][i])
  );
  const error = values.find(isErrorValue);
  if (error) return error;
  const [n, pmt, pv, fv, type, guess] = values as number[];
  if (![n, pmt, pv].every(Number.isFinite) || n <= 0) return NUM;
  const due = type === 0 ? 0 : 1;
  // f(i) = pv·(1+i)^n + pmt·(1+i·due)·((1+i)^n − 1)/i + fv, and its derivative.
  // expm1 and log1p keep (g − 1)/i accurate near a rate of 0, where it tends to n.
  const f = (i: number) => {
    const growth = n * Math.log1p(i);
    const annuity = i === 0 ? n : Math.expm1(growth) / i;
    return pv * Math.exp(growth) + pmt * (1 + i * due) * annuity + fv;
  };
  let i = guess;
  for (let step = 0; step < ITERATIONS; step++) {
    const h = Math.max(1e-9, Math.abs(i) * 1e-7);
    const slope = (f(i + h) - f(i - h)) / (2 * h);
    if (!Number.isFinite(slope) || slope === 0) return NUM;
    const next = i - f(i) / slope;
    if (!Number.isFinite(next) || next <= -1) return NUM;
    if (Math.abs(next - i) <= 1e-15 * Math.max(1, Math.abs(next))) return next;
    i = next;
  }
  return Math.abs(f(i)) <= 1e-9 * Math.max(1, Math.abs(pv)) ? i : NUM;
}
