import {
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
} from "./formulaValues";

/*
 * SUMIFS, ISNUMBER and N for the evaluator (nativeFunctions.ts dispatches to them), as the native
 * ROLLOVER ledger uses them (src/sharing/ledger).
 */

const VALUE: ErrorValue = { error: "#VALUE!" };
const CRITERION = /^(<=|>=|<>|<|>|=)?(.*)$/s;

/** A criterion as SUMIFS reads it: "=x", "<>x", ">x", "<x", ">=x", "<=x", or a plain value. */
function criterionTest(criterion: Scalar): (cell: Scalar) => boolean {
  if (typeof criterion !== "string") return (cell) => cell === criterion;
  const [, op = "=", operand] = CRITERION.exec(criterion) ?? [];
  const number = operand.trim() !== "" && Number.isFinite(Number(operand)) ? Number(operand) : null;
  const wanted: Scalar = number ?? operand;
  return (cell) => {
    // A number criterion matches numbers only; a blank or text cell meets no comparison with it.
    if (number !== null && typeof cell !== "number") return op === "<>";
    if (number === null && op === "=" && operand === "") return cell === null || cell === "";
    const order = compare(cell, wanted);
    switch (op) {
      case "<>":
        return order !== 0;
      case "<":
        return order < 0;
      case ">":
        return order > 0;
      case "<=":
        return order <= 0;
      case ">=":
        return order >= 0;
      default:
        return order === 0;
    }
  };
}

/** SUMIFS(sum range, criteria range 1, criterion 1, …): the numbers whose rows meet every criterion. */
export function sumIfs(argCount: number, arg: (i: number) => Evaluated): number | ErrorValue {
  if (argCount < 3 || argCount % 2 === 0) return VALUE;
  const sum = asMatrix(arg(0));
  const tests: { area: Matrix; test: (cell: Scalar) => boolean }[] = [];
  for (let i = 1; i < argCount; i += 2) {
    const area = asMatrix(arg(i));
    if (area.length !== sum.length || area[0]?.length !== sum[0]?.length) return VALUE;
    const criterion = scalarOf(arg(i + 1), "SUMIFS");
    if (isErrorValue(criterion)) return criterion;
    tests.push({ area, test: criterionTest(criterion) });
  }
  let total = 0;
  sum.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof cell === "number" && tests.every(({ area, test }) => test(area[r][c])))
        total += cell;
    })
  );
  return finite(total);
}

/** ISNUMBER: whether the value (a referenced cell's) is a number. */
export function isNumber(v: Evaluated): boolean {
  return typeof (isMatrix(v) ? v[0]?.[0] : v) === "number";
}

/** N: a number as it is, TRUE as 1, anything else (text, blank, FALSE) as 0; an error stays. */
export function n(v: Evaluated): number | ErrorValue {
  const value = isMatrix(v) ? (v[0]?.[0] ?? null) : v;
  if (isErrorValue(value)) return value;
  if (typeof value === "number") return value;
  return value === true ? 1 : 0;
}
