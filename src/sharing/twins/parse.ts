import { BinaryOp, Expr, PORTABLE_FUNCTIONS, PortableFn, binary, bool, num, str } from "./expr";

/*
 * Reads a twin's source expressions, written in Excel's own syntax (plus the portable lower-case
 * functions of expr.ts), into expression trees. Sources hold no cell references or array
 * constants: those only ever come from the caller's argument texts.
 */

type Token =
  | { readonly type: "number"; readonly text: string }
  | { readonly type: "string"; readonly value: string }
  | { readonly type: "identifier"; readonly text: string }
  | { readonly type: "symbol"; readonly text: string };

const TOKEN =
  /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|"((?:[^"]|"")*)"|([A-Za-z_][A-Za-z0-9_.]*)|(<=|>=|<>|[-+*/^&=<>(),]))/y;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (!match) throw new SyntaxError(`unexpected "${source.slice(at, at + 10)}" in ${source}`);
    const [, number, text, identifier, symbol] = match;
    if (number !== undefined) tokens.push({ type: "number", text: number });
    else if (text !== undefined) tokens.push({ type: "string", value: text.replace(/""/g, '"') });
    else if (identifier !== undefined) tokens.push({ type: "identifier", text: identifier });
    else tokens.push({ type: "symbol", text: symbol });
  }
  return tokens;
}

/** Binary operators from loosest to tightest, as Excel binds them (all left-associative). */
const LEVELS: readonly (readonly BinaryOp[])[] = [
  ["=", "<>", "<", "<=", ">", ">="],
  ["&"],
  ["+", "-"],
  ["*", "/"],
  ["^"],
];

const isPortable = (fn: string): fn is PortableFn =>
  (PORTABLE_FUNCTIONS as readonly string[]).includes(fn);

class Parser {
  private position = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly source: string
  ) {}

  parseAll(): Expr {
    const expr = this.level(0);
    if (this.position < this.tokens.length) this.fail("end of formula");
    return expr;
  }

  private peekSymbol(): string | undefined {
    const token = this.tokens[this.position];
    return token?.type === "symbol" ? token.text : undefined;
  }

  private expect(symbol: string): void {
    if (this.peekSymbol() !== symbol) this.fail(`"${symbol}"`);
    this.position++;
  }

  private fail(expected: string): never {
    const token = this.tokens[this.position];
    const got = token === undefined ? "the end" : JSON.stringify(token);
    throw new SyntaxError(`expected ${expected}, got ${got} in ${this.source}`);
  }

  private level(depth: number): Expr {
    if (depth === LEVELS.length) return this.unary();
    let left = this.level(depth + 1);
    for (;;) {
      const op = this.peekSymbol() as BinaryOp | undefined;
      if (op === undefined || !LEVELS[depth].includes(op)) return left;
      this.position++;
      left = binary(op, left, this.level(depth + 1));
    }
  }

  // Excel's negation binds tighter than ^: -2^2 is 4.
  private unary(): Expr {
    if (this.peekSymbol() === "-") {
      this.position++;
      return { kind: "negate", operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): Expr {
    const token = this.tokens[this.position];
    if (token === undefined) this.fail("a value");
    this.position++;
    if (token.type === "number") return num(Number(token.text), token.text);
    if (token.type === "string") return str(token.value);
    if (token.type === "symbol") {
      if (token.text !== "(") this.fail("a value");
      const inner = this.level(0);
      this.expect(")");
      return inner;
    }
    if (this.peekSymbol() !== "(") {
      if (/^(TRUE|FALSE)$/.test(token.text)) return bool(token.text === "TRUE");
      return { kind: "name", name: token.text };
    }
    const args = this.args();
    if (isPortable(token.text)) return { kind: "portable", fn: token.text, args };
    if (!/^[A-Z][A-Z0-9.]*$/.test(token.text)) {
      throw new SyntaxError(`${token.text} is neither an Excel function nor a portable one`);
    }
    return { kind: "call", fn: token.text, args };
  }

  private args(): Expr[] {
    this.expect("(");
    const args: Expr[] = [];
    if (this.peekSymbol() === ")") {
      this.position++;
      return args;
    }
    for (;;) {
      args.push(this.level(0));
      if (this.peekSymbol() === ")") {
        this.position++;
        return args;
      }
      this.expect(",");
    }
  }
}

/**
 * Parses one source expression.
 * @throws SyntaxError naming what was expected, for a mistake in a twin's source.
 */
export function parseExpr(source: string): Expr {
  return new Parser(tokenize(source), source).parseAll();
}
