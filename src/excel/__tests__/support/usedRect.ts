import type { Rect } from "../../../formula";

/**
 * The bounding box of used cells given as "row,column" keys, within `rect` when given: what
 * Range.getUsedRangeOrNullObject gives for them (undefined for none).
 */
export function usedRect(keys: Iterable<string>, within?: Rect): Rect | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const at of keys) {
    const [row, column] = at.split(",").map(Number);
    if (
      within !== undefined &&
      (row < within.row ||
        row >= within.row + within.rows ||
        column < within.column ||
        column >= within.column + within.columns)
    )
      continue;
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  return bottom < 0
    ? undefined
    : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}
