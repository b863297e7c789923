import { FormulaUnsupported } from "./formulaUnsupported";
import {
  arithmetic,
  asMatrix,
  compare,
  ErrorValue,
  Evaluated,
  finite,
  isErrorValue,
  isMatrix,
  Matrix,
  Scalar,
  scalarOf,
  toBoolean,
  toNumber,
  toText,
} from "./formulaValues";

/*
 * Excel's own operators and functions as DEAL's formulas use them: arithmetic, &, comparisons,
 * IF, IFERROR, COUNTIF (plain equality), ROWS, COLUMNS and SUM.
 */

/** A binary operator applied to its two (already evaluated) operands. */
export function binaryOperation(op: string, left: Scalar, right: Scalar): Scalar {
  if (isErrorValue(left)) return left;
  if (isErrorValue(right)) return right;
  if (op === "&") {
    const [a, b] = [toText(left), toText(right)];
    return isErrorValue(a) ? a : isErrorValue(b) ? b : a + b;
  }
  if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
    const order = compare(left, right);
    return {
      "=": order === 0,
      "<>": order !== 0,
      "<": order < 0,
      ">": order > 0,
      "<=": order <= 0,
      ">=": order >= 0,
    }[op] as boolean;
  }
  const [a, b] = [toNumber(left), toNumber(right)];
  if (isErrorValue(a)) return a;
  if (isErrorValue(b)) return b;
  return arithmetic(op, a, b);
}

/**
 * Calls one of Excel's functions. `arg(i)` evaluates argument i (null when empty or missing), so
 * that IF and IFERROR evaluate only the arguments they use.
 */
export function nativeCall(
  name: string,
  argCount: number,
  arg: (i: number) => Evaluated
): Evaluated {
  const upper = name.toUpperCase();
  switch (upper) {
    case "IF": {
      if (argCount < 2 || argCount > 3)
        throw new FormulaUnsupported(`IF with ${argCount} arguments`);
      const test = toBoolean(scalarOf(arg(0), "IF"));
      if (isErrorValue(test)) return test;
      if (test) return scalarOf(arg(1), "IF");
      return argCount === 3 ? scalarOf(arg(2), "IF") : false;
    }
    case "IFERROR": {
      const first = scalarOf(arg(0), "IFERROR");
      return isErrorValue(first) ? scalarOf(arg(1), "IFERROR") : first;
    }
    case "ROWS":
    case "COLUMNS": {
      const area = asMatrix(arg(0));
      return upper === "ROWS" ? area.length : (area[0]?.length ?? 0);
    }
    case "SUM": {
      let total = 0;
      for (let i = 0; i < argCount; i++) {
        const v = arg(i);
        if (!isMatrix(v)) {
          const n = toNumber(v);
          if (isErrorValue(n)) return n;
          total += n;
          continue;
        }
        // Text and booleans in a range are skipped, as Excel's SUM does.
        for (const cell of v.flat()) {
          if (isErrorValue(cell)) return cell;
          if (typeof cell === "number") total += cell;
        }
      }
      return finite(total);
    }
    case "COUNTIF":
      return countIf(asMatrix(arg(0)), scalarOf(arg(1), "COUNTIF"));
    default:
      throw new FormulaUnsupported(`the function ${name}`);
  }
}

/** COUNTIF with a plain value: text matches ignoring case, numbers match numbers. */
function countIf(area: Matrix, criterion: Scalar): number | ErrorValue {
  if (isErrorValue(criterion)) return criterion;
  if (typeof criterion === "string" && /^[<>=]|[*?~]/.test(criterion)) {
    throw new FormulaUnsupported(`the COUNTIF criterion "${criterion}"`);
  }
  const wanted =
    typeof criterion === "string" && criterion.trim() !== "" && Number.isFinite(Number(criterion))
      ? Number(criterion)
      : criterion;
  return area.flat().filter((cell) => {
    if (cell === null || isErrorValue(cell)) return wanted === "" && cell === null;
    if (typeof wanted === "number") return typeof cell === "number" && cell === wanted;
    if (typeof wanted === "string")
      return typeof cell === "string" && cell.toUpperCase() === wanted.toUpperCase();
    return cell === wanted;
  }).length;
}
