import { FormulaUnsupported } from "./formulaUnsupported";

/* Splits a formula's text into tokens, each with its place in the text (see formulaSyntax.ts). */

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
