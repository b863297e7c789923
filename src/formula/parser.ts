import { parseCellAddress } from "./a1";
import { rectBetween, type CellPosition } from "./rect";
import { Token, TokenKind, tokenize } from "./tokens";
import type { ArrayItem, FormulaNode } from "./tree";
import { FormulaUnsupported } from "./unsupported";

/* Reads a formula's tokens into its syntax tree (see index.ts). */

/** The zero-based position of a reference token such as "$B$4". */
function cellOf(text: string): CellPosition {
  const at = parseCellAddress(text);
  if (at === undefined) throw new FormulaUnsupported(`not a cell reference: ${text}`);
  return at;
}

/** Binary operators from loosest to tightest, as Excel ranks them. */
const LEVELS: readonly (readonly string[])[] = [
  ["=", "<>", "<", ">", "<=", ">="],
  ["&"],
  ["+", "-"],
  ["*", "/"],
  ["^"],
];

/** The syntax tree of a formula (its leading "=" optional). */
export function parseFormula(formula: string): FormulaNode {
  const tokens = tokenize(formula);
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const take = (kind?: TokenKind): Token => {
    const token = tokens[at];
    if (token === undefined || (kind !== undefined && token.kind !== kind)) {
      throw new FormulaUnsupported(`expected ${kind ?? "more"} in ${formula}`);
    }
    at++;
    return token;
  };

  const arrayItem = (): ArrayItem => {
    let sign = 1;
    while (peek()?.kind === "operator" && (peek()?.text === "-" || peek()?.text === "+")) {
      if (take().text === "-") sign = -sign;
    }
    const token = take();
    if (token.kind === "number") return sign * Number(token.text);
    if (sign !== 1) throw new FormulaUnsupported(`a sign before a non-number in ${formula}`);
    if (token.kind === "string") return token.text.slice(1, -1).replace(/""/g, '"');
    if (token.kind === "boolean") return token.text.toUpperCase() === "TRUE";
    if (token.kind === "error") return { error: token.text.toUpperCase() };
    throw new FormulaUnsupported(`"${token.text}" in an array constant in ${formula}`);
  };

  const array = (open: Token): FormulaNode => {
    const rows: ArrayItem[][] = [[arrayItem()]];
    for (;;) {
      const token = take();
      if (token.kind === "}") {
        if (rows.some((row) => row.length !== rows[0].length)) {
          throw new FormulaUnsupported(
            `an array constant with rows of different lengths in ${formula}`
          );
        }
        return { kind: "array", rows, start: open.start, end: token.end };
      }
      if (token.kind === ",") rows[rows.length - 1].push(arrayItem());
      else if (token.kind === ";") rows.push([arrayItem()]);
      else throw new FormulaUnsupported(`"${token.text}" in an array constant in ${formula}`);
    }
  };

  const call = (name: Token): FormulaNode => {
    take("(");
    const args: (FormulaNode | null)[] = [];
    const node = (close: Token): FormulaNode => ({
      kind: "call",
      name: name.text,
      nameStart: name.start,
      nameEnd: name.end,
      args,
      start: name.start,
      end: close.end,
    });
    if (peek()?.kind === ")") return node(take());
    for (;;) {
      const next = peek();
      args.push(next?.kind === "," || next?.kind === ")" ? null : expression(0));
      const token = take();
      if (token.kind === ")") return node(token);
      if (token.kind !== ",")
        throw new FormulaUnsupported(
          `"${token.text}" in the arguments of ${name.text} in ${formula}`
        );
    }
  };

  const primary = (): FormulaNode => {
    const token = take();
    switch (token.kind) {
      case "number":
        return { kind: "number", value: Number(token.text), start: token.start, end: token.end };
      case "string":
        return {
          kind: "string",
          value: token.text.slice(1, -1).replace(/""/g, '"'),
          start: token.start,
          end: token.end,
        };
      case "boolean":
        return {
          kind: "boolean",
          value: token.text.toUpperCase() === "TRUE",
          start: token.start,
          end: token.end,
        };
      case "error":
        return {
          kind: "error",
          value: token.text.toUpperCase(),
          start: token.start,
          end: token.end,
        };
      case "struct":
        return { kind: "struct", text: token.text, start: token.start, end: token.end };
      case "name":
        return { kind: "name", name: token.text, start: token.start, end: token.end };
      case "sheetRef":
        return { kind: "sheetRef", text: token.text, start: token.start, end: token.end };
      case "function":
        return call(token);
      case "{":
        return array(token);
      case "(": {
        const inner = expression(0);
        const close = take(")");
        return { kind: "paren", inner, start: token.start, end: close.end };
      }
      case "ref": {
        const first = cellOf(token.text);
        if (peek()?.kind !== ":")
          return { kind: "ref", ...first, start: token.start, end: token.end };
        take(":");
        const lastToken = take("ref");
        const last = cellOf(lastToken.text);
        return {
          kind: "range",
          ...rectBetween(first, last),
          start: token.start,
          end: lastToken.end,
        };
      }
      default:
        throw new FormulaUnsupported(`unexpected "${token.text}" in ${formula}`);
    }
  };

  const postfix = (): FormulaNode => {
    let node = primary();
    while (peek()?.kind === "%") {
      const sign = take();
      node = { kind: "percent", operand: node, start: node.start, end: sign.end };
    }
    return node;
  };

  const unary = (): FormulaNode => {
    const token = peek();
    if (token?.kind === "operator" && (token.text === "-" || token.text === "+")) {
      take();
      const operand = unary();
      return { kind: "unary", op: token.text, operand, start: token.start, end: operand.end };
    }
    return postfix();
  };

  // In Excel, negation binds tighter than ^ (=-2^2 is 4), so unary sits below every level.
  const expression = (level: number): FormulaNode => {
    if (level === LEVELS.length) return unary();
    let left = expression(level + 1);
    for (;;) {
      const token = peek();
      if (token?.kind !== "operator" || !LEVELS[level].includes(token.text)) return left;
      take();
      const right = expression(level + 1);
      left = { kind: "binary", op: token.text, left, right, start: left.start, end: right.end };
    }
  };

  const root = expression(0);
  if (at !== tokens.length)
    throw new FormulaUnsupported(`left over "${tokens[at].text}" in ${formula}`);
  return root;
}
