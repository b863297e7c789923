import type { CellContent, SheetPlan } from "../../src/workbook/plan";
import type { SheetCells } from "./hyperformulaDeal";

/** What a plan writes on a new sheet, as rows of cells (formulas as "=…"); tables are not expected. */
export function planSheetCells(plan: SheetPlan): SheetCells {
  if (plan.tables.length > 0) throw new Error("planSheetCells does not lay out tables");
  const rows: SheetCells = [];
  const put = (row: number, column: number, content: CellContent) => {
    while (rows.length <= row) rows.push([]);
    rows[row][column] = "formula" in content ? content.formula : content.value;
  };
  for (const block of plan.blocks) {
    block.cells.forEach((cells, r) =>
      cells.forEach((content, c) => put(block.at.row + r, block.at.column + c, content))
    );
  }
  for (const input of plan.inputs) put(input.at.row, input.at.column, { value: input.value });
  return rows;
}
