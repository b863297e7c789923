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

export { FormulaUnsupported } from "./formulaUnsupported";
export { tokenize } from "./formulaTokenizer";
export type { Token, TokenKind } from "./formulaTokenizer";
export { parseCellRef, parseFormula } from "./formulaParser";
export { applySplices, walk } from "./formulaTree";
export type { ArrayItem, FormulaNode, Splice } from "./formulaTree";
