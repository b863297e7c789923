import {
  cellCount,
  type FormulaNode,
  parseFormula,
  parseRangeAddress,
  type SheetRect,
  walk,
} from "../../formula";
import { LedgerUnsupported } from "./ledgerUnsupported";
import type { RolloverCallText } from "./ledgerTypes";

/*
 * What the ledger can tell from the texts of a DEAL.ROLLOVER call. It writes one row per period,
 * so it must know where each period's usage (and commitment, when there is one per period) is:
 * cells of one row or one column on a named sheet, or numbers typed in braces. A defined name or
 * a formula could hold any number of entries, so those are refused.
 */

/** Entries one per period: cells of one row or one column, or numbers typed in the call. */
export type ListArgument =
  | { readonly kind: "cells"; readonly range: SheetRect }
  | { readonly kind: "numbers"; readonly values: readonly number[] };

/** One value: left out (DEAL's default applies), a number, a cell, or a formula giving one value. */
export type ScalarArgument =
  | { readonly kind: "omitted" }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "cell"; readonly cell: SheetRect }
  | { readonly kind: "formula"; readonly text: string };

/** The commitment: one value for every period, or one per period. */
export type CommitArgument = ListArgument | Exclude<ScalarArgument, { kind: "omitted" }>;

/** The call's arguments as the ledger writes them. */
export interface LedgerArguments {
  readonly usage: ListArgument;
  readonly commit: CommitArgument;
  readonly cap: ScalarArgument;
  readonly expiry: ScalarArgument;
  readonly trueup: ScalarArgument;
}

type ArgName =
  "commit" | "usage" | "cap" | "expiry" | "trueup" | "rate" | "scale" | "burst" | "window";

const WORDS: Readonly<Record<ArgName, string>> = {
  commit: "commitment",
  usage: "usage",
  cap: "cap",
  expiry: "expiry",
  trueup: "true-up",
  rate: "rate",
  scale: "scale",
  burst: "burst",
  window: "window",
};

/** The function whose call is read, for the messages: ROLLOVER, or COMMITCOST built on it. */
type LedgerFunction = "ROLLOVER" | "COMMITCOST";

const LIST_WANTED =
  "the ledger needs its cells, such as 'Usage'!$B$2:$B$37, or numbers typed in braces, to give " +
  "each period its own row";

/** An argument of a call: which function's, and which. */
interface Arg {
  readonly fn: LedgerFunction;
  readonly name: ArgName;
}

function unsupported(arg: Arg, text: string, why: string): LedgerUnsupported {
  return new LedgerUnsupported(`The ${WORDS[arg.name]} of DEAL.${arg.fn} (${text}) ${why}.`);
}

/** The argument's syntax tree; undefined when it was left out. */
function parse(arg: Arg, text: string): FormulaNode | undefined {
  if (text.trim() === "") return undefined;
  try {
    return parseFormula(text);
  } catch (error) {
    throw unsupported(arg, text, `cannot be read: ${(error as Error).message}`);
  }
}

/** The range of a sheet-qualified reference; undefined for a name ('Inputs'!Rate). */
function rangeOf(node: FormulaNode): SheetRect | undefined {
  return node.kind === "sheetRef" ? parseRangeAddress(node.text) : undefined;
}

/** A range of one row or one column, or the reason it is not one. */
function line(arg: Arg, text: string, range: SheetRect): SheetRect {
  const { rows, columns } = range;
  if (rows > 1 && columns > 1) {
    throw unsupported(
      arg,
      text,
      `is ${rows} rows × ${columns} columns: it must be one row or one column`
    );
  }
  return range;
}

/** The numbers of an array constant of one row or one column. */
function numbers(arg: Arg, text: string, node: FormulaNode & { kind: "array" }): number[] {
  if (node.rows.length > 1 && node.rows[0].length > 1) {
    throw unsupported(arg, text, "must list one row or one column of numbers");
  }
  const items = node.rows.flat();
  return items.map((item) => {
    if (typeof item !== "number")
      throw unsupported(arg, text, "holds something other than numbers");
    return item;
  });
}

/** Refuses references without a sheet: from the ledger's sheet they would read its own cells. */
function requireSheets(arg: Arg, text: string, node: FormulaNode): void {
  walk(node, (n) => {
    if (n.kind === "ref" || n.kind === "range") {
      throw unsupported(arg, text, "refers to cells without naming their sheet");
    }
  });
}

/**
 * Whether a formula may give more than one value: a range, an array constant or a defined name
 * that is not inside a function call. A function's result is taken to be one value (SUM(…), MAX(…)).
 */
function mayGiveList(node: FormulaNode): boolean {
  switch (node.kind) {
    case "range":
    case "array":
    case "name":
    case "struct":
      return true;
    case "sheetRef": {
      const range = rangeOf(node);
      return range === undefined || cellCount(range) > 1;
    }
    case "binary":
      return mayGiveList(node.left) || mayGiveList(node.right);
    case "unary":
    case "percent":
      return mayGiveList(node.operand);
    case "paren":
      return mayGiveList(node.inner);
    default:
      return false;
  }
}

function scalarFormula(
  arg: Arg,
  text: string,
  node: FormulaNode
): ScalarArgument & { kind: "cell" | "formula" } {
  requireSheets(arg, text, node);
  const range = rangeOf(node);
  if (range !== undefined && cellCount(range) > 1) {
    throw unsupported(arg, text, `is a range of ${cellCount(range)} cells: it must be one value`);
  }
  return range === undefined
    ? { kind: "formula", text: text.trim() }
    : { kind: "cell", cell: range };
}

/** cap, expiry or trueup: one value, or left out. */
function readScalar(arg: Arg, text: string): ScalarArgument {
  const node = parse(arg, text);
  if (node === undefined) return { kind: "omitted" };
  if (node.kind === "number") return { kind: "number", value: node.value };
  if (node.kind === "array") {
    const values = numbers(arg, text, node);
    if (values.length !== 1) throw unsupported(arg, text, "must be one value");
    return { kind: "number", value: values[0] };
  }
  return scalarFormula(arg, text, node);
}

function readUsage(fn: LedgerFunction, text: string, periods: number): ListArgument {
  const arg: Arg = { fn, name: "usage" };
  const node = parse(arg, text);
  if (node === undefined) throw unsupported(arg, "omitted", "is required");
  const typed =
    node.kind === "number"
      ? [node.value]
      : node.kind === "array"
        ? numbers(arg, text, node)
        : undefined;
  if (typed !== undefined) {
    if (typed.length !== periods) {
      throw unsupported(arg, text, `lists ${typed.length} numbers for ${periods} periods`);
    }
    return { kind: "numbers", values: typed };
  }
  const range = rangeOf(node);
  if (range === undefined) throw unsupported(arg, text, `is a name or a formula: ${LIST_WANTED}`);
  // Cells past the periods are the blanks DEAL ignores at the end of the list.
  if (cellCount(line(arg, text, range)) < periods) {
    throw unsupported(arg, text, `has ${cellCount(range)} cells for ${periods} periods`);
  }
  return { kind: "cells", range };
}

function readCommit(fn: LedgerFunction, text: string, periods: number): CommitArgument {
  const arg: Arg = { fn, name: "commit" };
  const node = parse(arg, text);
  if (node === undefined) throw unsupported(arg, "omitted", "is required");
  if (node.kind === "number") return { kind: "number", value: node.value };
  if (node.kind === "array") {
    const values = numbers(arg, text, node);
    if (values.length === 1) return { kind: "number", value: values[0] };
    if (values.length !== periods) {
      throw unsupported(arg, text, `lists ${values.length} numbers for ${periods} periods`);
    }
    return { kind: "numbers", values };
  }
  const range = rangeOf(node);
  if (range !== undefined && cellCount(line(arg, text, range)) > 1) {
    if (cellCount(range) >= periods) return { kind: "cells", range };
    // Shorter than the usage, it can only hold one commitment (DEAL ignores blanks at the end).
    return { kind: "cell", cell: { ...range, rows: 1, columns: 1 } };
  }
  if (mayGiveList(node)) {
    throw unsupported(
      arg,
      text,
      "may give a list (a name, a range or an array): the ledger needs one number, or cells " +
        "or numbers in braces with one commitment per period"
    );
  }
  return scalarFormula(arg, text, node);
}

/**
 * The call's arguments for a ledger of `periods` rows.
 * @throws LedgerUnsupported naming the argument and why the ledger cannot write it.
 */
export function readLedgerArguments(
  call: RolloverCallText,
  periods: number,
  fn: LedgerFunction = "ROLLOVER"
): LedgerArguments {
  return {
    usage: readUsage(fn, call.usage, periods),
    commit: readCommit(fn, call.commit, periods),
    cap: readScalar({ fn, name: "cap" }, call.cap),
    expiry: readScalar({ fn, name: "expiry" }, call.expiry),
    trueup: readScalar({ fn, name: "trueup" }, call.trueup),
  };
}

/**
 * One of COMMITCOST's own arguments (rate, scale, burst, window): one value, or left out.
 * @throws LedgerUnsupported naming the argument and why the ledger cannot write it.
 */
export function readCommitCostScalar(
  name: "rate" | "scale" | "burst" | "window",
  text: string
): ScalarArgument {
  return readScalar({ fn: "COMMITCOST", name }, text);
}
