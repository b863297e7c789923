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
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
/** The digits of a number, with a fraction or exponent only where digits follow. */
const DIGITS = /^\d*\.?\d+(?:[eE][+-]?\d+)?/;
/** A cell reference where it starts ("$B$4", "B4"): it is one only when no name character follows. */
const REF_AT = new RegExp(`^${CELL_PATTERN}`);
/** A name or a function's name: Excel's name characters. */
const WORD = /^[\p{L}_\\][\p{L}\p{N}_.\\?]*/u;
const NAME_OR_REF_START = /[\p{L}_\\$]/u;
const NAME_PART = /[\p{L}\p{N}_.\\?]/u;
const NAME_OR_REF_PART = /[\p{L}\p{N}_.\\?$]/u;
/** What follows "Sheet!": a cell or a name, read whole. */
const AFTER_SHEET = /^[\p{L}\p{N}_.\\?$]+/u;
const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u;
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

/** Reads one formula's text into tokens, left to right (see scanTokens). */
class Scanner {
  readonly tokens: Token[] = [];
  private readonly text: string;
  private at = 0;

  constructor(private readonly formula: string) {
    this.text = formula.startsWith("=") ? formula.slice(1) : formula;
  }

  scan(): Token[] {
    while (this.at < this.text.length) this.next();
    return this.tokens;
  }

  private push(kind: TokenKind, end: number): void {
    this.tokens.push({ kind, text: this.text.slice(this.at, end), start: this.at, end });
    this.at = end;
  }

  private unknown(end: number, problem: string): void {
    const { text, at } = this;
    this.tokens.push({ kind: "unknown", text: text.slice(at, end), start: at, end, problem });
    this.at = end;
  }

  private unreadable(): string {
    return `cannot read "${this.text.slice(this.at, this.at + 10)}" in ${this.formula}`;
  }

  /** Reads the token at `at`. */
  private next(): void {
    const { text, at } = this;
    const c = text[at];
    const rest = text.slice(at);
    const operator = OPERATORS.find((op) => rest.startsWith(op));
    if (/\s/.test(c)) this.at++;
    else if (c === '"') this.quoted();
    else if (c in SINGLE) this.push(SINGLE[c], at + 1);
    else if (operator !== undefined) this.push("operator", at + operator.length);
    else if (c === "[") this.bracketed(at);
    else if (c === "#") this.errorLiteral();
    else if (NUMBER.test(rest)) this.number();
    else if (!this.reference() && !this.word()) {
      if (c === "'") this.quotedSheet();
      else this.unknown(at + 1, this.unreadable());
    }
  }

  /** A string, with "" for a quote inside. */
  private quoted(): void {
    const end = closingQuote(this.text, this.at, '"');
    if (end < 0) this.unknown(this.text.length, `an unclosed string in ${this.formula}`);
    else this.push("string", end);
  }

  /** A structured reference, from its table's name at `at` to the bracket that closes `open`. */
  private bracketed(open: number): void {
    const end = closingBracket(this.text, open);
    if (end < 0) this.unknown(this.text.length, `an unclosed "[" in ${this.text}`);
    else this.push("struct", end);
  }

  private errorLiteral(): void {
    const { text, at } = this;
    const literal = ERROR_LITERALS.find((e) => text.toUpperCase().startsWith(e, at));
    // One run into a name ("#N/AX", "#REF!A1") is not one either.
    if (literal === undefined || NAME_OR_REF_PART.test(text[at + literal.length] ?? ""))
      this.unknown(at + 1, `an unknown error literal in ${this.formula}`);
    else this.push("error", at + literal.length);
  }

  private number(): void {
    const rest = this.text.slice(this.at);
    const end = this.at + NUMBER.exec(rest)![0].length;
    // A number run into a name ("1e5x") is not one: its digits are passed over, the rest read on.
    if (NAME_OR_REF_START.test(this.text[end] ?? ""))
      this.unknown(this.at + DIGITS.exec(rest)![0].length, this.unreadable());
    else this.push("number", end);
  }

  /** A cell reference, when one starts here; "$" is no name character, so it is read first. */
  private reference(): boolean {
    const ref = REF_AT.exec(this.text.slice(this.at));
    if (ref === null) return false;
    const end = this.at + ref[0].length;
    const next = this.text[end];
    // "LOG10(" is a function and "A1B" a name, but "$A$1" is a reference.
    const partOfName =
      next !== undefined &&
      (NAME_PART.test(next) || (!ref[0].includes("$") && "([!".includes(next)));
    if (partOfName) return false;
    this.push("ref", end);
    return true;
  }

  /** A name: a function's before "(", a table's before "[", a sheet's before "!", or TRUE/FALSE. */
  private word(): boolean {
    const word = WORD.exec(this.text.slice(this.at));
    if (word === null) return false;
    const end = this.at + word[0].length;
    const next = this.text[end];
    if (next === "(") this.push("function", end);
    else if (next === "[") this.bracketed(end);
    else if (next === "!") this.sheetRef(end);
    else if (/^(TRUE|FALSE)$/i.test(word[0])) this.push("boolean", end);
    else this.push("name", end);
    return true;
  }

  /** 'Sheet name'!A1, with '' for an apostrophe in the name. */
  private quotedSheet(): void {
    const end = closingQuote(this.text, this.at, "'");
    if (end < 0) this.unknown(this.text.length, this.unreadable());
    else if (this.text[end] === "!") this.sheetRef(end);
    else this.unknown(end, this.unreadable());
  }

  /**
   * A reference after "Sheet!" (`bang` is the "!"): a cell, a range of cells or a name; or the
   * sheet alone before a function's name.
   */
  private sheetRef(bang: number): void {
    let end = this.wordAfterSheet(bang + 1, false);
    if (end === undefined) {
      this.unknown(bang + 1, `cannot read the reference at "${this.text.slice(bang, bang + 10)}"`);
      return;
    }
    if (this.text[end] === ":" && CELL_REF.test(this.text.slice(bang + 1, end)))
      end = this.wordAfterSheet(end + 1, true) ?? end;
    if (this.text[end] === "(")
      this.unknown(bang + 1, `a function after a sheet name in ${this.formula}`);
    else this.push("sheetRef", end);
  }

  /** Where the word after "Sheet!" (or after its ":") ends, when it is a cell or a name. */
  private wordAfterSheet(start: number, cellOnly: boolean): number | undefined {
    const word = AFTER_SHEET.exec(this.text.slice(start))?.[0];
    if (word === undefined) return undefined;
    if (CELL_REF.test(word) || (!cellOnly && NAME.test(word))) return start + word.length;
    return undefined;
  }
}

/**
 * Every token of a formula (with or without its leading "="), left to right. Never throws: text
 * it cannot read is an "unknown" token, and reading goes on after it.
 */
export function scanTokens(formula: string): Token[] {
  return new Scanner(formula).scan();
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
