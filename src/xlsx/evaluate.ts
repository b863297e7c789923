import {
  cellRect,
  type CellPosition,
  FormulaUnsupported,
  type FormulaNode,
  lastColumn,
  lastRow,
  parseFormula,
  parseRangeAddress,
  type Rect,
} from "../formula";
import { dealFunctionName, evaluateDealCall } from "./dealCall";
import {
  asMatrix,
  Evaluated,
  isErrorValue,
  isMatrix,
  Matrix,
  Scalar,
  scalarOf,
  toNumber,
} from "./formulaValues";
import { binaryOperation, nativeCall } from "./nativeFunctions";
import type { SheetModel } from "./sheetModel";
import { structuredReference } from "./structuredReference";

/*
 * Computes the values a file caches for DEAL's formulas, from the plan's own cells, so that a
 * spreadsheet that does not calculate them (no add-in, or no recalculation on open) still shows
 * the right numbers. DEAL calls go through the very adapters Excel calls (src/functions), so a
 * cached value is what the add-in would put in the cell, error values included.
 *
 * Beyond DEAL's four functions it knows what DEAL's own formulas use: arithmetic, &, comparisons,
 * IF, IFERROR, COUNTIF (plain equality), ROWS, COLUMNS, SUM, MIN, MOD, INT, INDEX, MATCH (exact),
 * AVERAGE, ISERROR, HYPERLINK, references and ranges on the sheet and on the workbook's other sheets,
 * workbook names for cells, and structured references to a table column or to this row of it. Anything else throws
 * FormulaUnsupported, and the writer leaves that cell without a cached value.
 */

export { DEAL_FUNCTIONS, dealFunctionName } from "./dealCall";
export { isErrorValue } from "./formulaValues";
export type { ErrorValue, Evaluated, Matrix, Scalar } from "./formulaValues";
export type { SheetModel, TableArea } from "./sheetModel";

/** The evaluator of another sheet of the workbook, by name (any case); undefined for none. */
export type OtherSheets = (name: string) => SheetEvaluator | undefined;

/** What a workbook name refers to ("'DEAL model'!$C$40:$C$75"); undefined for a name not defined. */
export type DefinedNames = (name: string) => string | undefined;

/**
 * Evaluates the formulas of one sheet against the plan's cells. Results are memoized per cell;
 * a formula that spills (DEAL.ROLLOVER) records its spill area, so later reads of those cells
 * see the spilled values. References to other sheets are read from their evaluators.
 */
export class SheetEvaluator {
  private readonly memo = new Map<string, Evaluated>();
  private readonly busy = new Set<string>();
  private readonly spilled = new Map<string, Scalar>();

  constructor(
    private readonly sheet: SheetModel,
    private readonly otherSheets: OtherSheets = () => undefined,
    private readonly names: DefinedNames = () => undefined
  ) {}

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
  area(rect: Rect): Matrix {
    const rows: Scalar[][] = [];
    for (let r = rect.row; r <= lastRow(rect); r++) {
      const row: Scalar[] = [];
      for (let c = rect.column; c <= lastColumn(rect); c++)
        row.push(asMatrix(this.cell(r, c))[0][0]);
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
        return this.area(node);
      case "array":
        return node.rows.map((row) => row.map((item) => item));
      case "struct":
        return structuredReference(node.text, at, this.sheet, {
          cell: (row, column) => this.cell(row, column),
          area: (rect) => this.area(rect),
        });
      case "name":
      case "sheetRef": {
        const area = this.referenceArea(node);
        if (!isMatrix(area)) return area;
        // A single cell is its value, as a reference on this sheet is.
        return area.length === 1 && area[0].length === 1 ? area[0][0] : area;
      }
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

  /**
   * The cells of a sheet reference or a workbook name; a name nobody defined is #NAME?, as in
   * Excel, so that IFERROR can stand in for it.
   */
  private referenceArea(node: FormulaNode & { kind: "name" | "sheetRef" }): Matrix | Scalar {
    if (node.kind === "sheetRef") return this.otherSheetArea(node.text);
    const reference = this.names(node.name);
    return reference === undefined ? { error: "#NAME?" } : this.otherSheetArea(reference);
  }

  /** The cells of a reference to another sheet ("'DEAL model'!$K$60:$K$95"). */
  private otherSheetArea(text: string): Matrix {
    const range = parseRangeAddress(text);
    const other = range === undefined ? undefined : this.otherSheets(range.sheet);
    if (range === undefined || other === undefined) {
      throw new FormulaUnsupported(`the reference ${text}, to a sheet DEAL does not write`);
    }
    return other.area(range);
  }

  private binary(
    op: string,
    leftNode: FormulaNode,
    rightNode: FormulaNode,
    at: CellPosition
  ): Scalar {
    const left = scalarOf(this.node(leftNode, at), op);
    const right = scalarOf(this.node(rightNode, at), op);
    return binaryOperation(op, left, right);
  }

  private call(name: string, args: readonly (FormulaNode | null)[], at: CellPosition): Evaluated {
    const deal = dealFunctionName(name);
    if (deal !== undefined) return evaluateDealCall(deal, args, (node) => this.node(node, at));
    // A reference is passed as a one-cell range, as Excel passes references: SUM and MIN skip
    // the text of a referenced cell, while a scalar context (IF's test, MOD) still reads its value.
    const arg = (i: number): Evaluated => {
      const node = args[i];
      if (node === undefined || node === null) return null;
      if (node.kind === "ref") return this.area(cellRect(node.row, node.column));
      if (node.kind === "sheetRef" || node.kind === "name") return this.referenceArea(node);
      return this.node(node, at);
    };
    return nativeCall(name, args.length, arg);
  }
}
