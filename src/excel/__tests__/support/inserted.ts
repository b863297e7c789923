import type { TableCreate } from "../../../workbook/edit";
import type { CellContent, CellValue, SheetPlan } from "../../../workbook/plan";
import { reconcile } from "../../../workbook/reconcile";
import type { ExistingSheet } from "./mockWorkbook";

/*
 * A workbook as DEAL's insert of some plans left it, for the adapter's tests to insert again:
 * each sheet's cells and tables (a formula's cell holds a number, as Excel reports it) and DEAL's
 * memory of them.
 */

const valueOf = (cell: CellContent): CellValue => ("value" in cell ? cell.value : 0);

export function insertedSheets(plans: readonly SheetPlan[]): ExistingSheet[] {
  const edit = reconcile(
    { readOnly: false, structureProtected: false, sheets: [], tableNames: [], definedNames: [] },
    plans
  );
  const sheets = edit.sheets.map((sheet): ExistingSheet => {
    const values: CellValue[][] = [];
    const put = (row: number, column: number, value: CellValue) => {
      while (values.length <= row) values.push([]);
      values[row][column] = value;
    };
    for (const block of sheet.blocks) {
      block.cells.forEach((cells, r) =>
        cells.forEach((cell, c) => put(block.at.row + r, block.at.column + c, valueOf(cell)))
      );
    }
    for (const input of sheet.inputs) put(input.at.row, input.at.column, input.value);
    const width = Math.max(1, ...values.map((row) => row.length));
    return {
      name: sheet.name,
      properties: { "DEAL.key": sheet.key },
      tables: (sheet.tables as TableCreate[]).map((table) => ({
        name: table.name,
        at: table.at,
        headers: table.columns.map((column) => column.header),
        values: table.rows.map((row) => row.map(valueOf)),
      })),
      usedRange: {
        at: { row: 0, column: 0 },
        values: values.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null)),
      },
    };
  });
  const memory = edit.memory;
  return memory === undefined
    ? sheets
    : [
        ...sheets,
        {
          name: memory.sheetName,
          properties: { "DEAL.key": "memory" },
          usedRange: { at: { row: 0, column: 0 }, values: memory.rows },
        },
      ];
}
