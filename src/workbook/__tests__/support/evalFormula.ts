/*
 * A tiny evaluator for the benchmark's cost formulas, so a test can check what a formula computes
 * and not only how it is spelled. It knows just what those formulas use: numbers, absolute cell
 * references, this-row structured references, + − × ÷, parentheses, and IF(ref="",a,b).
 * A blank (null) counts as 0 in arithmetic, as in Excel.
 */

export type Blank = null;

export interface FormulaContext {
  /** Values of cells by absolute address, e.g. { "$B$4": 2000 }. */
  readonly cells: Readonly<Record<string, number>>;
  /** This row's values by header, null for a blank cell. */
  readonly row: Readonly<Record<string, number | Blank>>;
}

const TOKEN =
  /\s*(\$[A-Z]+\$\d+|\[@\[[^\]]+\]\]|\[@[A-Za-z0-9_]+\]|\d+(?:\.\d+)?|IF|""|[-+*/(),=])/y;

function tokenize(formula: string): string[] {
  if (!formula.startsWith("=")) throw new Error(`not a formula: ${formula}`);
  const tokens: string[] = [];
  TOKEN.lastIndex = 1;
  while (TOKEN.lastIndex < formula.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(formula);
    if (match === null) throw new Error(`cannot read "${formula.slice(start)}"`);
    tokens.push(match[1]);
  }
  return tokens;
}

/** Evaluates a formula; throws on anything outside the small language above. */
export function evaluate(formula: string, context: FormulaContext): number {
  const tokens = tokenize(formula);
  let at = 0;
  const peek = (): string | undefined => tokens[at];
  const take = (expected?: string): string => {
    const token = tokens[at++];
    if (token === undefined || (expected !== undefined && token !== expected)) {
      throw new Error(`expected ${expected ?? "more"} at token ${at - 1} of ${formula}`);
    }
    return token;
  };

  const reference = (token: string): number | Blank => {
    if (token.startsWith("$")) {
      const value = context.cells[token];
      if (value === undefined) throw new Error(`unknown cell ${token}`);
      return value;
    }
    const header = token.startsWith("[@[") ? token.slice(3, -2) : token.slice(2, -1);
    const value = context.row[header];
    if (value === undefined) throw new Error(`unknown column ${header}`);
    return value;
  };

  const factor = (): number => {
    const token = take();
    if (token === "-") return -factor();
    if (token === "(") {
      const value = sum();
      take(")");
      return value;
    }
    if (token === "IF") {
      take("(");
      const tested = reference(take());
      take("=");
      take('""');
      take(",");
      const whenBlank = sum();
      take(",");
      const otherwise = sum();
      take(")");
      return tested === null ? whenBlank : otherwise;
    }
    if (/^\d/.test(token)) return Number(token);
    if (token.startsWith("$") || token.startsWith("[@")) return reference(token) ?? 0;
    throw new Error(`unexpected ${token} in ${formula}`);
  };
  const product = (): number => {
    let value = factor();
    while (peek() === "*" || peek() === "/")
      value = take() === "*" ? value * factor() : value / factor();
    return value;
  };
  const sum = (): number => {
    let value = product();
    while (peek() === "+" || peek() === "-")
      value = take() === "+" ? value + product() : value - product();
    return value;
  };

  const result = sum();
  if (at !== tokens.length) throw new Error(`left over: ${tokens.slice(at).join(" ")}`);
  return result;
}
