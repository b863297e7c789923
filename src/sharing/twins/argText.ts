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
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const STRING = /^"(?:[^"]|"")*"$/;
const CELL = String.raw`\$?([A-Za-z]{1,3})\$?(\d+)`;
const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!`;
const REFERENCE = new RegExp(`^(?:${SHEET})?${CELL}(?::${CELL})?$`);

/** 1-based column number of column letters: A → 1, Z → 26, AA → 27. */
function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function literal(text: string): Expr | undefined {
  if (NUMBER.test(text)) return num(Number(text), text.replace(/^\+/, ""));
  if (STRING.test(text)) return str(text.slice(1, -1).replace(/""/g, '"'));
  if (/^(TRUE|FALSE)$/i.test(text)) return bool(text.toUpperCase() === "TRUE");
  return undefined;
}

/** Splits `text` at `separator` outside string literals. */
function splitOutsideStrings(text: string, separator: string): string[] {
  const parts: string[] = [];
  let inString = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') inString = !inString;
    else if (!inString && text[i] === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** An array constant's entries, row by row (Excel's separators: "," between columns, ";" between rows). */
function arrayConstant(text: string): Expr[][] | undefined {
  const rows = splitOutsideStrings(text.slice(1, -1), ";").map((row) =>
    splitOutsideStrings(row, ",").map((entry) => literal(entry.trim()))
  );
  const width = rows[0].length;
  if (rows.some((row) => row.length !== width || row.some((e) => e === undefined)))
    return undefined;
  return rows as Expr[][];
}

/** Reads one argument text of a DEAL call as the inline form receives it. */
export function readArgText(raw: string): ArgText {
  const text = raw.trim();
  if (text === "") return { kind: "omitted" };
  const value = literal(text);
  if (value !== undefined) return { kind: "literal", expr: value, shape: ONE };
  if (text.startsWith("{") && text.endsWith("}")) {
    const cells = arrayConstant(text);
    if (cells !== undefined) {
      const shape = { rows: cells.length, columns: cells[0].length };
      return { kind: "literal", expr: { kind: "text", text, precedence: ATOM, cells }, shape };
    }
  }
  const reference = REFERENCE.exec(text);
  if (reference !== null) {
    const [, col1, row1, col2 = col1, row2 = row1] = reference;
    const shape = {
      rows: Math.abs(Number(row2) - Number(row1)) + 1,
      columns: Math.abs(columnNumber(col2) - columnNumber(col1)) + 1,
    };
    return { kind: "range", expr: { kind: "text", text, precedence: ATOM }, shape };
  }
  // Unknown text binds loosest: it is parenthesised wherever it is an operand.
  return { kind: "other", expr: { kind: "text", text, precedence: 0 } };
}
