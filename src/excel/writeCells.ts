import { blockArea } from "../workbook/cellAreas";
import type { CellArea } from "../workbook/edit";
import type { CellBlock, InputCell } from "../workbook/plan";
import { areaAddress } from "./a1Range";
import { applyCellStyle } from "./cellStyle";
import { cellMatrix, officeValue, writeMatrix } from "./cellMatrix";

/*
 * The cells DEAL writes outside tables: blocks it owns, the inputs it offers, and its own earlier
 * notes it clears. Everything is queued on the sheet; the caller syncs.
 */

/** Empties and unmerges DEAL's earlier copy of a note (its formats are left as they are). */
export function clearArea(sheet: Excel.Worksheet, area: CellArea): void {
  const range = sheet.getRange(areaAddress(area.at, area.rows, area.columns));
  range.unmerge();
  range.clear("Contents");
}

/**
 * Writes a block row by row (its rows may differ in length), then styles its whole rectangle
 * (with what its formula spills) and merges its rows.
 */
export function writeBlock(sheet: Excel.Worksheet, block: CellBlock): void {
  if (block.cells.length === 0) return;
  block.cells.forEach((row, r) => {
    if (row.length === 0) return;
    const at = { row: block.at.row + r, column: block.at.column };
    writeMatrix(sheet.getRange(areaAddress(at, 1, row.length)), cellMatrix([row]));
  });
  const styled = blockArea(block)!;
  applyCellStyle(sheet.getRange(areaAddress(styled.at, styled.rows, styled.columns)), block.style);
  if (block.mergeAcross !== undefined && block.mergeAcross > 1) {
    // Each row merged on its own across the columns: one wide cell per note line.
    sheet.getRange(areaAddress(block.at, block.cells.length, block.mergeAcross)).merge(true);
  }
}

/** Writes an input's value in the input look (with the input's own format on top). */
export function writeInput(sheet: Excel.Worksheet, input: InputCell): void {
  const range = sheet.getRange(areaAddress(input.at, 1, 1));
  // A formula of DEAL's own (an input that follows the deal model), never text from data.
  if (input.formula !== undefined) range.formulas = [[input.formula]];
  else range.values = [[officeValue(input.value)]];
  applyCellStyle(range, { ...input.style, input: true });
}
