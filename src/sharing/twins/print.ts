import { BinaryOp, Expr } from "./expr";

/*
 * Prints an expression tree as formula text, with only the parentheses Excel's precedence needs.
 * Portable functions must have been lowered to Excel calls before printing.
 */

const BINDING: Record<BinaryOp, number> = {
  "=": 1,
  "<>": 1,
  "<": 1,
  "<=": 1,
  ">": 1,
  ">=": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
  "^": 5,
};

/** How tightly a negation binds; values and calls bind tighter still. */
export const NEGATION = 6;
/** A value, a reference or a call: never needs parentheses. */
export const ATOM = 7;

/** How tightly an expression binds when it is an operand. */
export function precedence(expr: Expr): number {
  switch (expr.kind) {
    case "binary":
      return BINDING[expr.op];
    case "negate":
      return NEGATION;
    case "text":
      return expr.precedence;
    case "number":
      return expr.text.startsWith("-") ? NEGATION : ATOM;
    default:
      return ATOM;
  }
}

const wrap = (text: string, needed: boolean): string => (needed ? `(${text})` : text);

/** A string literal: quotes doubled inside. */
export const quote = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/**
 * The formula text of an expression (without the leading "=").
 * @throws Error for a portable function, which has no Excel spelling of its own.
 */
export function print(expr: Expr): string {
  switch (expr.kind) {
    case "number":
      return expr.text;
    case "string":
      return quote(expr.value);
    case "boolean":
      // TRUE() rather than TRUE: every spreadsheet reads the function; HyperFormula not the constant.
      return expr.value ? "TRUE()" : "FALSE()";
    case "name":
      return expr.name;
    case "text":
      return expr.text;
    case "call":
      return `${expr.fn}(${expr.args.map(print).join(",")})`;
    case "negate":
      return `-${wrap(print(expr.operand), precedence(expr.operand) < NEGATION)}`;
    case "binary": {
      const own = BINDING[expr.op];
      const left = precedence(expr.left);
      const right = precedence(expr.right);
      // Left-associative: a right operand of equal binding keeps its parentheses. A negated base
      // of ^ keeps them too: Excel reads -2^2 as 4, other spreadsheets may not.
      const leftText = wrap(print(expr.left), left < own || (expr.op === "^" && left === NEGATION));
      return `${leftText}${expr.op}${wrap(print(expr.right), right <= own)}`;
    }
    case "portable":
      throw new Error(`${expr.fn}(…) must be lowered before printing`);
  }
}
