import type { Rect } from "./rect";

/* The syntax tree of a formula: its nodes, a walk over them, and text splices by node place. */

/** A node of the syntax tree, with its place in the formula text. */
export type FormulaNode = (
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly value: string }
  | { readonly kind: "ref"; readonly row: number; readonly column: number }
  | ({ readonly kind: "range" } & Rect)
  | { readonly kind: "struct"; readonly text: string }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "sheetRef"; readonly text: string }
  | { readonly kind: "array"; readonly rows: readonly (readonly ArrayItem[])[] }
  | {
      readonly kind: "call";
      readonly name: string;
      /** Where the function's name is, for renaming it. */
      readonly nameStart: number;
      readonly nameEnd: number;
      /** One entry per argument; `null` for an empty argument ("f(a,,b)"). */
      readonly args: readonly (FormulaNode | null)[];
    }
  | { readonly kind: "unary"; readonly op: "-" | "+"; readonly operand: FormulaNode }
  | { readonly kind: "percent"; readonly operand: FormulaNode }
  | {
      readonly kind: "binary";
      readonly op: string;
      readonly left: FormulaNode;
      readonly right: FormulaNode;
    }
  | { readonly kind: "paren"; readonly inner: FormulaNode }
) & { readonly start: number; readonly end: number };

/** A constant in an array constant. */
export type ArrayItem = number | string | boolean | { readonly error: string };

/** Calls every node of the tree, parents before children. */
export function walk(node: FormulaNode, visit: (node: FormulaNode) => void): void {
  visit(node);
  switch (node.kind) {
    case "call":
      node.args.forEach((arg) => arg && walk(arg, visit));
      break;
    case "unary":
    case "percent":
      walk(node.operand, visit);
      break;
    case "binary":
      walk(node.left, visit);
      walk(node.right, visit);
      break;
    case "paren":
      walk(node.inner, visit);
      break;
    default:
      break;
  }
}

/** A piece of formula text to replace: [start, end) by `text`. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The text with the (non-overlapping) splices applied. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  return [...splices]
    .sort((a, b) => b.start - a.start)
    .reduce((out, s) => out.slice(0, s.start) + s.text + out.slice(s.end), text);
}
