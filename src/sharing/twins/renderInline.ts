import { ArgText, Shape, readArgText } from "./argText";
import { Expr, binary, bool, call, num, str } from "./expr";
import { foldNode, isBooleanTyped, literalNumber, truth } from "./fold";
import { print } from "./print";
import { TwinSource, positionsOf } from "./source";

/*
 * The inline form, for any spreadsheet: no LET, no LAMBDA, no arrays. Argument texts are
 * substituted for the parameters and named sub-expressions are written out where they are used;
 * an aggregate over the rows of a table becomes one term per row (INDEX(tiers,2,1) …), so every
 * function works on single values, as Excel 2010 and LibreOffice evaluate any formula. Literal
 * and omitted arguments are folded away, and only the branch of an IF that a literal picks is
 * written.
 */

type Positions = ReadonlyMap<string, number>;

/** The longest formula Excel accepts in a cell, in characters (LibreOffice accepts as long). */
export const EXCEL_FORMULA_LIMIT = 8192;
/** The most arguments an Excel function takes (MAX of one term per schedule row). */
const MAX_ARGUMENTS = 255;

class InlineRenderer {
  private readonly args = new Map<string, ArgText>();
  /** Range arguments whose size the formula was unrolled for. */
  private readonly sized = new Map<string, Shape>();

  constructor(
    private readonly source: TwinSource,
    argTexts: readonly string[]
  ) {
    if (argTexts.length > source.params.length) {
      this.fail(`takes at most ${source.params.length} arguments, got ${argTexts.length}`);
    }
    source.params.forEach((param, i) => {
      const arg = readArgText(argTexts[i] ?? "");
      if (arg.kind === "omitted" && !param.optional) this.fail(`${param.name} is required`);
      this.args.set(param.name, arg);
    });
  }

  render(): string {
    const formula = print(this.guard(this.expand(this.source.result, new Map())));
    if (formula.length > EXCEL_FORMULA_LIMIT) {
      this.fail(
        `${formula.length} characters, beyond the ${EXCEL_FORMULA_LIMIT} a cell accepts: use shorter ` +
          "references (inputs on the same sheet), fewer rows, or the LAMBDA form"
      );
    }
    return formula;
  }

  private fail(message: string): never {
    throw new Error(`DEAL.${this.source.fn} inline form: ${message}`);
  }

  /**
   * A formula unrolled for a range's size gives #N/A once the range is resized (rows inserted
   * inside it), rather than silently ignoring the new rows: it must then be generated again.
   */
  private guard(body: Expr): Expr {
    const checks = [...this.sized].flatMap(([param, shape]) => {
      const range = this.arg(param);
      return [
        binary("<>", call("ROWS", range), num(shape.rows)),
        binary("<>", call("COLUMNS", range), num(shape.columns)),
      ];
    });
    if (checks.length === 0) return body;
    const changed = checks.length === 1 ? checks[0] : call("OR", ...checks);
    return call("IF", changed, call("NA"), body);
  }

  private arg(param: string): Expr {
    const arg = this.args.get(param) as ArgText;
    // A required-in-context argument left out (per_step of a linear clause) is an error, as in DEAL.
    return arg.kind === "omitted" ? call("NA") : arg.expr;
  }

  private shape(param: string): Shape {
    const arg = this.args.get(param) as ArgText;
    if (arg.kind === "range") {
      if (arg.shape.rows * arg.shape.columns > 1) this.sized.set(param, arg.shape);
      return arg.shape;
    }
    if (arg.kind === "literal") return arg.shape;
    const got = arg.kind === "omitted" ? "nothing" : print(arg.expr);
    return this.fail(
      `${param} must be an A1 range such as $A$2:$C$6 or an array constant, to know its size; got ${got}`
    );
  }

  private expand(expr: Expr, at: Positions): Expr {
    switch (expr.kind) {
      case "name":
        return this.resolve(expr.name, at);
      case "binary":
        return foldNode({
          ...expr,
          left: this.expand(expr.left, at),
          right: this.expand(expr.right, at),
        });
      case "negate":
        return foldNode({ ...expr, operand: this.expand(expr.operand, at) });
      case "call":
        return this.expandCall(expr.fn, expr.args, at);
      case "portable":
        return this.expandPortable(expr.fn, expr.args, at);
      default:
        return expr;
    }
  }

  private resolve(id: string, at: Positions): Expr {
    if (this.args.has(id)) return this.arg(id);
    const position = at.get(id);
    if (position !== undefined) return num(position);
    const binding = this.source.lets.find((l) => l.name === id);
    if (binding === undefined || positionsOf(this.source, id) !== undefined) {
      return this.fail(`"${id}" is not a value here`);
    }
    return this.expand(binding.value, at);
  }

  // IF and CHOOSE write only the branch a literal picks: the others may not even exist
  // (the rows of an omitted ramp, the table branch of a linear SLA clause).
  private expandCall(fn: string, args: readonly Expr[], at: Positions): Expr {
    const [first, ...rest] = args;
    const picker = fn === "IF" || fn === "CHOOSE" ? this.expand(first, at) : undefined;
    if (fn === "IF") {
      const value = truth(picker as Expr);
      if (value !== undefined) return value ? this.expand(rest[0], at) : this.expandOr(rest[1], at);
    }
    if (fn === "CHOOSE" && picker?.kind === "number") {
      const k = picker.value;
      if (Number.isInteger(k) && k >= 1 && k <= rest.length) return this.expand(rest[k - 1], at);
    }
    const expanded =
      picker === undefined
        ? args.map((a) => this.expand(a, at))
        : [picker, ...rest.map((a) => this.expand(a, at))];
    return foldNode(call(fn, ...expanded));
  }

  private expandOr(expr: Expr | undefined, at: Positions): Expr {
    return expr === undefined ? bool(false) : this.expand(expr, at);
  }

  private expandPortable(fn: string, args: readonly Expr[], at: Positions): Expr {
    const [first, second] = args;
    const param = first.kind === "name" ? first.name : "";
    const each = () => args.map((a) => this.expand(a, at));
    switch (fn) {
      case "orDefault": {
        const arg = this.args.get(param) as ArgText;
        if (arg.kind === "omitted") return this.expand(second, at);
        if (arg.kind === "literal") return arg.expr;
        const blank = foldNode(binary("=", arg.expr, str("")));
        return foldNode(call("IF", blank, this.expand(second, at), arg.expr));
      }
      case "given":
        return bool(this.args.get(param)?.kind !== "omitted");
      case "rowCount":
        return num(this.shape(param).rows);
      case "columnCount":
        return num(this.shape(param).columns);
      case "cellCount":
        return num(this.shape(param).rows * this.shape(param).columns);
      case "item":
        return this.item(param, this.expand(second, at));
      case "sumOver":
      case "maxOver":
      case "productOver":
        return this.aggregate(fn, param, second, at);
      case "smaller":
        return foldNode(call("MIN", ...each()));
      case "numberOr0":
        return foldNode(call("N", ...each()));
      case "anyOf":
        return foldNode(call("OR", ...each()));
      case "allOf":
        return foldNode(call("AND", ...each()));
      default:
        return this.fail(`${fn}(…) is not a value here`);
    }
  }

  /** Entry `position` of a one-row or one-column list. */
  private item(list: string, position: Expr): Expr {
    const shape = this.shape(list);
    if (position.kind !== "number") return this.fail(`item(${list}, …) needs a fixed position`);
    if (shape.rows * shape.columns === 1) return this.arg(list);
    if (shape.rows > 1 && shape.columns > 1) {
      return this.fail(
        `${list} must be one row or one column, got ${shape.rows} × ${shape.columns}`
      );
    }
    const at = shape.rows > 1 ? [position, num(1)] : [num(1), position];
    return foldNode(call("INDEX", this.arg(list), ...at));
  }

  /** One term per position, written out: t1+t2+…, t1*t2*…, MAX(t1,t2,…). */
  private aggregate(fn: string, index: string, body: Expr, at: Positions): Expr {
    const positions = positionsOf(this.source, index) as Expr & { kind: "portable" };
    const over = positions.args[0].kind === "name" ? positions.args[0].name : "";
    const shape = this.shape(over);
    const count = positions.fn === "rowNumbers" ? shape.rows : shape.rows * shape.columns;
    const terms: Expr[] = [];
    for (let k = 1; k <= count; k++) terms.push(this.expand(body, new Map(at).set(index, k)));
    if (fn === "maxOver") {
      if (terms.length > MAX_ARGUMENTS)
        this.fail(`MAX takes at most ${MAX_ARGUMENTS} values, got ${terms.length}`);
      return foldNode(call("MAX", ...terms));
    }
    const [op, neutral] = fn === "sumOver" ? (["+", 0] as const) : (["*", 1] as const);
    const kept = terms.filter((t) => literalNumber(t) !== neutral);
    if (kept.length === 0) return num(neutral);
    const combined = kept.reduce((acc, t) => foldNode(binary(op, acc, t)));
    // A lone comparison would stay TRUE/FALSE where the aggregate is a number.
    return isBooleanTyped(combined) ? binary("*", combined, num(1)) : combined;
  }
}

/**
 * The twin written inline for one call: argument texts in (cell references, ranges, constants;
 * "" for an omitted optional argument), formula text out, without the leading "=".
 * @throws Error when a required argument is missing, when a table or list argument is not an
 *   A1 range or array constant (its size must be known to unroll the formula), or when the
 *   formula would be longer than a cell accepts.
 */
export function renderInline(source: TwinSource, args: readonly string[]): string {
  return new InlineRenderer(source, args).render();
}
