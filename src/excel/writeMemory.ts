import type { MemoryEdit } from "../workbook/edit";
import { MEMORY_SHEET_KEY } from "../workbook/memory/cellMemory";
import { areaAddress } from "./a1Range";
import { cellMatrix, writeMatrix } from "./cellMatrix";
import { DEAL_KEY_PROPERTY } from "./readSnapshot";
import { clearArea } from "./writeCells";

/*
 * Writes DEAL's memory of its cells (src/workbook/memory/cellMemory.ts) on its very hidden sheet:
 * added and marked with its DEAL key the first time, else emptied, then its rows from A1 as one
 * range of values (text protected as text). Queued only; the caller syncs.
 */
export function writeMemory(context: Excel.RequestContext, memory: MemoryEdit): void {
  const worksheets = context.workbook.worksheets;
  const sheet = memory.create
    ? worksheets.add(memory.sheetName)
    : worksheets.getItem(memory.sheetName);
  if (memory.create) {
    sheet.customProperties.add(DEAL_KEY_PROPERTY, MEMORY_SHEET_KEY);
    // Very hidden: Excel's Unhide does not list it, so it is not edited by chance.
    sheet.visibility = "VeryHidden";
  }
  if (memory.clear !== undefined) clearArea(sheet, memory.clear);
  const width = memory.rows[0]?.length ?? 0;
  if (width === 0) return;
  const range = sheet.getRange(areaAddress({ row: 0, column: 0 }, memory.rows.length, width));
  writeMatrix(range, cellMatrix(memory.rows.map((row) => row.map((value) => ({ value })))));
}
