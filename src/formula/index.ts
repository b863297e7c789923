/*
 * The formula toolkit: Excel's A1 formula language as DEAL reads and writes it, with nothing of
 * DEAL in it, so that every layer above can use it (see test/unit/layers.test.ts for the order).
 *
 * - tokens.ts: a formula's text as tokens with their places. `scanTokens` reads any text (what it
 *   cannot read is an "unknown" token), so finding calls in what a user typed never fails;
 *   `tokenize` refuses the same text for the parser.
 * - parser.ts, tree.ts: the syntax tree, each node with its place in the text, so that a formula
 *   can be both evaluated and rewritten in parts (splices) without touching the rest. It reads
 *   numbers, strings, TRUE/FALSE, error literals, cell references and ranges, references to other
 *   sheets, defined names, structured references, array constants, function calls (empty
 *   arguments included), the arithmetic, text and comparison operators and the percent sign;
 *   anything else is FormulaUnsupported.
 * - a1.ts, rect.ts: A1 addresses both ways (column letters, cells, rectangles, sheet names) and
 *   the one rectangle type.
 */

export * from "./a1";
export * from "./rect";
export { FormulaUnsupported } from "./unsupported";
export { scanTokens, tokenize } from "./tokens";
export type { Token, TokenKind } from "./tokens";
export { parseFormula } from "./parser";
export { applySplices, walk } from "./tree";
export type { ArrayItem, FormulaNode, Splice } from "./tree";
