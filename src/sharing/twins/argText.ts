import {
  parseRangeAddress,
  parseRectAddress,
  type Rect,
  scanTokens,
  type Token,
} from "../../formula";
import { Expr, bool, num, str } from "./expr";
import { ATOM } from "./print";

/*
 * What the inline form can tell from an argument's text. The inline form is unrolled over the
 * rows of a table, so it must know a range's size when it is generated: it reads it from an A1
 * reference ($A$2:$C$6, 'Price list'!B2:C9) or an array constant ({0;-0.15;-0.1}).
 */

/** The size of a range or array constant. */
export interface Shape {
  readonly rows: number;
  readonly columns: number;
}

export type ArgText =
  /** An omitted optional argument (""). */
  | { readonly kind: "omitted" }
  /** A number, text, TRUE/FALSE or array constant, folded into the formula where it helps. */
  | { readonly kind: "literal"; readonly expr: Expr; readonly shape: Shape }
  /** An A1 reference to a cell or a rectangular range. */
  | { readonly kind: "range"; readonly expr: Expr; readonly shape: Shape }
  /** Anything else (a defined name, a formula): used as given, its size unknown. */
  | { readonly kind: "other"; readonly expr: Expr };

const ONE: Shape = { rows: 1, columns: 1 };

/** Whether each token starts where the one before it ends: no space between them. */
const adjacent = (tokens: readonly Token[]): boolean =>
  tokens.every((token, i) => i === 0 || token.start === tokens[i - 1].end);

/** Whether the tokens spell the whole text and nothing else ("=1" is no argument's text). */
const spellWhole = (tokens: readonly Token[], text: string): boolean =>
  tokens.length > 0 &&
  tokens[0].start === 0 &&
  tokens[tokens.length - 1].end === text.length &&
  adjacent(tokens);

/** A number (signed or not), a string or TRUE/FALSE, written as `tokens` side by side. */
function literal(tokens: readonly Token[]): Expr | undefined {
  if (!adjacent(tokens)) return undefined;
  const [first, second] = tokens;
  if (tokens.length === 1 && first.kind === "number") return num(Number(first.text), first.text);
  if (tokens.length === 1 && first.kind === "string")
    return str(first.text.slice(1, -1).replace(/""/g, '"'));
  if (tokens.length === 1 && first.kind === "boolean")
    return bool(first.text.toUpperCase() === "TRUE");
  const signed = first?.kind === "operator" && (first.text === "-" || first.text === "+");
  if (tokens.length === 2 && signed && second.kind === "number") {
    const text = first.text === "-" ? `-${second.text}` : second.text;
    return num(Number(text), text);
  }
  return undefined;
}

/**
 * An array constant's entries, row by row (Excel's separators: "," between columns, ";" between
 * rows), from the tokens inside its braces; undefined unless each entry is one literal.
 */
function arrayConstant(inside: readonly Token[]): Expr[][] | undefined {
  const rows: Expr[][] = [[]];
  let entry: Token[] = [];
  for (const token of [...inside, undefined]) {
    if (token !== undefined && token.kind !== "," && token.kind !== ";") {
      entry.push(token);
      continue;
    }
    const value = literal(entry);
    if (value === undefined) return undefined;
    rows[rows.length - 1].push(value);
    entry = [];
    if (token?.kind === ";") rows.push([]);
  }
  const width = rows[0].length;
  return rows.every((row) => row.length === width) ? rows : undefined;
}

/** The rectangle of an A1 reference ($A$2:$C$6, 'Price list'!B2:C9), spelled by `tokens`. */
function rangeOf(tokens: readonly Token[], text: string): Rect | undefined {
  if (!spellWhole(tokens, text)) return undefined;
  const kinds = tokens.map((token) => token.kind).join(" ");
  if (kinds === "ref" || kinds === "ref : ref") return parseRectAddress(text);
  return kinds === "sheetRef" ? parseRangeAddress(text) : undefined;
}

/** Text the inline form uses as it is; it binds loosest, so it is parenthesised as an operand. */
const other = (text: string): ArgText => ({
  kind: "other",
  expr: { kind: "text", text, precedence: 0 },
});

/** Reads one argument text of a DEAL call as the inline form receives it. */
export function readArgText(raw: string): ArgText {
  const text = raw.trim();
  if (text === "") return { kind: "omitted" };
  const tokens = scanTokens(text);
  const value = spellWhole(tokens, text) ? literal(tokens) : undefined;
  if (value !== undefined) return { kind: "literal", expr: value, shape: ONE };
  const [first, last] = [tokens[0], tokens[tokens.length - 1]];
  if (first?.kind === "{" && first.start === 0 && last.kind === "}" && last.end === text.length) {
    const cells = arrayConstant(tokens.slice(1, -1));
    if (cells !== undefined) {
      const shape = { rows: cells.length, columns: cells[0].length };
      return { kind: "literal", expr: { kind: "text", text, precedence: ATOM, cells }, shape };
    }
  }
  const rect = rangeOf(tokens, text);
  if (rect === undefined) return other(text);
  const shape = { rows: rect.rows, columns: rect.columns };
  return { kind: "range", expr: { kind: "text", text, precedence: ATOM }, shape };
}
