import type { CellContent } from "../../../workbook/plan";
import { OtherSheets, SheetEvaluator, SheetModel, TableArea } from "../../evaluate";
import { parseCellAddress } from "../../../formula";

/* A SheetEvaluator over a sheet given as A1-addressed contents, for the evaluator's tests. */

/** An evaluator of the sheet `cells` (a bare value stands for { value }), with optional tables. */
export function sheet(
  cells: Record<string, CellContent | number | string | boolean | null>,
  tables: TableArea[] = [],
  otherSheets?: OtherSheets
): SheetEvaluator {
  const map = new Map<string, CellContent>();
  for (const [address, content] of Object.entries(cells)) {
    const { row, column } = parseCellAddress(address)!;
    const value = typeof content === "object" && content !== null ? content : { value: content };
    map.set(`${row},${column}`, value);
  }
  const model: SheetModel = {
    content: (row, column) => map.get(`${row},${column}`),
    table: (name) => tables.find((t) => t.name.toLowerCase() === name.toLowerCase()),
    tableAt: (row, column) =>
      tables.find(
        (t) =>
          row > t.at.row &&
          row <= t.at.row + t.rowCount &&
          column >= t.at.column &&
          column < t.at.column + t.headers.length
      ),
  };
  return new SheetEvaluator(model, otherSheets);
}

/** A formula cell. */
export const f = (formula: string): CellContent => ({ formula });

/** The value of one formula evaluated on an otherwise given sheet, at a free cell (ZZ1000). */
export function valueOf(
  formula: string,
  cells: Record<string, CellContent | number | string | boolean | null> = {}
) {
  return sheet({ ...cells, ZZ1000: f(formula) }).cell(999, 701);
}
