/*
 * HyperFormula has no LAMBDA, LET or ISOMITTED. To evaluate a twin's LAMBDA there anyway, this
 * takes the LAMBDA's *text* apart (not the source it was printed from, so that the text itself is
 * what is tested): parameters become the call's argument texts, ISOMITTED(p) becomes TRUE() or
 * FALSE(), and each LET name becomes its value in parentheses, which is what LET means. What is
 * left is an ordinary formula of whole-column array arithmetic, as Excel 365 evaluates it.
 */

interface Token {
  readonly type: "string" | "number" | "word" | "other";
  readonly text: string;
}

const TOKEN =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+|[A-Za-z_\\][A-Za-z0-9_.]*|\s+|[\s\S]/gy;

/** A blank cell standing for an omitted argument: the sheets of the tests never write there. */
export const BLANK_CELL = "$AY$1000";

function tokenize(formula: string): Token[] {
  return [...formula.matchAll(TOKEN)].map(([text]) => ({
    type: /^["']/.test(text)
      ? "string"
      : /^[\d.]/.test(text)
        ? "number"
        : /^[A-Za-z_\\]/.test(text)
          ? "word"
          : "other",
    text,
  }));
}

/** Whether the parentheses of a formula balance, outside text in quotes. */
export function parenthesesBalance(formula: string): boolean {
  let depth = 0;
  for (const token of tokenize(formula)) {
    if (token.text === "(") depth++;
    if (token.text === ")" && --depth < 0) return false;
  }
  return depth === 0;
}

/** The arguments of the call that starts at `tokens[0]` (a function name), split at top-level commas. */
function callArgs(tokens: readonly Token[], fn: string): Token[][] {
  if (tokens[0]?.text.toUpperCase() !== fn || tokens[1]?.text !== "(") {
    throw new Error(`expected ${fn}(…), got ${tokens.map((t) => t.text).join("")}`);
  }
  if (tokens[tokens.length - 1].text !== ")") throw new Error(`${fn}(… does not end with ")"`);
  const args: Token[][] = [[]];
  let depth = 0;
  for (const token of tokens.slice(2, -1)) {
    if (token.text === "(" || token.text === "{") depth++;
    if (token.text === ")" || token.text === "}") depth--;
    if (token.text === "," && depth === 0) args.push([]);
    else args[args.length - 1].push(token);
  }
  return args.map((arg) => arg.filter((t) => !/^\s+$/.test(t.text)));
}

/** Writes tokens out with names replaced by `values` (case-insensitive; not function names). */
function substitute(
  tokens: readonly Token[],
  values: ReadonlyMap<string, string>,
  omitted: ReadonlySet<string>
): string {
  let text = "";
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1]?.text;
    if (token.type === "word" && token.text.toUpperCase() === "ISOMITTED" && next === "(") {
      const param = tokens[i + 2].text.toLowerCase();
      if (tokens[i + 3]?.text !== ")") throw new Error("ISOMITTED takes one parameter");
      text += omitted.has(param) ? "TRUE()" : "FALSE()";
      i += 3;
    } else if (token.type === "word" && next !== "(" && values.has(token.text.toLowerCase())) {
      text += values.get(token.text.toLowerCase());
    } else {
      text += token.text;
    }
  }
  return text;
}

/** The parameters of a LAMBDA text, optional ones in brackets as written ("[mode]"). */
export function lambdaParams(lambda: string): string[] {
  const args = callArgs(tokenize(lambda.replace(/^=/, "")), "LAMBDA");
  return args.slice(0, -1).map((arg) => arg.map((t) => t.text).join(""));
}

/** The LET names of a LAMBDA text, in order. */
export function letNames(lambda: string): string[] {
  const args = callArgs(tokenize(lambda.replace(/^=/, "")), "LAMBDA");
  const pairs = callArgs(args[args.length - 1], "LET");
  return pairs
    .slice(0, -1)
    .filter((_, i) => i % 2 === 0)
    .map((arg) => arg[0].text);
}

/**
 * The LAMBDA `=LAMBDA(p…, LET(…))` applied to argument texts, as one formula without LAMBDA or
 * LET ("" for an omitted optional argument, which reads a blank cell where it is still used).
 */
export function applyLambda(lambda: string, args: readonly string[]): string {
  const lambdaArgs = callArgs(tokenize(lambda.replace(/^=/, "")), "LAMBDA");
  const params = lambdaArgs.slice(0, -1).map((arg) =>
    arg
      .map((t) => t.text)
      .join("")
      .replace(/^\[(.*)\]$/, "$1")
      .toLowerCase()
  );
  const values = new Map<string, string>();
  const omitted = new Set<string>();
  params.forEach((param, i) => {
    const arg = (args[i] ?? "").trim();
    if (arg === "") omitted.add(param);
    values.set(param, arg === "" ? BLANK_CELL : `(${arg})`);
  });
  const pairs = callArgs(lambdaArgs[lambdaArgs.length - 1], "LET");
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    values.set(pairs[i][0].text.toLowerCase(), `(${substitute(pairs[i + 1], values, omitted)})`);
  }
  return substitute(pairs[pairs.length - 1], values, omitted);
}
