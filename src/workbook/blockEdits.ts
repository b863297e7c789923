import { cellAddress, cellRect, parseCellAddress, type Rect } from "../formula";
import type { KeptEdit } from "./insertReport";
import { cellFate, rememberedAfter } from "./memory/cellFate";
import { fingerprint, isBlank } from "./memory/fingerprint";
import type { CellBlock, CellPosition, CellValue } from "./plan";
import type { SheetSnapshot } from "./snapshot";

/*
 * DEAL's cells outside tables (titles, labels, notes) on a sheet it writes again: each value cell
 * is written only if it is still DEAL's (cellFate.ts), else kept and reported; DEAL's earlier copy
 * of a cell that now belongs elsewhere is cleared while it still holds what DEAL wrote. Formulas
 * are DEAL's workings and are always written.
 *
 * Three sets of coordinates meet here. The blocks are placed where they go after the edit. The
 * workbook is read before it: a table that gains rows pushes the cells below it down (Excel
 * inserts the rows), so a cell placed at row r is found now at r minus the rows appended above it.
 * The memory holds where DEAL wrote last time: the rows the user added to a table since then
 * have pushed the cells below it down by as many.
 */

/** A table of the sheet, with its data rows now, after the edit and when DEAL last wrote. */
export interface TableSpan {
  readonly at: CellPosition;
  readonly columns: number;
  readonly rowsNow: number;
  readonly rowsAfter: number;
  readonly rowsRemembered?: number;
}

/** What becomes of a sheet's blocks. */
export interface BlockMerge {
  /** The blocks to write: split around the cells kept. */
  readonly blocks: CellBlock[];
  /** DEAL's earlier copies to empty first. */
  readonly clear: Rect[];
  readonly editsKept: KeptEdit[];
  /** Fingerprints of DEAL's value cells after the edit, by A1 address. */
  readonly memory: Map<string, string>;
}

/** Excel keeps one blank row in an empty table, so a table takes one data row at least. */
const lastRowOf = (span: TableSpan, rows: number) => span.at.row + Math.max(rows, 1);
const over = (span: TableSpan, column: number) =>
  column >= span.at.column && column < span.at.column + span.columns;

/** Rows the tables above a cell (over its column) move it down by: `rows` then, `by` each. */
function pushedDown(
  spans: readonly TableSpan[],
  at: CellPosition,
  rowsThen: (span: TableSpan) => number | undefined,
  by: (span: TableSpan, then: number) => number
): number {
  return spans.reduce((shift, span) => {
    const then = rowsThen(span);
    if (then === undefined || !over(span, at.column) || at.row <= lastRowOf(span, then))
      return shift;
    return shift + by(span, then);
  }, 0);
}

const key = (at: CellPosition) => `${at.row}:${at.column}`;

function valueAt(sheet: SheetSnapshot, at: CellPosition): CellValue | undefined {
  const used = sheet.usedRange;
  if (used === undefined) return undefined;
  return used.values[at.row - used.at.row]?.[at.column - used.at.column] ?? null;
}

/** The block without the cells `kept` holds: whole rows where it can, single cells where not. */
function withoutKept(block: CellBlock, kept: ReadonlySet<string>): CellBlock[] {
  const isKept = (r: number, c: number) =>
    kept.has(key({ row: block.at.row + r, column: block.at.column + c }));
  const rowKept = block.cells.map((row, r) => row.some((_, c) => isKept(r, c)));
  if (!rowKept.includes(true)) return [block];
  const parts: CellBlock[] = [];
  let start: number | undefined;
  const flush = (end: number) => {
    if (start === undefined) return;
    parts.push({
      ...block,
      at: { row: block.at.row + start, column: block.at.column },
      cells: block.cells.slice(start, end),
    });
    start = undefined;
  };
  block.cells.forEach((row, r) => {
    if (!rowKept[r]) {
      start ??= r;
      return;
    }
    flush(r);
    // The kept cell keeps its merge and look; the others of its row are written one by one.
    row.forEach((content, c) => {
      if (isKept(r, c)) return;
      const at = { row: block.at.row + r, column: block.at.column + c };
      parts.push({ at, cells: [[content]], style: block.style });
    });
  });
  flush(block.cells.length);
  return parts;
}

/**
 * Merges a sheet's placed blocks with the sheet as it is.
 * @param existing the sheet as read; undefined for a sheet DEAL adds (everything is written).
 * @param remembered DEAL's cells on the sheet when it last wrote, by A1 address.
 */
export function mergeBlocks(
  blocks: readonly CellBlock[],
  existing: SheetSnapshot | undefined,
  spans: readonly TableSpan[],
  remembered: ReadonlyMap<string, string> | undefined
): BlockMerge {
  const memory = new Map<string, string>();
  const editsKept: KeptEdit[] = [];
  const kept = new Set<string>();
  const claimed = new Set<string>();
  // Where DEAL's remembered cells are now.
  const rememberedNow = new Map<string, { at: CellPosition; print: string }>();
  for (const [address, print] of remembered ?? []) {
    const then = parseCellAddress(address);
    if (then === undefined) continue;
    const row =
      then.row +
      pushedDown(
        spans,
        then,
        (span) => span.rowsRemembered,
        (span, rows) => span.rowsNow - rows
      );
    const at = { row, column: then.column };
    rememberedNow.set(key(at), { at, print });
  }

  for (const block of blocks) {
    block.cells.forEach((row, r) =>
      row.forEach((content, c) => {
        const placed = { row: block.at.row + r, column: block.at.column + c };
        const appended = pushedDown(
          spans,
          placed,
          (span) => span.rowsAfter,
          (span) => span.rowsAfter - span.rowsNow
        );
        const now = { row: placed.row - appended, column: placed.column };
        claimed.add(key(now));
        if (!("value" in content)) return;
        const before = rememberedNow.get(key(now))?.print;
        const fate =
          existing === undefined
            ? "write"
            : cellFate(valueAt(existing, now), content.value, before);
        const after = rememberedAfter(fate, content.value, before);
        if (after !== undefined) memory.set(cellAddress(placed), after);
        if (fate === "keep") {
          kept.add(key(placed));
          editsKept.push({ cell: cellAddress(placed) });
        }
      })
    );
  }

  const clear: Rect[] = [];
  if (existing !== undefined) {
    for (const [at, { at: cell, print }] of rememberedNow) {
      const value = valueAt(existing, cell);
      if (claimed.has(at) || value === undefined || isBlank(value)) continue;
      if (fingerprint(value) === print) clear.push(cellRect(cell.row, cell.column));
    }
  }
  return { blocks: blocks.flatMap((block) => withoutKept(block, kept)), clear, editsKept, memory };
}
