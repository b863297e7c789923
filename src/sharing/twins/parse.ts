import { FormulaNode, parseFormula } from "../../formula";
import { BinaryOp, Expr, PORTABLE_FUNCTIONS, PortableFn, binary, bool, num, str } from "./expr";

/*
 * Reads a twin's source expressions, written in Excel's own syntax (plus the portable lower-case
 * functions of expr.ts), into expression trees. The Excel formula parser of the file writer reads
 * the syntax; this only narrows its tree to what a twin's source may hold: no cell references,
 * ranges or array constants (those only ever come from the caller's argument texts).
 */

const isPortable = (fn: string): fn is PortableFn =>
  (PORTABLE_FUNCTIONS as readonly string[]).includes(fn);

function toExpr(node: FormulaNode, source: string): Expr {
  switch (node.kind) {
    case "number":
      return num(node.value, source.slice(node.start, node.end));
    case "string":
      return str(node.value);
    case "boolean":
      return bool(node.value);
    case "name":
      return { kind: "name", name: node.name };
    case "paren":
      return toExpr(node.inner, source);
    case "unary":
      if (node.op === "-") return { kind: "negate", operand: toExpr(node.operand, source) };
      break;
    case "binary":
      return binary(node.op as BinaryOp, toExpr(node.left, source), toExpr(node.right, source));
    case "call": {
      const args = node.args.map((arg) => {
        if (arg === null) throw new SyntaxError(`an empty argument of ${node.name} in ${source}`);
        return toExpr(arg, source);
      });
      if (isPortable(node.name)) return { kind: "portable", fn: node.name, args };
      if (!/^[A-Z][A-Z0-9.]*$/.test(node.name)) {
        throw new SyntaxError(`${node.name} is neither an Excel function nor a portable one`);
      }
      return { kind: "call", fn: node.name, args };
    }
  }
  throw new SyntaxError(`${source.slice(node.start, node.end)} cannot be part of a twin's source`);
}

/**
 * Parses one source expression.
 * @throws SyntaxError naming what was expected, for a mistake in a twin's source.
 */
export function parseExpr(source: string): Expr {
  let tree: FormulaNode;
  try {
    tree = parseFormula(source);
  } catch (error) {
    throw new SyntaxError(`${(error as Error).message} (in ${source})`);
  }
  return toExpr(tree, source);
}
