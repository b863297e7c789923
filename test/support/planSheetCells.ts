import { positionedCells } from "../../src/workbook/__tests__/support/planCells";
import type { SheetPlan } from "../../src/workbook/plan";
import type { SheetCells } from "./hyperformulaDeal";

/** What a plan writes on a new sheet, as rows of cells (formulas as "=…"); tables are not expected. */
export function planSheetCells(plan: SheetPlan): SheetCells {
  if (plan.tables.length > 0) throw new Error("planSheetCells does not lay out tables");
  const rows: SheetCells = [];
  for (const { row, column, content } of positionedCells(plan)) {
    while (rows.length <= row) rows.push([]);
    rows[row][column] = "formula" in content ? content.formula : content.value;
  }
  return rows;
}
