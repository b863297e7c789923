import { calculateSheets, type SheetCells } from "../../../../../test/support/hyperformulaDeal";
import { parseCellAddress } from "../../../../formula";
import type { FakeWorkbook } from "./fakeExcel";

/*
 * The fake workbook's cells, as the adapter left them, calculated by a real spreadsheet engine
 * (HyperFormula, with DEAL's functions registered): what a colleague's spreadsheet shows.
 */

/** A calculated cell: a number, or the text of anything else. */
export type Calculated = number | string;

/** Calculates every sheet of the fake; the function reads a cell ("Plan", "C3"). */
export function calculateFake(
  workbook: FakeWorkbook
): (sheet: string, address: string) => Calculated {
  const sheets: Record<string, SheetCells> = {};
  for (const sheet of workbook.sheets) {
    const rows: SheetCells = [];
    for (const [at, entry] of sheet.entries) {
      const [row, column] = at.split(",").map(Number);
      while (rows.length <= row) rows.push([]);
      rows[row][column] = entry.formula ?? entry.value ?? null;
    }
    sheets[sheet.name] = rows;
  }
  const engine = calculateSheets(sheets);
  return (sheet, address) => {
    const at = parseCellAddress(address)!;
    const sheetId = engine.getSheetId(sheet)!;
    const value = engine.getCellValue({ sheet: sheetId, row: at.row, col: at.column });
    return typeof value === "number"
      ? value
      : String((value as { value?: unknown })?.value ?? value);
  };
}
