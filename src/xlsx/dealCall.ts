import { CELL_FUNCTIONS } from "../functions/cellFunctions";
import type { FunctionName } from "../pricing/errors";
import { ensureCustomFunctionsGlobal } from "../functions/standInRuntime";
import { type FormulaNode, FormulaUnsupported } from "../formula";
import {
  asMatrix,
  ErrorValue,
  Evaluated,
  finite,
  isErrorValue,
  Matrix,
  Scalar,
  scalarOf,
} from "./formulaValues";

/*
 * DEAL's four functions as the evaluator (evaluate.ts) calls them: through the very adapters
 * Excel calls (src/functions), so a cached value is what the add-in would put in the cell, error
 * values included.
 */

/** Each DEAL function with its declaration: arity, and which arguments Excel passes as 2-D arrays. */
export const DEAL_FUNCTIONS = CELL_FUNCTIONS;

/** The DEAL function a call names ("DEAL.TIEREDCOST", any case), or undefined. */
export function dealFunctionName(name: string): FunctionName | undefined {
  const match = /^DEAL\.([A-Z]+)$/i.exec(name);
  const fn = match?.[1].toUpperCase();
  return fn !== undefined && fn in DEAL_FUNCTIONS ? (fn as FunctionName) : undefined;
}

/** A cell value as a DEAL function receives it; error values in Excel's data-type form. */
function toFunctionArg(v: Scalar): unknown {
  return isErrorValue(v) ? { type: "Error", basicValue: v.error } : v;
}

/** What an error thrown by a DEAL function shows in the cell (#VALUE!, #NUM!, …). */
function errorFromThrown(error: unknown, fn: string): ErrorValue {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code.startsWith("#")) return { error: code };
  const detail = error instanceof Error ? error.message : String(error);
  throw new Error(`DEAL.${fn} failed while DEAL computed its cached value: ${detail}`);
}

/** Calls a DEAL function with its arguments, each evaluated by `evaluate`. */
export function evaluateDealCall(
  fn: FunctionName,
  args: readonly (FormulaNode | null)[],
  evaluate: (node: FormulaNode) => Evaluated
): Evaluated {
  const spec = DEAL_FUNCTIONS[fn];
  if (args.length > spec.arity)
    throw new FormulaUnsupported(`DEAL.${fn} with ${args.length} arguments`);
  const values = args.map((node, i): unknown => {
    if (node === null) return null;
    const v = evaluate(node);
    if (spec.rangeArgs.includes(i)) return asMatrix(v).map((row) => row.map(toFunctionArg));
    return toFunctionArg(scalarOf(v, `argument ${i + 1} of DEAL.${fn}`));
  });
  ensureCustomFunctionsGlobal();
  let result: unknown;
  try {
    result = spec.call(...values);
  } catch (error) {
    return errorFromThrown(error, fn);
  }
  if (typeof result === "number") return finite(result);
  if (Array.isArray(result)) return result as Matrix;
  throw new Error(`DEAL.${fn} returned ${String(result)}, which is not a number or an array`);
}
