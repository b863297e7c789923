import type ExcelJS from "exceljs";
import { blockArea } from "../workbook/cellAreas";
import type { CellBlock } from "../workbook/plan";
import { applyCellStyle } from "./cellStyle";
import type { SheetWriter } from "./sheetWriter";
import { cellAt } from "./worksheetCells";

/* Writes a block of cells: its values (through the sheet writer), its style and its merges. */

/** Writes the block at its place; a block without rows writes nothing. */
export function writeBlock(
  worksheet: ExcelJS.Worksheet,
  writer: SheetWriter,
  block: CellBlock
): void {
  if (block.cells.length === 0) return;
  block.cells.forEach((row, r) =>
    row.forEach((content, c) =>
      writer.write({ row: block.at.row + r, column: block.at.column + c }, content)
    )
  );
  // The style covers the block's rectangle and what its formula spills.
  const styled = blockArea(block)!;
  for (let r = 0; r < styled.rows; r++) {
    for (let c = 0; c < styled.columns; c++) {
      applyCellStyle(
        cellAt(worksheet, { row: block.at.row + r, column: block.at.column + c }),
        block.style
      );
    }
  }
  if (block.mergeAcross !== undefined && block.mergeAcross > 1) {
    // Each row merged on its own across the columns: one wide cell per note line.
    for (let r = 0; r < block.cells.length; r++) {
      const row = block.at.row + r + 1;
      worksheet.mergeCells(row, block.at.column + 1, row, block.at.column + block.mergeAcross);
    }
  }
}
