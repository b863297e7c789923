import { cellAddress, type Rect, rectAddress } from "../formula";
import { blockArea } from "../workbook/cellAreas";
import type { CellBlock, CellContent, InputCell } from "../workbook/plan";
import { matrixRows, sheetItems, type SizedOperation } from "./batching/sizedOperations";
import { applyCellStyle } from "./cellStyle";
import { cellMatrix, officeValue } from "./cellMatrix";

/*
 * The cells DEAL writes outside tables: blocks it owns, the inputs it offers, and its own earlier
 * notes it clears, as sized operations (batching/): a long block is split by rows between syncs.
 */

/** Empties and unmerges DEAL's earlier copy of a note (its formats are left as they are). */
function clearArea(sheet: Excel.Worksheet, area: Rect): void {
  const range = sheet.getRange(rectAddress(area)).untrack();
  range.unmerge();
  range.clear("Contents");
}

export function clearOperations(sheetName: string, areas: readonly Rect[]): SizedOperation[] {
  return sheetItems(
    `Clearing DEAL's earlier notes on ${sheetName}`,
    sheetName,
    areas.map((area) => (sheet) => clearArea(sheet, area))
  );
}

/** Consecutive rows of one length: each is written as one rectangle. */
function equalRuns(rows: readonly (readonly CellContent[])[]) {
  const runs: { start: number; rows: (readonly CellContent[])[] }[] = [];
  rows.forEach((row, r) => {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.rows[0].length === row.length) last.rows.push(row);
    else runs.push({ start: r, rows: [row] });
  });
  return runs.filter((run) => run.rows[0].length > 0);
}

/**
 * Writes a block (its rows may differ in length: each run of rows of one length is a rectangle,
 * split by rows where it does not fit a sync), then styles its whole rectangle (with what its
 * formula spills) and merges its rows.
 */
export function blockOperations(sheetName: string, block: CellBlock): SizedOperation[] {
  if (block.cells.length === 0) return [];
  const writes = equalRuns(block.cells).flatMap((run) => {
    const matrix = cellMatrix(run.rows);
    const width = run.rows[0].length;
    return matrixRows(
      `The cells at ${rectAddress({ row: block.at.row + run.start, column: block.at.column, rows: 1, columns: width })} on ${sheetName}`,
      sheetName,
      (batch, first, rows) =>
        batch
          .sheet(sheetName)
          .getRange(
            rectAddress({
              row: block.at.row + run.start + first,
              column: block.at.column,
              rows,
              columns: width,
            })
          )
          .untrack(),
      matrix.property,
      matrix.cells
    );
  });
  const across = block.mergeAcross ?? 0;
  const merge = across > 1;
  if (block.style === undefined && !merge) return writes;
  return [
    ...writes,
    ...sheetItems(`The format of a block on ${sheetName}`, sheetName, [
      (sheet) => {
        // The whole rectangle, with what its formula spills.
        const styled = blockArea(block);
        if (styled !== undefined) {
          applyCellStyle(sheet.getRange(rectAddress(styled)).untrack(), block.style);
        }
        // Each row merged on its own across the columns: one wide cell per note line.
        if (merge) {
          sheet
            .getRange(rectAddress({ ...block.at, rows: block.cells.length, columns: across }))
            .untrack()
            .merge(true);
        }
      },
    ]),
  ];
}

/** Writes each input's value in the input look (with the input's own format on top). */
export function inputOperations(sheetName: string, inputs: readonly InputCell[]): SizedOperation[] {
  return sheetItems(
    `The inputs on ${sheetName}`,
    sheetName,
    inputs.map((input) => (sheet) => {
      const range = sheet.getRange(cellAddress(input.at)).untrack();
      // A formula of DEAL's own (an input that follows the deal model), never text from data.
      if (input.formula !== undefined) range.formulas = [[input.formula]];
      else range.values = [[officeValue(input.value)]];
      applyCellStyle(range, { ...input.style, input: true });
    })
  );
}
