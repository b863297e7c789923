import { rampPriceFunction } from "../functions/rampPrice";
import { rolloverFunction } from "../functions/rollover";
import { slaCreditFunction } from "../functions/slaCredit";
import { tieredCostFunction } from "../functions/tieredCost";
import type { FunctionName } from "../pricing/errors";
import type { CellContent, CellPosition } from "../workbook/plan";
import { ensureCustomFunctionsGlobal } from "../functions/standInRuntime";
import { FormulaNode, FormulaUnsupported, parseFormula } from "./formulaSyntax";

/*
 * Computes the values a file caches for DEAL's formulas, from the plan's own cells, so that a
 * spreadsheet that does not calculate them (no add-in, or no recalculation on open) still shows
 * the right numbers. DEAL calls go through the very adapters Excel calls (src/functions), so a
 * cached value is what the add-in would put in the cell, error values included.
 *
 * Beyond DEAL's four functions it knows what DEAL's own formulas use: arithmetic, &, comparisons,
 * IF, IFERROR, COUNTIF (plain equality), ROWS, COLUMNS, SUM, references and ranges on the sheet,
 * and structured references to a table column or to this row of it. Anything else throws
 * FormulaUnsupported, and the writer leaves that cell without a cached value.
 */

/** An Excel error value, e.g. { error: "#VALUE!" }. */
export interface ErrorValue {
  readonly error: string;
}

export type Scalar = number | string | boolean | null | ErrorValue;
export type Matrix = readonly (readonly Scalar[])[];
export type Evaluated = Scalar | Matrix;

export const isErrorValue = (v: unknown): v is ErrorValue =>
  typeof v === "object" && v !== null && !Array.isArray(v) && "error" in v;
const isMatrix = (v: Evaluated): v is Matrix => Array.isArray(v);

/** A table as the evaluator sees it: where it is, its headers, how many data rows. */
export interface TableArea {
  readonly name: string;
  /** The header row's first cell. */
  readonly at: CellPosition;
  readonly headers: readonly string[];
  readonly rowCount: number;
}

/** The cells of one sheet, as the plan fills them. */
export interface SheetModel {
  /** What the plan writes in a cell; undefined for a cell it leaves blank. */
  content(row: number, column: number): CellContent | undefined;
  /** A table of this sheet, by name (any case). */
  table(name: string): TableArea | undefined;
  /** The table whose data rows hold this cell. */
  tableAt(row: number, column: number): TableArea | undefined;
}

/** How each DEAL function takes its arguments: the indexes Excel passes as 2-D arrays. */
interface DealFunction {
  readonly call: (...args: unknown[]) => unknown;
  readonly matrixArgs: readonly number[];
  readonly arity: number;
}

export const DEAL_FUNCTIONS: Readonly<Record<FunctionName, DealFunction>> = {
  TIEREDCOST: { call: tieredCostFunction as DealFunction["call"], matrixArgs: [1], arity: 4 },
  ROLLOVER: { call: rolloverFunction as DealFunction["call"], matrixArgs: [0, 1], arity: 5 },
  SLACREDIT: { call: slaCreditFunction as DealFunction["call"], matrixArgs: [2], arity: 6 },
  RAMPPRICE: { call: rampPriceFunction as DealFunction["call"], matrixArgs: [2], arity: 5 },
};

/** The DEAL function a call names ("DEAL.TIEREDCOST", any case), or undefined. */
export function dealFunctionName(name: string): FunctionName | undefined {
  const match = /^DEAL\.([A-Z]+)$/i.exec(name);
  const fn = match?.[1].toUpperCase();
  return fn !== undefined && fn in DEAL_FUNCTIONS ? (fn as FunctionName) : undefined;
}

const DIV0: ErrorValue = { error: "#DIV/0!" };
const VALUE: ErrorValue = { error: "#VALUE!" };
const NUM: ErrorValue = { error: "#NUM!" };

function toNumber(v: Scalar): number | ErrorValue {
  if (typeof v === "number") return v;
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") {
    const trimmed = v.trim();
    return trimmed !== "" && Number.isFinite(Number(trimmed)) ? Number(trimmed) : VALUE;
  }
  return v;
}

function toText(v: Scalar): string | ErrorValue {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(v);
  return v;
}

function toBoolean(v: Scalar): boolean | ErrorValue {
  if (typeof v === "boolean") return v;
  if (v === null) return false;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") {
    if (/^true$/i.test(v)) return true;
    if (/^false$/i.test(v)) return false;
    return VALUE;
  }
  return v;
}

/** Excel's comparison: numbers < text < booleans; a blank takes the other side's empty value. */
function compare(a: Scalar, b: Scalar): number {
  const empty = (other: Scalar): Scalar =>
    typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
  const x = a === null ? empty(b) : a;
  const y = b === null ? empty(a) : b;
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string" && typeof y === "string") {
    const [p, q] = [x.toUpperCase(), y.toUpperCase()];
    return p < q ? -1 : p > q ? 1 : 0;
  }
  return Number(x) - Number(y);
}

/** The number a result must be to go into a cell: NaN and infinities are #NUM!. */
const finite = (n: number): number | ErrorValue => (Number.isFinite(n) ? n : NUM);

function arithmetic(op: string, a: number, b: number): number | ErrorValue {
  switch (op) {
    case "+":
      return finite(a + b);
    case "-":
      return finite(a - b);
    case "*":
      return finite(a * b);
    case "/":
      return b === 0 ? DIV0 : finite(a / b);
    case "^":
      return finite(a ** b);
    default:
      throw new FormulaUnsupported(`the operator ${op}`);
  }
}

/** One cell's value from a 1×1 matrix, for a scalar context. */
function scalarOf(v: Evaluated, what: string): Scalar {
  if (!isMatrix(v)) return v;
  if (v.length === 1 && v[0].length === 1) return v[0][0];
  throw new FormulaUnsupported(`a range where ${what} takes one value`);
}

const asMatrix = (v: Evaluated): Matrix => (isMatrix(v) ? v : [[v]]);

/** A cell value as a DEAL function receives it; error values in Excel's data-type form. */
function toFunctionArg(v: Scalar): unknown {
  return isErrorValue(v) ? { type: "Error", basicValue: v.error } : v;
}

/** What an error thrown by a DEAL function shows in the cell (#VALUE!, #NUM!, …). */
function errorFromThrown(error: unknown, fn: string): ErrorValue {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code.startsWith("#")) return { error: code };
  const detail = error instanceof Error ? error.message : String(error);
  throw new Error(`DEAL.${fn} failed while DEAL computed its cached value: ${detail}`);
}

/**
 * Evaluates the formulas of one sheet against the plan's cells. Results are memoized per cell;
 * a formula that spills (DEAL.ROLLOVER) records its spill area, so later reads of those cells
 * see the spilled values.
 */
export class SheetEvaluator {
  private readonly memo = new Map<string, Evaluated>();
  private readonly busy = new Set<string>();
  private readonly spilled = new Map<string, Scalar>();

  constructor(private readonly sheet: SheetModel) {}

  /** The value of a cell: its plan value, its formula's result (a matrix for a spill anchor), or a spilled value. */
  cell(row: number, column: number): Evaluated {
    const key = `${row},${column}`;
    const content = this.sheet.content(row, column);
    if (content === undefined) return this.spilled.get(key) ?? null;
    if ("value" in content) return content.value;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    if (this.busy.has(key))
      throw new FormulaUnsupported(`a circular reference at row ${row + 1}, column ${column + 1}`);
    this.busy.add(key);
    try {
      const result = this.formula(content.formula, { row, column });
      this.memo.set(key, result);
      if (isMatrix(result)) this.recordSpill({ row, column }, result);
      return result;
    } finally {
      this.busy.delete(key);
    }
  }

  /** Evaluates a formula as if it sat at `at` (for this-row references). */
  formula(formula: string, at: CellPosition): Evaluated {
    return this.node(parseFormula(formula), at);
  }

  private recordSpill(at: CellPosition, matrix: Matrix): void {
    matrix.forEach((row, r) =>
      row.forEach((v, c) => {
        if (r === 0 && c === 0) return;
        const key = `${at.row + r},${at.column + c}`;
        if (this.sheet.content(at.row + r, at.column + c) !== undefined) {
          throw new FormulaUnsupported(
            `the spill of row ${at.row + 1}, column ${at.column + 1} is blocked`
          );
        }
        this.spilled.set(key, v);
      })
    );
  }

  /** A reference's value: a cell's (the anchor's first value for a spill) or a range's rows. */
  private area(top: number, left: number, bottom: number, right: number): Matrix {
    const rows: Scalar[][] = [];
    for (let r = top; r <= bottom; r++) {
      const row: Scalar[] = [];
      for (let c = left; c <= right; c++) row.push(asMatrix(this.cell(r, c))[0][0]);
      rows.push(row);
    }
    return rows;
  }

  private node(node: FormulaNode, at: CellPosition): Evaluated {
    switch (node.kind) {
      case "number":
      case "string":
      case "boolean":
        return node.value;
      case "error":
        return { error: node.value };
      case "ref":
        return asMatrix(this.cell(node.row, node.column))[0][0];
      case "range":
        return this.area(node.top, node.left, node.bottom, node.right);
      case "array":
        return node.rows.map((row) => row.map((item) => item));
      case "struct":
        return this.structured(node.text, at);
      case "name":
        throw new FormulaUnsupported(`the name ${node.name}`);
      case "sheetRef":
        throw new FormulaUnsupported(`the reference to another sheet ${node.text}`);
      case "paren":
        return this.node(node.inner, at);
      case "percent": {
        const n = toNumber(scalarOf(this.node(node.operand, at), "%"));
        return isErrorValue(n) ? n : n / 100;
      }
      case "unary": {
        const n = toNumber(scalarOf(this.node(node.operand, at), node.op));
        return isErrorValue(n) ? n : node.op === "-" ? -n : n;
      }
      case "binary":
        return this.binary(node.op, node.left, node.right, at);
      case "call":
        return this.call(node.name, node.args, at);
    }
  }

  private binary(
    op: string,
    leftNode: FormulaNode,
    rightNode: FormulaNode,
    at: CellPosition
  ): Scalar {
    const left = scalarOf(this.node(leftNode, at), op);
    const right = scalarOf(this.node(rightNode, at), op);
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

  private call(name: string, args: readonly (FormulaNode | null)[], at: CellPosition): Evaluated {
    const deal = dealFunctionName(name);
    if (deal !== undefined) return this.deal(deal, args, at);
    const arg = (i: number): Evaluated => {
      const node = args[i];
      return node === undefined || node === null ? null : this.node(node, at);
    };
    const upper = name.toUpperCase();
    switch (upper) {
      case "IF": {
        if (args.length < 2 || args.length > 3)
          throw new FormulaUnsupported(`IF with ${args.length} arguments`);
        const test = toBoolean(scalarOf(arg(0), "IF"));
        if (isErrorValue(test)) return test;
        if (test) return scalarOf(arg(1), "IF");
        return args.length === 3 ? scalarOf(arg(2), "IF") : false;
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
        for (let i = 0; i < args.length; i++) {
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
        return this.countIf(asMatrix(arg(0)), scalarOf(arg(1), "COUNTIF"));
      default:
        throw new FormulaUnsupported(`the function ${name}`);
    }
  }

  /** COUNTIF with a plain value: text matches ignoring case, numbers match numbers. */
  private countIf(area: Matrix, criterion: Scalar): number | ErrorValue {
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

  private deal(
    fn: FunctionName,
    args: readonly (FormulaNode | null)[],
    at: CellPosition
  ): Evaluated {
    const spec = DEAL_FUNCTIONS[fn];
    if (args.length > spec.arity)
      throw new FormulaUnsupported(`DEAL.${fn} with ${args.length} arguments`);
    const values = args.map((node, i): unknown => {
      if (node === null) return null;
      const v = this.node(node, at);
      if (spec.matrixArgs.includes(i)) return asMatrix(v).map((row) => row.map(toFunctionArg));
      return toFunctionArg(scalarOf(v, `argument ${i + 1} of DEAL.${fn}`));
    });
    ensureCustomFunctionsGlobal();
    let result: unknown;
    try {
      result = spec.call(...values);
    } catch (error) {
      return errorFromThrown(error, fn);
    }
    if (typeof result === "number") return finite(result);
    if (Array.isArray(result)) return result as Matrix;
    throw new Error(`DEAL.${fn} returned ${String(result)}, which is not a number or an array`);
  }

  /** `Table[Column]`, `Table[[#This Row],[Column]]`, `[@Column]`, `[@[Column]]`, `[Column]`. */
  private structured(text: string, at: CellPosition): Evaluated {
    const open = text.indexOf("[");
    const tableName = text.slice(0, open);
    const inner = text.slice(open + 1, -1);
    let thisRow = false;
    let column: string;
    if (inner.startsWith("@")) {
      thisRow = true;
      column = inner.slice(1);
    } else if (/^\[#This Row\],/i.test(inner)) {
      thisRow = true;
      column = inner.slice(inner.indexOf(",") + 1).trim();
    } else column = inner;
    if (column.startsWith("[") && column.endsWith("]")) column = column.slice(1, -1);
    if (column.includes("[") || column.startsWith("#")) {
      throw new FormulaUnsupported(`the structured reference ${text}`);
    }
    column = column.replace(/'(.)/g, "$1");

    const table =
      tableName === "" ? this.sheet.tableAt(at.row, at.column) : this.sheet.table(tableName);
    if (table === undefined) throw new FormulaUnsupported(`the table of ${text}`);
    const index = table.headers.findIndex(
      (h) => h.trim().toLowerCase() === column.trim().toLowerCase()
    );
    if (index < 0) throw new FormulaUnsupported(`the column of ${text}`);
    const x = table.at.column + index;
    const first = table.at.row + 1;
    if (thisRow) {
      if (at.row < first || at.row >= first + table.rowCount) {
        throw new FormulaUnsupported(`${text} outside the rows of ${table.name}`);
      }
      return asMatrix(this.cell(at.row, x))[0][0];
    }
    return this.area(first, x, first + Math.max(table.rowCount, 1) - 1, x);
  }
}
