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
import { ensureCustomFunctionsGlobal } from "../../src/functions/standInRuntime";
import type { FunctionName } from "../../src/pricing/errors";
import { DEAL_FUNCTIONS } from "../../src/xlsx/evaluate";

/*
 * DEAL's four functions registered in HyperFormula (GPL-3.0, a dev dependency used by tests only)
 * as a function plugin, so that a sheet of DEAL formulas can be calculated by a spreadsheet engine
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
  const spec = DEAL_FUNCTIONS[fn];
  const args = ast.args.map((arg, i) => {
    if (arg.type === "EMPTY") return null;
    const v = plugin.evaluateAst(arg, state);
    if (spec.matrixArgs.includes(i)) return toExcelMatrix(v);
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

const anyArgs = (count: number, required: number) =>
  Array.from({ length: count }, (_, i) => ({
    argumentType: FunctionArgumentType.ANY,
    optionalArg: i >= required,
  }));

class DealPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    "DEAL.TIEREDCOST": { method: "tieredCost", parameters: anyArgs(4, 2) },
    "DEAL.ROLLOVER": {
      method: "rollover",
      sizeOfResultArrayMethod: "rolloverSize",
      parameters: anyArgs(5, 2),
    },
    "DEAL.SLACREDIT": { method: "slaCredit", parameters: anyArgs(6, 3) },
    "DEAL.RAMPPRICE": { method: "rampPrice", parameters: anyArgs(5, 2) },
  };

  private api(): HfPluginApi {
    return this as unknown as HfPluginApi;
  }

  tieredCost(ast: { args: HfAst[] }, state: unknown) {
    return call("TIEREDCOST", this.api(), ast, state);
  }

  rollover(ast: { args: HfAst[] }, state: unknown) {
    return call("ROLLOVER", this.api(), ast, state);
  }

  /** One row per period of usage (the second argument), five columns. */
  rolloverSize(ast: { args: HfAst[] }, state: unknown) {
    const usage = this.api().arraySizeForAst(ast.args[1], state);
    return new ArraySize(5, usage.width * usage.height);
  }

  slaCredit(ast: { args: HfAst[] }, state: unknown) {
    return call("SLACREDIT", this.api(), ast, state);
  }

  rampPrice(ast: { args: HfAst[] }, state: unknown) {
    return call("RAMPPRICE", this.api(), ast, state);
  }
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
