import type { MemoryEdit } from "../workbook/edit";
import { MEMORY_SHEET_KEY, MEMORY_WIDTH } from "../workbook/memory/cellMemory";
import type { CellValue } from "../workbook/plan";
import { rectAddress } from "../formula";
import { matrixRows, single, type SizedOperation } from "./batching/sizedOperations";
import { cellMatrix } from "./cellMatrix";
import { DEAL_KEY_PROPERTY } from "./readSnapshot";
import { clearOperations } from "./writeCells";

/*
 * Writes DEAL's memory of its cells (src/workbook/memory/cellMemory.ts) on its very hidden sheet,
 * as sized operations (batching/): added and marked with its DEAL key the first time, else
 * emptied, then its rows as values (text protected as text), in slices of rows when they do not
 * fit one request.
 * An insert too large for one sync could stop between syncs, so the memory is true or absent,
 * never half of each: the edit's first operation blanks the memory's signature (setAsideMemory),
 * and its records go after every sheet, the signature row last of all. A stopped insert leaves a
 * memory that DEAL does not read (cellMemory.ts): it then keeps every cell that differs from what
 * it would write, and claims no cell that was not written.
 */

/** The memory's first row (its signature) and the rest (its records). */
const SIGNATURE_ROWS = 1;

/** Blanks the signature of the memory the workbook holds, before any other write of the edit. */
export function setAsideMemory(memory: MemoryEdit): SizedOperation[] {
  if (memory.create) return [];
  const name = memory.sheetName;
  return [
    single(`Setting aside DEAL's memory on ${name}`, name, (batch) =>
      batch
        .sheet(name)
        .getRange(rectAddress({ row: 0, column: 0, rows: SIGNATURE_ROWS, columns: MEMORY_WIDTH }))
        .untrack()
        .clear("Contents")
    ),
  ];
}

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
  const rowsFrom = (firstRow: number, rows: readonly (readonly CellValue[])[]) => {
    const matrix = cellMatrix(rows.map((row) => row.map((value) => ({ value }))));
    return matrixRows(
      `DEAL's memory on ${name}`,
      name,
      (batch, first, count) =>
        batch
          .sheet(name)
          .getRange(rectAddress({ row: firstRow + first, column: 0, rows: count, columns: width }))
          .untrack(),
      matrix.property,
      matrix.cells
    );
  };
  return [
    ...create,
    ...clear,
    ...rowsFrom(SIGNATURE_ROWS, memory.rows.slice(SIGNATURE_ROWS)),
    ...rowsFrom(0, memory.rows.slice(0, SIGNATURE_ROWS)),
  ];
}
