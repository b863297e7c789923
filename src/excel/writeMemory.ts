import type { MemoryEdit } from "../workbook/edit";
import { MEMORY_SHEET_KEY } from "../workbook/memory/cellMemory";
import { rectAddress } from "../formula";
import { matrixRows, single, type SizedOperation } from "./batching/sizedOperations";
import { cellMatrix } from "./cellMatrix";
import { DEAL_KEY_PROPERTY } from "./readSnapshot";
import { clearOperations } from "./writeCells";

/*
 * Writes DEAL's memory of its cells (src/workbook/memory/cellMemory.ts) on its very hidden sheet,
 * as sized operations (batching/): added and marked with its DEAL key the first time, else
 * emptied, then its rows from A1 as values (text protected as text), in slices of rows when they
 * do not fit one request.
 */
export function memoryOperations(memory: MemoryEdit): SizedOperation[] {
  const name = memory.sheetName;
  const create = memory.create
    ? [
        single(`The sheet ${name}`, name, (batch) => {
          const sheet = batch.addSheet(name);
          sheet.customProperties.add(DEAL_KEY_PROPERTY, MEMORY_SHEET_KEY);
          // Very hidden: Excel's Unhide does not list it, so it is not edited by chance.
          sheet.visibility = "VeryHidden";
        }),
      ]
    : [];
  const clear = memory.clear === undefined ? [] : clearOperations(name, [memory.clear]);
  const width = memory.rows[0]?.length ?? 0;
  if (width === 0) return [...create, ...clear];
  const matrix = cellMatrix(memory.rows.map((row) => row.map((value) => ({ value }))));
  const rows = matrixRows(
    `DEAL's memory on ${name}`,
    name,
    (batch, first, count) =>
      batch
        .sheet(name)
        .getRange(rectAddress({ row: first, column: 0, rows: count, columns: width }))
        .untrack(),
    matrix.property,
    matrix.cells
  );
  return [...create, ...clear, ...rows];
}
