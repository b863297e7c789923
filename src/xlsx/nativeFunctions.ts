import { FormulaUnsupported } from "../formula";
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
import { logical, max, round, sumProduct } from "./aggregateFunctions";
import { isNumber, n, sumIfs } from "./conditionFunctions";
import { npv, rate } from "./financialFunctions";
import { index, matchExact } from "./lookupFunctions";

/*
 * Excel's own operators and functions as DEAL's formulas use them: arithmetic, &, comparisons,
 * IF, IFERROR, COUNTIF (plain equality), ROWS, COLUMNS, SUM, MIN, AVERAGE, ISERROR, MOD, INT,
 * HYPERLINK (its friendly name), INDEX and MATCH (lookupFunctions.ts), MAX, SUMPRODUCT, ROUND, AND,
 * OR and NA (aggregateFunctions.ts), SUMIFS, ISNUMBER and N (conditionFunctions.ts), and NPV and
 * RATE (financialFunctions.ts). A reference argument arrives as a range (evaluate.ts), as Excel passes
 * it, so that SUM and MIN skip the text in a referenced cell as they skip it in a range.
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
    case "SUM":
    case "MIN":
    case "MAX": {
      const numbers = numbersOf(argCount, arg);
      if (isErrorValue(numbers)) return numbers;
      if (upper === "MAX") return max(numbers);
      if (upper === "MIN") {
        // MIN of no numbers at all is 0 in Excel.
        return numbers.length === 0 ? 0 : numbers.reduce((least, n) => Math.min(least, n));
      }
      return finite(numbers.reduce((total, n) => total + n, 0));
    }
    case "AVERAGE": {
      const numbers = numbersOf(argCount, arg);
      if (isErrorValue(numbers)) return numbers;
      if (numbers.length === 0) return { error: "#DIV/0!" };
      return finite(numbers.reduce((total, n) => total + n, 0) / numbers.length);
    }
    case "ISERROR":
      return isErrorValue(scalarOf(arg(0), "ISERROR"));
    case "SUMPRODUCT":
      return sumProduct(Array.from({ length: argCount }, (_, i) => asMatrix(arg(i))));
    case "ROUND":
      if (argCount !== 2) throw new FormulaUnsupported(`ROUND with ${argCount} arguments`);
      return round(arg(0), arg(1));
    case "AND":
    case "OR":
      return logical(upper, argCount, arg);
    case "NA":
      return { error: "#N/A" };
    case "SUMIFS":
      return sumIfs(argCount, arg);
    case "ISNUMBER":
      return isNumber(arg(0));
    case "N":
      return n(arg(0));
    case "MOD": {
      const [n, d] = [toNumber(scalarOf(arg(0), "MOD")), toNumber(scalarOf(arg(1), "MOD"))];
      if (isErrorValue(n)) return n;
      if (isErrorValue(d)) return d;
      if (d === 0) return { error: "#DIV/0!" };
      // Excel's definition, n − d·INT(n/d): the result takes the divisor's sign. `+ 0` drops a −0.
      return finite(n - d * Math.floor(n / d) + 0);
    }
    case "INT": {
      const n = toNumber(scalarOf(arg(0), "INT"));
      return isErrorValue(n) ? n : Math.floor(n);
    }
    case "INDEX":
      if (argCount < 2 || argCount > 3)
        throw new FormulaUnsupported(`INDEX with ${argCount} arguments`);
      return index(asMatrix(arg(0)), arg(1), argCount === 3 ? arg(2) : undefined);
    case "MATCH":
      if (argCount !== 3) throw new FormulaUnsupported("MATCH without match type 0");
      return matchExact(scalarOf(arg(0), "MATCH"), arg(1), scalarOf(arg(2), "MATCH"));
    case "NPV":
      return npv(argCount, arg);
    case "RATE":
      return rate(argCount, arg);
    case "COUNTIF":
      return countIf(asMatrix(arg(0)), scalarOf(arg(1), "COUNTIF"));
    case "HYPERLINK":
      // The cell shows the friendly name, or the link's address without one.
      return scalarOf(arg(argCount > 1 ? 1 : 0), "HYPERLINK");
    default:
      throw new FormulaUnsupported(`the function ${name}`);
  }
}

/**
 * The numbers SUM and MIN take: from a range only its numbers (text, booleans and blanks are
 * skipped), a value typed as an argument converted to a number; the first error wins.
 */
function numbersOf(argCount: number, arg: (i: number) => Evaluated): number[] | ErrorValue {
  const numbers: number[] = [];
  for (let i = 0; i < argCount; i++) {
    const v = arg(i);
    if (!isMatrix(v)) {
      const n = toNumber(v);
      if (isErrorValue(n)) return n;
      numbers.push(n);
      continue;
    }
    for (const cell of v.flat()) {
      if (isErrorValue(cell)) return cell;
      if (typeof cell === "number") numbers.push(cell);
    }
  }
  return numbers;
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
