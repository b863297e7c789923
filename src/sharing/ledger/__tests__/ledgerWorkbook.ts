import ExcelJS from "exceljs";
import type { CellBlock } from "../../../workbook/plan";
import type { CellInput } from "../../twins/__tests__/hyperformulaSheet";
import { moveDown } from "../../twins/__tests__/libreOffice";
import { rolloverLedger } from "../rolloverLedger";
import { INPUTS_SHEET, RESULTS_SHEET, addressedCells, blockCells, inputsRef } from "./ledgerEngine";
import { CASE_ROWS, RolloverCase, callText } from "./rolloverCases";

/*
 * Many ledgers in one .xlsx, as a shared workbook holds them, for LibreOffice to recalculate in a
 * single run: every case's inputs in a band of rows of the inputs sheet, the ledgers stacked on a
 * ledger sheet, and their outputs stacked on a results sheet, where each DEAL formula spilled.
 * Formulas are written without cached values.
 */

export const LEDGER_SHEET = "DEAL draw-downs";

/** Writes rows of cells (formulas as "=…") into a worksheet. */
export function writeCells(sheet: ExcelJS.Worksheet, rows: ReturnType<typeof blockCells>): void {
  rows.forEach((row, r) =>
    row.forEach((content, c) => {
      if (content === null || content === undefined) return;
      sheet.getCell(r + 1, c + 1).value =
        typeof content === "string" && content.startsWith("=")
          ? { formula: content.slice(1) }
          : content;
    })
  );
}

/**
 * Writes the cases' ledgers into `file`; returns, per case, the zero-based results row of its
 * period 1 (its five outputs are in columns A to E from there).
 */
export async function writeLedgerWorkbook(
  cases: readonly RolloverCase[],
  file: string
): Promise<number[]> {
  const inputs: Record<string, CellInput> = {};
  const ledgers: CellBlock[] = [];
  const results: string[][] = [];
  let ledgerRow = 0;
  const firstRows = cases.map((c, i) => {
    const offset = i * CASE_ROWS;
    for (const [address, content] of Object.entries(c.inputs)) {
      inputs[moveDown(address, offset)] = content;
    }
    const ref = (address: string) => inputsRef(moveDown(address, offset));
    const source = `${RESULTS_SHEET}!A${results.length + 1}`;
    const ledger = rolloverLedger(callText(c, ref, source), c.expected.length, {
      sheet: LEDGER_SHEET,
      row: ledgerRow,
      column: 1,
    });
    ledgerRow += ledger.height + 2;
    ledgers.push(...ledger.blocks);
    const first = results.length;
    results.push(...ledger.outputs);
    return first;
  });
  const workbook = new ExcelJS.Workbook();
  writeCells(workbook.addWorksheet(RESULTS_SHEET), results);
  writeCells(workbook.addWorksheet(INPUTS_SHEET), addressedCells(inputs));
  writeCells(workbook.addWorksheet(LEDGER_SHEET), blockCells(ledgers));
  await workbook.xlsx.writeFile(file);
  return firstRows;
}
