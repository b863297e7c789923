import { Cell } from "./cells";

/** Marks the end of a row in the remembered cells, so that [[1, 2], [3]] and [[1], [2, 3]] differ. */
const ROW_END = Symbol("row end");

function isPrimitive(cell: Cell): boolean {
  return typeof cell !== "object" || cell === null;
}

/**
 * Wraps a range reader so that reading the same cells again returns the previous result.
 * Excel recalculates a whole column of `=DEAL.TIEREDCOST(B2, Tiers)` against one table; this
 * reads and checks the table once. It remembers one range, by a copy of its cell values (never the
 * caller's arrays, which could change), only when every cell is a plain value, and never a range
 * that failed to read. The result must be immutable: callers share it. Callers pass ranges through
 * asRows, which leaves out trailing blank rows, so a whole column (A:B) costs a comparison of the
 * rows that hold data, not of its 1,048,576 rows.
 */
export function rememberLastRange<T>(
  read: (rows: readonly Cell[][]) => T
): (rows: readonly Cell[][]) => T {
  let lastCells: readonly unknown[] = [];
  let lastResult: T | undefined;

  const matchesLast = (rows: readonly Cell[][]): boolean => {
    let k = 0;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      for (let c = 0; c < row.length; c++) if (row[c] !== lastCells[k++]) return false;
      if (lastCells[k++] !== ROW_END) return false;
    }
    return k === lastCells.length;
  };

  return (rows) => {
    if (lastResult !== undefined && matchesLast(rows)) return lastResult;
    const result = read(rows);
    const cells: unknown[] = [];
    for (const row of rows) {
      for (const cell of row) {
        if (!isPrimitive(cell)) return result;
        cells.push(cell);
      }
      cells.push(ROW_END);
    }
    lastCells = cells;
    lastResult = result;
    return result;
  };
}
