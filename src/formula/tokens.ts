import { CELL_PATTERN } from "./a1";
import { FormulaUnsupported } from "./unsupported";

/*
 * Splits a formula's text into tokens, each with its place in the text. `scanTokens` reads any
 * text at all: what it cannot read becomes an "unknown" token that says why, so that finding
 * calls in a formula a user typed never fails. `tokenize` is the same reading for the parser: it
 * refuses a formula with an unknown token.
 */

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
  | "%"
  | "unknown";

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** Offsets in the formula text (without its leading "="), end exclusive. */
  readonly start: number;
  readonly end: number;
  /** For an unknown token: why it cannot be read. */
  readonly problem?: string;
}

const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];
const CELL_REF = new RegExp(`^${CELL_PATTERN}$`);
/** After "Sheet!": a cell, a range of cells, or a name. */
const SHEET_REF_REST = new RegExp(
  String.raw`^!(?:${CELL_PATTERN}(?::${CELL_PATTERN})?|[A-Za-z_][A-Za-z0-9_.]*)`
);
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
/** A name, a function's name or a cell reference: Excel's name characters, and "$" for references. */
const WORD = /^[\p{L}_\\$][\p{L}\p{N}_.\\?$]*/u;
const WORD_START = /[\p{L}_\\$]/u;
const OPERATORS = ["<=", ">=", "<>", "+", "-", "*", "/", "^", "&", "=", "<", ">"];
const SINGLE: Readonly<Record<string, TokenKind>> = {
  "(": "(",
  ")": ")",
  ",": ",",
  ";": ";",
  "{": "{",
  "}": "}",
  ":": ":",
  "%": "%",
};

/** The index just past the bracket that closes the one at `start` (brackets nest); -1 if none. */
function closingBracket(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    // Inside a structured reference, an apostrophe escapes the next character ("'[").
    if (c === "'") i++;
    else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) return i + 1;
  }
  return -1;
}

/** The index just past the quote that closes the one at `start` (doubled inside); -1 if none. */
function closingQuote(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] !== quote) continue;
    if (text[i + 1] === quote) i++;
    else return i + 1;
  }
  return -1;
}

/**
 * Every token of a formula (with or without its leading "="), left to right. Never throws: text
 * it cannot read is an "unknown" token, and reading goes on after it.
 */
export function scanTokens(formula: string): Token[] {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, end: number) => {
    tokens.push({ kind, text: text.slice(i, end), start: i, end });
    i = end;
  };
  const unknown = (end: number, problem: string) => {
    tokens.push({ kind: "unknown", text: text.slice(i, end), start: i, end, problem });
    i = end;
  };
  const unreadable = () => `cannot read "${text.slice(i, i + 10)}" in ${formula}`;
  /** A reference after "Sheet!" (`bang` is the "!"), or the sheet alone before a function's name. */
  const sheetRef = (bang: number) => {
    const rest = SHEET_REF_REST.exec(text.slice(bang));
    if (rest === null)
      return unknown(bang + 1, `cannot read the reference at "${text.slice(bang, bang + 10)}"`);
    const end = bang + rest[0].length;
    if (text[end] === "(") return unknown(bang + 1, `a function after a sheet name in ${formula}`);
    push("sheetRef", end);
  };

  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"') {
      const end = closingQuote(text, i, '"');
      if (end < 0) unknown(text.length, `an unclosed string in ${formula}`);
      else push("string", end);
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
      const end = closingBracket(text, i);
      if (end < 0) unknown(text.length, `an unclosed "[" in ${text}`);
      else push("struct", end);
      continue;
    }
    if (c === "#") {
      const literal = ERROR_LITERALS.find((e) => text.toUpperCase().startsWith(e, i));
      if (literal === undefined) unknown(i + 1, `an unknown error literal in ${formula}`);
      else push("error", i + literal.length);
      continue;
    }
    const number = NUMBER.exec(text.slice(i));
    if (number !== null) {
      const end = i + number[0].length;
      // A number run into a name ("1e5x") is not one.
      if (WORD_START.test(text[end] ?? "")) unknown(end, unreadable());
      else push("number", end);
      continue;
    }
    const word = WORD.exec(text.slice(i));
    if (word !== null) {
      const end = i + word[0].length;
      const next = text[end];
      if (next === "(") push("function", end);
      else if (next === "[") {
        const close = closingBracket(text, end);
        if (close < 0) unknown(text.length, `an unclosed "[" in ${text}`);
        else push("struct", close);
      } else if (next === "!") sheetRef(end);
      else if (CELL_REF.test(word[0])) push("ref", end);
      else if (/^(TRUE|FALSE)$/i.test(word[0])) push("boolean", end);
      else push("name", end);
      continue;
    }
    if (c === "'") {
      // 'Sheet name'!A1, with '' for an apostrophe in the name.
      const end = closingQuote(text, i, "'");
      if (end < 0) unknown(text.length, unreadable());
      else if (text[end] === "!") sheetRef(end);
      else unknown(end, unreadable());
      continue;
    }
    unknown(i + 1, unreadable());
  }
  return tokens;
}

/**
 * The tokens of a formula (with or without its leading "="), for the parser.
 * @throws FormulaUnsupported at the first text it cannot read.
 */
export function tokenize(formula: string): Token[] {
  const tokens = scanTokens(formula);
  const unknown = tokens.find((token) => token.kind === "unknown");
  if (unknown !== undefined) throw new FormulaUnsupported(unknown.problem ?? unknown.text);
  return tokens;
}
