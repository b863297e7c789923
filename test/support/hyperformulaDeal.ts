import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import { CELL_FUNCTIONS } from "../../src/functions/cellFunctions";
import { DECLARATIONS, FUNCTION_NAMES, argumentIndex } from "../../src/functions/declarations";
import { ensureCustomFunctionsGlobal } from "../../src/functions/standInRuntime";
import type { FunctionName } from "../../src/pricing/errors";

/*
 * DEAL's functions registered in HyperFormula (GPL-3.0, a dev dependency used by tests only) as a
 * function plugin, declared from DEAL's function table, so that a sheet of DEAL formulas can be calculated by a spreadsheet engine
 * other than DEAL's own file writer. Each call goes through the adapter Excel calls
 * (src/functions), with arguments shaped as Excel passes them: ranges as 2-D arrays, blanks as
 * null, errors in the data-type form; a thrown CustomFunctions.Error becomes #VALUE! (or its code).
 */

type HfAst = { type: string };
type HfValue = unknown;
interface HfPluginApi {
  evaluateAst(ast: HfAst, state: unknown): HfValue;
  arraySizeForAst(ast: HfAst, state: unknown): ArraySize;
}

/** A HyperFormula scalar as Excel hands it to a custom function. */
function toExcelScalar(v: HfValue): unknown {
  if (v === EmptyValue) return null;
  if (v instanceof CellError) return { type: "Error", basicValue: `#${v.type}` };
  // Numbers HyperFormula typed (percent, currency) carry their value in `val`.
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: number }).val;
  return v;
}

function toExcelMatrix(v: HfValue): unknown[][] {
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(toExcelScalar));
  return [[toExcelScalar(v)]];
}

const ERROR_TYPES: Readonly<Record<string, ErrorType>> = {
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
  "#N/A": ErrorType.NA,
};

function call(fn: FunctionName, plugin: HfPluginApi, ast: { args: HfAst[] }, state: unknown) {
  const spec = CELL_FUNCTIONS[fn];
  const args = ast.args.map((arg, i) => {
    if (arg.type === "EMPTY") return null;
    const v = plugin.evaluateAst(arg, state);
    if (spec.rangeArgs.includes(i)) return toExcelMatrix(v);
    if (v instanceof SimpleRangeValue) return toExcelScalar(v.rawData()[0]?.[0]);
    return toExcelScalar(v);
  });
  ensureCustomFunctionsGlobal();
  try {
    const result = spec.call(...args);
    return Array.isArray(result) ? SimpleRangeValue.onlyValues(result as number[][]) : result;
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    return new CellError(ERROR_TYPES[code ?? ""] ?? ErrorType.VALUE, message);
  }
}

type HfAstCall = { args: HfAst[] };
const method = (fn: FunctionName) => `deal${fn}`;
const sizeMethod = (fn: FunctionName) => `deal${fn}Size`;

/**
 * HyperFormula's declaration of each DEAL function, from the table: every argument of type ANY
 * (DEAL checks them itself, as in Excel), optional where declared, and a result size for a spill.
 */
const implementedFunctions = Object.fromEntries(
  FUNCTION_NAMES.map((fn) => {
    const { parameters, spills } = DECLARATIONS[fn];
    return [
      `DEAL.${fn}`,
      {
        method: method(fn),
        ...(spills === undefined ? {} : { sizeOfResultArrayMethod: sizeMethod(fn) }),
        parameters: parameters.map((parameter) => ({
          argumentType: FunctionArgumentType.ANY,
          optionalArg: parameter.optional,
        })),
      },
    ];
  })
);

class DealPlugin extends FunctionPlugin {
  static override implementedFunctions = implementedFunctions;
}

/** A spill's size: a row for every value of the declared argument, the declared columns. */
function spillSize(fn: FunctionName, plugin: HfPluginApi, ast: HfAstCall, state: unknown) {
  const { spills } = DECLARATIONS[fn];
  if (spills === undefined) return ArraySize.scalar();
  const values = plugin.arraySizeForAst(
    ast.args[argumentIndex(DECLARATIONS[fn], spills.rowPerValueOf)],
    state
  );
  return new ArraySize(spills.columns.length, values.width * values.height);
}

// HyperFormula calls a plugin's functions by method name: one pair per DEAL function.
const methods = DealPlugin.prototype as unknown as Record<string, unknown>;
for (const fn of FUNCTION_NAMES) {
  methods[method(fn)] = function (this: HfPluginApi, ast: HfAstCall, state: unknown) {
    return call(fn, this, ast, state);
  };
  methods[sizeMethod(fn)] = function (this: HfPluginApi, ast: HfAstCall, state: unknown) {
    return spillSize(fn, this, ast, state);
  };
}

let registered = false;

/** Registers DEAL's functions with HyperFormula (once per process). */
export function registerDealFunctions(): void {
  if (registered) return;
  const names = Object.keys(DealPlugin.implementedFunctions);
  HyperFormula.registerFunctionPlugin(DealPlugin, {
    enGB: Object.fromEntries(names.map((name) => [name, name])),
  });
  registered = true;
}

/** A sheet's cells by zero-based row and column: numbers, text, or formulas ("=…"). */
export type SheetCells = (string | number | boolean | null)[][];

/**
 * A HyperFormula engine holding these sheets (the first is sheet 0), set to plain IEEE arithmetic
 * (by default it rounds results to 14 digits and treats numbers within 1e-13 as equal, which
 * would hide differences).
 */
export function calculateSheets(sheets: Readonly<Record<string, SheetCells>>): HyperFormula {
  registerDealFunctions();
  return HyperFormula.buildFromSheets(sheets, {
    licenseKey: "gpl-v3",
    smartRounding: false,
    precisionEpsilon: 0,
  });
}
