import { BinaryOp, Expr, binary, call, name, num, str } from "./expr";
import { fold } from "./fold";
import { print } from "./print";
import { TwinSource } from "./source";

/*
 * The LAMBDA form, for Excel 365: each named sub-expression becomes a LET binding, and the
 * portable functions become whole-column array formulas (positions are SEQUENCE(n), and the
 * per-position logic uses IF and arithmetic, which work element by element, where MIN, AND and
 * OR would aggregate).
 */

const omitted = (param: Expr): Expr => call("ISOMITTED", param);

/** An entry of a one-row or one-column list, whichever way it runs. */
function listItem(list: Expr, position: Expr): Expr {
  const isColumn = binary(">", call("ROWS", list), num(1));
  return call(
    "INDEX",
    list,
    call("IF", isColumn, position, num(1)),
    call("IF", isColumn, num(1), position)
  );
}

function chain(op: BinaryOp, args: readonly Expr[]): Expr {
  return args.reduce((acc, arg) => binary(op, acc, arg));
}

/** Portable functions in Excel 365's terms; `optional` tells which parameters may be omitted. */
function lower(expr: Expr, optional: ReadonlySet<string>): Expr {
  const down = (e: Expr) => lower(e, optional);
  switch (expr.kind) {
    case "binary":
      return { ...expr, left: down(expr.left), right: down(expr.right) };
    case "negate":
      return { ...expr, operand: down(expr.operand) };
    case "call":
      return { ...expr, args: expr.args.map(down) };
    case "portable":
      break;
    default:
      return expr;
  }
  const args = expr.args.map(down);
  const [first, second] = args;
  switch (expr.fn) {
    case "orDefault": {
      const blank = call("IF", binary("=", first, str("")), second, first);
      // A blank cell and an omitted argument both mean the default, as in DEAL.
      const isOptional = first.kind === "name" && optional.has(first.name);
      return isOptional ? call("IF", omitted(first), second, blank) : blank;
    }
    case "given":
      return call("NOT", omitted(first));
    case "rowCount":
      return call("ROWS", first);
    case "columnCount":
      return call("COLUMNS", first);
    case "cellCount":
      return binary("*", call("ROWS", first), call("COLUMNS", first));
    case "rowNumbers":
      return call("SEQUENCE", call("ROWS", first));
    case "cellNumbers":
      return call("SEQUENCE", binary("*", call("ROWS", first), call("COLUMNS", first)));
    case "item":
      return listItem(first, second);
    case "sumOver":
      return call("SUM", second);
    case "maxOver":
      return call("MAX", second);
    case "productOver":
      return call("PRODUCT", second);
    case "smaller":
      return call("IF", binary("<", first, second), first, second);
    case "numberOr0":
      return call("IF", call("ISNUMBER", first), first, num(0));
    case "anyOf":
      return binary(">", chain("+", args), num(0));
    case "allOf":
      return chain("*", args);
  }
}

/**
 * The twin as a LAMBDA for Name Manager: `=LAMBDA(units,tiers,[mode],[per],LET(…))`. Optional
 * parameters are in brackets and tested with ISOMITTED, so the function needs Excel 365.
 */
export function renderLambda(source: TwinSource): string {
  const optional = new Set(source.params.filter((p) => p.optional).map((p) => p.name));
  const params = source.params.map((p) => (p.optional ? `[${p.name}]` : p.name));
  const bindings = source.lets.flatMap((l) => [name(l.name), fold(lower(l.value, optional))]);
  const body = call("LET", ...bindings, fold(lower(source.result, optional)));
  return `=LAMBDA(${params.join(",")},${print(body)})`;
}
