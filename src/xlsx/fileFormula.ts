import type { FunctionName } from "../pricing/errors";
import type { NativeTwin } from "../sharing/nativeTwin";
import { DEAL_FUNCTIONS, dealFunctionName } from "./dealCall";
import {
  applySplices,
  FormulaNode,
  FormulaUnsupported,
  parseFormula,
  Splice,
  tokenize,
} from "../formula";

/*
 * A formula as DEAL writes it in the taskpane (what a user would type), turned into the text an
 * .xlsx file stores in <f>. Excel's file form differs from the typed form in three ways DEAL meets
 * (docs/workbook-files.md has the sources):
 * - an add-in's custom function is stored as `_xldudf_` + its name with "." turned into "_":
 *   DEAL.TIEREDCOST(…) is `_xldudf_DEAL_TIEREDCOST(…)`;
 * - functions newer than Excel 2007 carry the `_xlfn.` prefix (`_xlfn.IFS`, `_xlfn._xlws.FILTER`);
 * - the `@` this-row shorthand of a structured reference is spelled out:
 *   [@Input] is `Table[[#This Row],[Input]]`.
 * The file form has no leading "=". With `shareSafe`, each DEAL call is first replaced by its
 * native twin's inline form, so that the file calculates in any spreadsheet.
 */

/** Functions Excel stores with `_xlfn.` (those DEAL or its twins could use; Excel 2010 and later). */
const FUTURE_FUNCTIONS = new Set(
  [
    "AGGREGATE",
    "ARABIC",
    "BASE",
    "BITAND",
    "BITLSHIFT",
    "BITOR",
    "BITRSHIFT",
    "BITXOR",
    "CEILING.MATH",
    "CEILING.PRECISE",
    "CHOOSECOLS",
    "CHOOSEROWS",
    "COMBINA",
    "CONCAT",
    "DAYS",
    "DECIMAL",
    "DROP",
    "EXPAND",
    "FLOOR.MATH",
    "FLOOR.PRECISE",
    "FORMULATEXT",
    "HSTACK",
    "IFNA",
    "IFS",
    "ISFORMULA",
    "ISOMITTED",
    "ISOWEEKNUM",
    "MAXIFS",
    "MINIFS",
    "MUNIT",
    "NUMBERVALUE",
    "RANDARRAY",
    "SEQUENCE",
    "SORTBY",
    "STDEV.P",
    "STDEV.S",
    "SWITCH",
    "TAKE",
    "TEXTAFTER",
    "TEXTBEFORE",
    "TEXTJOIN",
    "TEXTSPLIT",
    "TOCOL",
    "TOROW",
    "UNIQUE",
    "VAR.P",
    "VAR.S",
    "VSTACK",
    "WRAPCOLS",
    "WRAPROWS",
    "XLOOKUP",
    "XMATCH",
    "XOR",
  ].map((name) => name.toUpperCase())
);
/** Stored as `_xlfn._xlws.NAME` (worksheet-only functions). */
const WORKSHEET_FUTURE_FUNCTIONS = new Set(["FILTER", "SORT"]);
/** Their parameter names would need `_xlpm.`, which DEAL does not write. */
const LAMBDA_FAMILY = new Set([
  "LET",
  "LAMBDA",
  "MAP",
  "REDUCE",
  "SCAN",
  "BYROW",
  "BYCOL",
  "MAKEARRAY",
]);

/** The file name of an add-in's custom function: DEAL.TIEREDCOST → _xldudf_DEAL_TIEREDCOST. */
export function customFunctionFileName(name: string): string {
  return `_xldudf_${name.replace(/\./g, "_")}`;
}

export interface FileFormulaOptions {
  /** Replace each DEAL call by its native twin's inline form. */
  readonly shareSafe: boolean;
  /** The twins to take inline forms from (share-safe only). */
  readonly twins: readonly NativeTwin[];
  /** The name of the table whose row holds the cell, for `[@Column]` without a table name. */
  readonly table?: string;
}

export interface FileFormula {
  /** The formula as the file stores it (no leading "="); undefined when it cannot be written. */
  readonly text: string | undefined;
  /** The DEAL functions the typed formula calls, once per call. */
  readonly dealCalls: readonly FunctionName[];
  /** Share-safe only: DEAL functions with no inline twin, which keep the cell from being a formula. */
  readonly noTwin: readonly FunctionName[];
}

/** The DEAL calls of a tree, outermost ones only (a DEAL call inside another stays in its argument). */
function outerDealCalls(node: FormulaNode, found: Extract<FormulaNode, { kind: "call" }>[] = []) {
  if (node.kind === "call" && dealFunctionName(node.name) !== undefined) {
    found.push(node);
    return found;
  }
  const children: (FormulaNode | null)[] =
    node.kind === "call"
      ? [...node.args]
      : node.kind === "binary"
        ? [node.left, node.right]
        : node.kind === "unary" || node.kind === "percent"
          ? [node.operand]
          : node.kind === "paren"
            ? [node.inner]
            : [];
  children.forEach((child) => child && outerDealCalls(child, found));
  return found;
}

/** Every DEAL function a formula calls, in order, nested calls included. */
export function dealCallsOf(formula: string): FunctionName[] {
  return tokenize(formula)
    .filter((token) => token.kind === "function")
    .flatMap((token) => {
      const fn = dealFunctionName(token.text);
      return fn === undefined ? [] : [fn];
    });
}

/**
 * The twin's inline form of a call, or undefined where there is none: no inline twin, or one that
 * cannot express these arguments (a defined name, a formula past Excel's length limit). Such a
 * cell is shared as its value, and the report says so.
 */
function inlineForm(twin: NativeTwin | undefined, args: readonly string[]): string | undefined {
  if (twin?.inline === undefined) return undefined;
  try {
    return twin.inline(args);
  } catch {
    return undefined;
  }
}

/**
 * Replaces each DEAL call by its twin's inline form (in parentheses), arguments first so nested
 * calls are replaced too. Returns the functions that have no inline form.
 */
function inlineTwins(body: string, twins: readonly NativeTwin[], noTwin: FunctionName[]): string {
  const splices: Splice[] = outerDealCalls(parseFormula(body)).map((call) => {
    const fn = dealFunctionName(call.name) as FunctionName;
    const args = call.args.map((arg) =>
      arg === null ? "" : inlineTwins(body.slice(arg.start, arg.end), twins, noTwin)
    );
    // Omitted trailing arguments are passed as "" too, so a twin always sees every parameter.
    while (args.length < DEAL_FUNCTIONS[fn].arity) args.push("");
    const text = inlineForm(
      twins.find((twin) => twin.fn === fn),
      args
    );
    if (text === undefined) {
      noTwin.push(fn);
      return { start: call.start, end: call.end, text: body.slice(call.start, call.end) };
    }
    return { start: call.start, end: call.end, text: `(${text})` };
  });
  return applySplices(body, splices);
}

/** `[@Col]`, `[@[Col]]`, `T[@Col]` → `T[[#This Row],[Col]]`; other structured references unchanged. */
function thisRowInFileForm(token: string, table: string | undefined): string {
  const open = token.indexOf("[");
  const inner = token.slice(open + 1, -1);
  if (!inner.startsWith("@")) return token;
  const name = open > 0 ? token.slice(0, open) : table;
  if (name === undefined) {
    throw new FormulaUnsupported(`${token} outside a table`);
  }
  const column = inner.slice(1);
  const bracketed = column.startsWith("[") ? column : `[${column}]`;
  return `${name}[[#This Row],${bracketed}]`;
}

/** The name of a function as the file stores it. */
function fileFunctionName(name: string): string {
  const upper = name.toUpperCase();
  if (dealFunctionName(name) !== undefined) return customFunctionFileName(upper);
  if (upper.startsWith("_XLFN.") || upper.startsWith("_XLDUDF_") || upper.startsWith("_XLL.")) {
    return name;
  }
  if (LAMBDA_FAMILY.has(upper)) {
    throw new FormulaUnsupported(`${name}: its parameters would need _xlpm. names in a file`);
  }
  if (WORKSHEET_FUTURE_FUNCTIONS.has(upper)) return `_xlfn._xlws.${upper}`;
  if (FUTURE_FUNCTIONS.has(upper)) return `_xlfn.${upper}`;
  return name;
}

/**
 * The file form of a typed formula (with its leading "="). A formula the file cannot hold as a
 * formula (share-safe, and a DEAL function without an inline twin) has `text` undefined: the
 * caller writes its value instead.
 * @throws FormulaUnsupported when the formula cannot be read.
 */
export function fileFormula(formula: string, options: FileFormulaOptions): FileFormula {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  const dealCalls = dealCallsOf(body);
  const noTwin: FunctionName[] = [];
  const typed =
    options.shareSafe && dealCalls.length > 0 ? inlineTwins(body, options.twins, noTwin) : body;
  if (noTwin.length > 0) return { text: undefined, dealCalls, noTwin };

  const splices: Splice[] = tokenize(typed).flatMap((token): Splice[] => {
    if (token.kind === "function") {
      const name = fileFunctionName(token.text);
      return name === token.text ? [] : [{ start: token.start, end: token.end, text: name }];
    }
    if (token.kind === "struct") {
      const text = thisRowInFileForm(token.text, options.table);
      return text === token.text ? [] : [{ start: token.start, end: token.end, text }];
    }
    return [];
  });
  return { text: applySplices(typed, splices), dealCalls, noTwin };
}
