/*
 * The expression tree the native twins are written in. A twin's source is parsed into it once;
 * the LAMBDA form and the inline form are both printed from it, so they cannot drift apart.
 */

/** Excel's binary operators. */
export type BinaryOp = "+" | "-" | "*" | "/" | "^" | "&" | "=" | "<>" | "<" | "<=" | ">" | ">=";

/**
 * Operations both forms compute but spell differently: the LAMBDA form works on whole columns
 * (SEQUENCE, ISOMITTED, array IF), the inline form on one cell at a time, unrolled over the rows
 * of a range whose size it reads from the argument's text. Written in lower case in sources:
 * - orDefault(param, fallback): the argument, or `fallback` when it is omitted or blank;
 * - given(param): whether an optional argument was passed at all;
 * - rowCount, columnCount, cellCount(param): the size of a range argument;
 * - rowNumbers, cellNumbers(param): positions 1…n, bound to a name to aggregate over;
 * - item(list, position): an entry of a one-row or one-column list;
 * - sumOver, maxOver, productOver(index, body): aggregate `body` over the index's positions;
 * - smaller(a, b): the smaller number, position by position (MIN would aggregate);
 * - numberOr0(x): x when it is a number, else 0 (blank cells, empty text);
 * - anyOf, allOf(…): logical or/and, position by position (OR and AND would aggregate).
 */
export const PORTABLE_FUNCTIONS = [
  "orDefault",
  "given",
  "rowCount",
  "columnCount",
  "cellCount",
  "rowNumbers",
  "cellNumbers",
  "item",
  "sumOver",
  "maxOver",
  "productOver",
  "smaller",
  "numberOr0",
  "anyOf",
  "allOf",
] as const;

export type PortableFn = (typeof PORTABLE_FUNCTIONS)[number];

export type Expr =
  | { readonly kind: "number"; readonly value: number; readonly text: string }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  /** A parameter, a named sub-expression or a position index. */
  | { readonly kind: "name"; readonly name: string }
  /** A call to an Excel function (upper case). */
  | { readonly kind: "call"; readonly fn: string; readonly args: readonly Expr[] }
  | { readonly kind: "portable"; readonly fn: PortableFn; readonly args: readonly Expr[] }
  | { readonly kind: "binary"; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
  | { readonly kind: "negate"; readonly operand: Expr }
  /**
   * An argument's text as the caller gave it (inline form only), printed unchanged. `precedence`
   * says how tightly it binds, so that it is parenthesised only where needed; `cells` holds the
   * entries of an array constant, so INDEX into it can be folded.
   */
  | {
      readonly kind: "text";
      readonly text: string;
      readonly precedence: number;
      readonly cells?: readonly (readonly Expr[])[];
    };

/** A number, printed as `text` (the caller's spelling) or as JavaScript's shortest form. */
export function num(value: number, text: string = String(value)): Expr {
  if (!Number.isFinite(value)) throw new RangeError(`${value} cannot be written into a formula`);
  return { kind: "number", value, text };
}

export const str = (value: string): Expr => ({ kind: "string", value });
export const bool = (value: boolean): Expr => ({ kind: "boolean", value });
export const name = (id: string): Expr => ({ kind: "name", name: id });
export const call = (fn: string, ...args: Expr[]): Expr => ({ kind: "call", fn, args });
export const binary = (op: BinaryOp, left: Expr, right: Expr): Expr => ({
  kind: "binary",
  op,
  left,
  right,
});
