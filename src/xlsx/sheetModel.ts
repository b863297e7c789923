import type { CellContent, CellPosition } from "../workbook/plan";

/* What the evaluator (evaluate.ts) reads of a sheet: its cells and its tables. */

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
