import { FunctionName } from "../../pricing/errors";
import { Expr } from "./expr";
import { parseExpr } from "./parse";

/*
 * A twin's source: the function's parameters, named sub-expressions in order, and the result.
 * It is the single description both forms are printed from (renderLambda.ts, renderInline.ts).
 */

/** A parameter of the DEAL function, named as in its signature. */
export interface TwinParam {
  readonly name: string;
  readonly optional: boolean;
}

/** A named sub-expression: a LET binding in the LAMBDA form, substituted in the inline form. */
export interface TwinLet {
  readonly name: string;
  readonly value: Expr;
}

/** The computation of one DEAL function in spreadsheet terms. */
export interface TwinSource {
  readonly fn: FunctionName;
  readonly params: readonly TwinParam[];
  readonly lets: readonly TwinLet[];
  readonly result: Expr;
}

const INDEX_SOURCES = ["rowNumbers", "cellNumbers"];
const AGGREGATES = ["sumOver", "maxOver", "productOver"];
const ARITY: Record<string, number> = {
  orDefault: 2,
  given: 1,
  rowCount: 1,
  columnCount: 1,
  cellCount: 1,
  rowNumbers: 1,
  cellNumbers: 1,
  item: 2,
  sumOver: 2,
  maxOver: 2,
  productOver: 2,
  smaller: 2,
  numberOr0: 1,
};

/** When a let is bound to rowNumbers(p) or cellNumbers(p): that call; else undefined. */
export function positionsOf(source: TwinSource, id: string): Expr | undefined {
  const value = source.lets.find((l) => l.name === id)?.value;
  return value?.kind === "portable" && INDEX_SOURCES.includes(value.fn) ? value : undefined;
}

/**
 * Names Excel accepts in LET and LAMBDA: no digits (so nothing reads as a cell like "per1"),
 * not "r" or "c" (R1C1 references), not a constant.
 */
function checkName(id: string): void {
  if (!/^[A-Za-z_][A-Za-z_]*$/.test(id) || /^(r|c|true|false)$/i.test(id)) {
    throw new Error(`"${id}" cannot name a LAMBDA parameter or LET value`);
  }
}

/** Checks a source's names and portable calls, and that positions are only used under an aggregate. */
class SourceChecker {
  private readonly params = new Map<string, TwinParam>();
  /** For each let: the position index it varies with, if any. */
  private readonly varies = new Map<string, string | undefined>();

  constructor(private readonly fn: FunctionName) {}

  addParam(param: TwinParam): void {
    checkName(param.name);
    this.checkFresh(param.name);
    this.params.set(param.name, param);
  }

  addLet(id: string, value: Expr): void {
    checkName(id);
    this.checkFresh(id);
    const isIndex = value.kind === "portable" && INDEX_SOURCES.includes(value.fn);
    this.varies.set(id, isIndex ? id : this.check(value, id));
  }

  checkResult(result: Expr): void {
    const index = this.check(result, "the result");
    if (index !== undefined) this.fail(`the result varies with ${index} outside an aggregate`);
  }

  private checkFresh(id: string): void {
    if (this.params.has(id) || this.varies.has(id)) this.fail(`"${id}" is named twice`);
  }

  private fail(message: string): never {
    throw new Error(`${this.fn} twin: ${message}`);
  }

  private param(arg: Expr | undefined, where: string): TwinParam {
    const param = arg?.kind === "name" ? this.params.get(arg.name) : undefined;
    if (param === undefined) this.fail(`${where} needs a parameter as its first argument`);
    return param;
  }

  /** Checks an expression; returns the position index it varies with (at most one). */
  private check(expr: Expr, where: string): string | undefined {
    switch (expr.kind) {
      case "name":
        if (this.params.has(expr.name)) return undefined;
        if (!this.varies.has(expr.name))
          this.fail(`${where} uses "${expr.name}" before it is named`);
        return this.varies.get(expr.name);
      case "binary":
        return this.combine([expr.left, expr.right], where);
      case "negate":
        return this.check(expr.operand, where);
      case "call":
        return this.combine(expr.args, where);
      case "portable":
        return this.checkPortable(expr, where);
      default:
        return undefined;
    }
  }

  private checkPortable(expr: Expr & { kind: "portable" }, where: string): string | undefined {
    const { fn, args } = expr;
    if (ARITY[fn] !== undefined && args.length !== ARITY[fn]) {
      this.fail(`${fn} takes ${ARITY[fn]} arguments in ${where}`);
    }
    if (AGGREGATES.includes(fn)) {
      const index = args[0].kind === "name" ? args[0].name : "";
      if (this.varies.get(index) !== index) this.fail(`${fn} in ${where} needs a position index`);
      // SUM of a body that does not vary would count it once, not once per position.
      const inner = this.check(args[1], where);
      if (inner !== index) this.fail(`${fn}(${index}, …) in ${where} must vary with ${index}`);
      return undefined;
    }
    if (fn === "anyOf" || fn === "allOf" || fn === "smaller" || fn === "numberOr0") {
      return this.combine(args, where);
    }
    const param = this.param(args[0], `${fn} in ${where}`);
    if (fn === "given" && !param.optional) this.fail(`given(${param.name}): it is required`);
    return this.combine(args.slice(1), where);
  }

  private combine(args: readonly Expr[], where: string): string | undefined {
    const indexes = new Set(args.map((a) => this.check(a, where)));
    indexes.delete(undefined);
    if (indexes.size > 1) this.fail(`${where} mixes positions ${[...indexes].join(" and ")}`);
    return [...indexes][0];
  }
}

/**
 * Defines a twin from its signature as DEAL's docs write it ("units, tiers, [mode], [per]"),
 * named sub-expressions in the order they are computed, and the result, all in Excel syntax
 * plus the portable functions of expr.ts.
 * @throws Error when a name is invalid or unknown, or positions are used outside an aggregate.
 */
export function defineTwin(
  fn: FunctionName,
  signature: string,
  lets: readonly (readonly [string, string])[],
  result: string
): TwinSource {
  const checker = new SourceChecker(fn);
  const params = signature.split(",").map((part): TwinParam => {
    const text = part.trim();
    const optional = text.startsWith("[") && text.endsWith("]");
    return { name: optional ? text.slice(1, -1) : text, optional };
  });
  params.forEach((p) => checker.addParam(p));
  const parsedLets = lets.map(([id, text]): TwinLet => {
    const value = parseExpr(text);
    checker.addLet(id, value);
    return { name: id, value };
  });
  const parsedResult = parseExpr(result);
  checker.checkResult(parsedResult);
  return { fn, params, lets: parsedLets, result: parsedResult };
}
