/*
 * Reads the formulas DEAL writes into a syntax tree that keeps each node's place in the text, so
 * that the file writer can both evaluate a formula (to cache its value) and rewrite parts of it
 * (function names, structured references, DEAL calls) without touching the rest.
 *
 * It reads Excel's A1 formula language as DEAL uses it: numbers, strings, TRUE/FALSE, error
 * literals, cell references and ranges on the same sheet, structured references, array constants,
 * function calls (empty arguments included), the arithmetic, text and comparison operators and
 * the percent sign. References to other sheets and defined names are read (so that a formula
 * holding them can still be rewritten) but not evaluated.
 */

/** Why a formula cannot be read or evaluated here; the caller decides what that means. */
export class FormulaUnsupported extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FormulaUnsupported";
  }
}

export type TokenKind =
  | "number"
  | "string"
  | "boolean"
  | "error"
  | "ref"
  | "sheetRef"
  | "struct"
  | "function"
  | "name"
  | "operator"
  | "("
  | ")"
  | ","
  | ";"
  | "{"
  | "}"
  | ":"
  | "%";

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** Offsets in the formula text (without its leading "="), end exclusive. */
  readonly start: number;
  readonly end: number;
}

const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];
const CELL_REF = /^\$?[A-Za-z]{1,3}\$?\d+$/;
const OPERATORS = ["<=", ">=", "<>", "+", "-", "*", "/", "^", "&", "=", "<", ">"];
const SINGLE: Record<string, TokenKind> = {
  "(": "(",
  ")": ")",
  ",": ",",
  ";": ";",
  "{": "{",
  "}": "}",
  ":": ":",
  "%": "%",
};

/** The index just past the bracket that closes the one at `start` (brackets nest). */
function closingBracket(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    // Inside a structured reference, an apostrophe escapes the next character ("'[").
    if (c === "'") i++;
    else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) return i + 1;
  }
  throw new FormulaUnsupported(`an unclosed "[" in ${text}`);
}

/** Where a reference after "Sheet!" ends: a cell, a range of cells, or a name. */
function sheetRefEnd(text: string, bang: number): number {
  const rest =
    /^!(?:\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|[A-Za-z_][A-Za-z0-9_.]*)/.exec(
      text.slice(bang)
    );
  if (rest === null)
    throw new FormulaUnsupported(`cannot read the reference at "${text.slice(bang, bang + 10)}"`);
  return bang + rest[0].length;
}

/** Splits a formula (with or without its leading "=") into tokens. */
export function tokenize(formula: string): Token[] {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, end: number) => {
    tokens.push({ kind, text: text.slice(i, end), start: i, end });
    i = end;
  };
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"') {
      let end = i + 1;
      for (;;) {
        if (end >= text.length) throw new FormulaUnsupported(`an unclosed string in ${formula}`);
        if (text[end] === '"') {
          if (text[end + 1] === '"') end += 2;
          else break;
        } else end++;
      }
      push("string", end + 1);
      continue;
    }
    if (c in SINGLE) {
      push(SINGLE[c], i + 1);
      continue;
    }
    const operator = OPERATORS.find((op) => text.startsWith(op, i));
    if (operator !== undefined) {
      push("operator", i + operator.length);
      continue;
    }
    if (c === "[") {
      push("struct", closingBracket(text, i));
      continue;
    }
    if (c === "#") {
      const literal = ERROR_LITERALS.find((e) => text.toUpperCase().startsWith(e, i));
      if (literal === undefined)
        throw new FormulaUnsupported(`an unknown error literal in ${formula}`);
      push("error", i + literal.length);
      continue;
    }
    const number = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (number !== null && !/[A-Za-z_$]/.test(text[i + number[0].length] ?? "")) {
      push("number", i + number[0].length);
      continue;
    }
    const word = /^[A-Za-z_\\$][A-Za-z0-9_.$\\]*/.exec(text.slice(i));
    if (word !== null) {
      const end = i + word[0].length;
      const next = text[end];
      if (next === "(") push("function", end);
      else if (next === "[") push("struct", closingBracket(text, end));
      else if (next === "!") push("sheetRef", sheetRefEnd(text, end));
      else if (CELL_REF.test(word[0])) push("ref", end);
      else if (/^(TRUE|FALSE)$/i.test(word[0])) push("boolean", end);
      else push("name", end);
      continue;
    }
    if (c === "'") {
      // 'Sheet name'!A1, with '' for an apostrophe in the name.
      let end = i + 1;
      while (end < text.length && !(text[end] === "'" && text[end + 1] !== "'"))
        end += text[end] === "'" ? 2 : 1;
      if (text[end + 1] !== "!")
        throw new FormulaUnsupported(`cannot read "${text.slice(i, i + 10)}" in ${formula}`);
      push("sheetRef", sheetRefEnd(text, end + 1));
      continue;
    }
    throw new FormulaUnsupported(`cannot read "${text.slice(i, i + 10)}" in ${formula}`);
  }
  return tokens;
}

/** A node of the syntax tree, with its place in the formula text. */
export type FormulaNode = (
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly value: string }
  | { readonly kind: "ref"; readonly row: number; readonly column: number }
  | {
      readonly kind: "range";
      readonly top: number;
      readonly left: number;
      readonly bottom: number;
      readonly right: number;
    }
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

/** Zero-based row and column of an A1 reference such as "$B$4". */
export function parseCellRef(text: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text);
  if (match === null) throw new FormulaUnsupported(`not a cell reference: ${text}`);
  const column = [...match[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]) - 1, column: column - 1 };
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
    if (peek()?.kind === ")") {
      const close = take();
      return {
        kind: "call",
        name: name.text,
        nameStart: name.start,
        nameEnd: name.end,
        args,
        start: name.start,
        end: close.end,
      };
    }
    for (;;) {
      const next = peek();
      args.push(next?.kind === "," || next?.kind === ")" ? null : expression(0));
      const token = take();
      if (token.kind === ")") {
        return {
          kind: "call",
          name: name.text,
          nameStart: name.start,
          nameEnd: name.end,
          args,
          start: name.start,
          end: token.end,
        };
      }
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
        const first = parseCellRef(token.text);
        if (peek()?.kind !== ":")
          return { kind: "ref", ...first, start: token.start, end: token.end };
        take(":");
        const lastToken = take("ref");
        const last = parseCellRef(lastToken.text);
        return {
          kind: "range",
          top: Math.min(first.row, last.row),
          left: Math.min(first.column, last.column),
          bottom: Math.max(first.row, last.row),
          right: Math.max(first.column, last.column),
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
