import { BinaryOp, Expr, bool, call, num, str } from "./expr";
import { print } from "./print";

/*
 * Constant folding, so that the inline form of a call with literal or omitted arguments reads like
 * a formula a person would write: IF(TRUE(), x, y) is x, 1-1+(1=1) is 1, (1+0)^x is 1.
 * Arithmetic is folded only on whole numbers whose result is a safe integer: folding 0.1+0.2
 * would print 0.30000000000000004, which Excel reads to 15 digits, a different number.
 */

const COMPARISONS: readonly BinaryOp[] = ["=", "<>", "<", "<=", ">", ">="];
const BOOLEAN_FUNCTIONS = ["AND", "OR", "NOT", "ISNUMBER", "ISOMITTED", "ISBLANK", "ISTEXT"];

/** Whether an expression's value is TRUE/FALSE (folding x*TRUE to x would change its type). */
export function isBooleanTyped(expr: Expr): boolean {
  switch (expr.kind) {
    case "boolean":
      return true;
    case "binary":
      return COMPARISONS.includes(expr.op);
    case "call":
      return BOOLEAN_FUNCTIONS.includes(expr.fn);
    case "portable":
      return expr.fn === "given" || expr.fn === "anyOf" || expr.fn === "allOf";
    default:
      return false;
  }
}

/** The truth of a literal condition, as IF reads it; undefined when not a literal. */
export function truth(expr: Expr): boolean | undefined {
  if (expr.kind === "boolean") return expr.value;
  if (expr.kind === "number") return expr.value !== 0;
  return undefined;
}

/** A literal's value in arithmetic (TRUE is 1); undefined when not a number or boolean literal. */
export function literalNumber(expr: Expr): number | undefined {
  if (expr.kind === "number") return expr.value;
  if (expr.kind === "boolean") return expr.value ? 1 : 0;
  return undefined;
}

/** Excel orders numbers before text before booleans; text compares without regard to case. */
function compareLiterals(left: Expr, right: Expr): number | undefined {
  const rank = (e: Expr) => ["number", "string", "boolean"].indexOf(e.kind);
  if (rank(left) < 0 || rank(right) < 0) return undefined;
  if (rank(left) !== rank(right)) return rank(left) - rank(right);
  if (left.kind === "string" && right.kind === "string") {
    const [a, b] = [left.value.toLowerCase(), right.value.toLowerCase()];
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return (literalNumber(left) as number) - (literalNumber(right) as number);
}

function compare(op: BinaryOp, order: number): boolean {
  switch (op) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    default:
      return order >= 0;
  }
}

function exactArithmetic(op: BinaryOp, a: number, b: number): number | undefined {
  if (!Number.isInteger(a) || !Number.isInteger(b)) return undefined;
  const result =
    op === "+"
      ? a + b
      : op === "-"
        ? a - b
        : op === "*"
          ? a * b
          : op === "^" && b >= 0
            ? a ** b
            : op === "/" && b !== 0
              ? a / b
              : undefined;
  return result !== undefined && Number.isSafeInteger(result) ? result + 0 : undefined;
}

/** x + 0, x * 1, x ^ 1 and their kin, where x keeps its type. */
function identity(op: BinaryOp, left: Expr, right: Expr): Expr | undefined {
  const a = literalNumber(left);
  const b = literalNumber(right);
  const keep = (x: Expr) => (isBooleanTyped(x) ? undefined : x);
  switch (op) {
    case "+":
      if (a === 0) return keep(right);
      return b === 0 ? keep(left) : undefined;
    case "-":
      return b === 0 ? keep(left) : undefined;
    case "*":
      if (a === 0 || b === 0) return num(0);
      if (a === 1) return keep(right);
      return b === 1 ? keep(left) : undefined;
    case "/":
      return b === 1 ? keep(left) : undefined;
    case "^":
      if (b === 0 || a === 1) return num(1);
      return b === 1 ? keep(left) : undefined;
    default:
      return undefined;
  }
}

function foldBinary(op: BinaryOp, left: Expr, right: Expr): Expr {
  if (COMPARISONS.includes(op)) {
    const order = compareLiterals(left, right);
    if (order !== undefined) return bool(compare(op, order));
  } else if (op !== "&") {
    const [a, b] = [literalNumber(left), literalNumber(right)];
    const exact = a !== undefined && b !== undefined ? exactArithmetic(op, a, b) : undefined;
    if (exact !== undefined) return num(exact);
    const same = identity(op, left, right);
    if (same !== undefined) return same;
    // x+-0.15 reads better as x-0.15; IEEE arithmetic gives the same number either way.
    if ((op === "+" || op === "-") && right.kind === "number" && right.text.startsWith("-")) {
      const flipped = op === "+" ? "-" : "+";
      return { kind: "binary", op: flipped, left, right: num(-right.value, right.text.slice(1)) };
    }
  }
  return { kind: "binary", op, left, right };
}

/** AND / OR: drop literals that do not decide, stop at one that does. */
function foldLogical(fn: "AND" | "OR", args: readonly Expr[]): Expr {
  const decisive = fn === "OR";
  const rest: Expr[] = [];
  for (const arg of args) {
    const value = truth(arg);
    if (value === decisive) return bool(decisive);
    if (value === undefined) rest.push(arg);
  }
  if (rest.length === 0) return bool(!decisive);
  if (rest.length === 1 && isBooleanTyped(rest[0])) return rest[0];
  return call(fn, ...rest);
}

/** Whether a single argument of MIN/MAX is one value (so MIN(x) is x), not a range. */
const isSingleValue = (expr: Expr): boolean =>
  expr.kind === "number" ||
  expr.kind === "name" ||
  (expr.kind === "text" && expr.cells === undefined && !expr.text.includes(":"));

function foldExtreme(fn: "MIN" | "MAX", args: readonly Expr[]): Expr {
  const numbers = args.map((a) => (a.kind === "number" ? a.value : undefined));
  if (numbers.every((n) => n !== undefined)) {
    return num(
      fn === "MIN" ? Math.min(...(numbers as number[])) : Math.max(...(numbers as number[]))
    );
  }
  const distinct = args.filter((a, i) => args.findIndex((b) => print(b) === print(a)) === i);
  if (distinct.length === 1 && isSingleValue(distinct[0])) return distinct[0];
  return call(fn, ...distinct);
}

function foldCall(fn: string, args: readonly Expr[]): Expr {
  const [first, second, third] = args;
  switch (fn) {
    case "IF": {
      const value = truth(first);
      if (value === undefined) break;
      return value ? second : (third ?? bool(false));
    }
    case "CHOOSE": {
      const k = first.kind === "number" ? first.value : NaN;
      if (Number.isInteger(k) && k >= 1 && k < args.length) return args[k];
      break;
    }
    case "AND":
    case "OR":
      return foldLogical(fn, args);
    case "NOT":
      return truth(first) === undefined ? call(fn, ...args) : bool(!truth(first));
    case "MIN":
    case "MAX":
      return foldExtreme(fn, args);
    case "LOWER":
      return first.kind === "string" ? str(first.value.toLowerCase()) : call(fn, ...args);
    case "TRIM":
      // Excel's TRIM also collapses inner runs of spaces to one.
      return first.kind === "string"
        ? str(first.value.trim().replace(/ {2,}/g, " "))
        : call(fn, ...args);
    case "ISNUMBER":
      if (["number", "string", "boolean"].includes(first.kind))
        return bool(first.kind === "number");
      break;
    case "N":
      if (first.kind === "number") return first;
      if (first.kind === "string") return num(0);
      if (first.kind === "boolean") return num(first.value ? 1 : 0);
      break;
    case "INDEX": {
      // INDEX into an array constant the caller typed: the entry itself.
      if (first.kind !== "text" || first.cells === undefined) break;
      if (second?.kind !== "number" || third?.kind !== "number") break;
      const entry = first.cells[second.value - 1]?.[third.value - 1];
      if (entry !== undefined) return entry;
      break;
    }
  }
  return call(fn, ...args);
}

/**
 * Folds one node whose operands are already folded. Keeps the node when nothing is known.
 * (Conditional arguments are folded by the caller so that only the branch taken is built.)
 */
export function foldNode(expr: Expr): Expr {
  switch (expr.kind) {
    case "binary":
      return foldBinary(expr.op, expr.left, expr.right);
    case "call":
      return foldCall(expr.fn, expr.args);
    case "negate": {
      const operand = expr.operand;
      if (operand.kind !== "number") return expr;
      const text = operand.text.startsWith("-") ? operand.text.slice(1) : `-${operand.text}`;
      return num(-operand.value, text);
    }
    default:
      return expr;
  }
}

/** Folds a whole tree, operands first. */
export function fold(expr: Expr): Expr {
  switch (expr.kind) {
    case "binary":
      return foldNode({ ...expr, left: fold(expr.left), right: fold(expr.right) });
    case "call":
    case "portable":
      return foldNode({ ...expr, args: expr.args.map(fold) } as Expr);
    case "negate":
      return foldNode({ ...expr, operand: fold(expr.operand) });
    default:
      return expr;
  }
}
