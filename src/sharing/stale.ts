import { type Rect, rectAddress } from "../formula";
import type { SheetEdit } from "../workbook/edit";
import type { CellContent, CellPosition, CellStyle } from "../workbook/plan";

/*
 * Values that will not follow edits. Where a share-safe file cannot hold a native formula for a
 * DEAL formula (a DEAL.ROLLOVER whose usage is a table column, say), it holds the values DEAL
 * computed when it wrote the file. Finance must never take those for live figures, on screen or
 * on paper, so each such cell is marked (a fill Excel uses for "Bad", and a note on the formula's
 * own cell), and the sheet says which cells they are in its first row, which DEAL's sheets
 * repeat on every printed page, and in the header printed above every page.
 */

/** How a stale cell looks: Excel's "Bad" colours, in italics so that it shows in grey on paper. */
export const STALE_STYLE: CellStyle = { fill: "#FFC7CE", fontColor: "#9C0006", italic: true };
/** How the sheet's line about them looks. */
export const STALE_BANNER_STYLE: CellStyle = { fill: "#FFC7CE", fontColor: "#9C0006", bold: true };

/** A DEAL formula written as its values: its cell and what it spilled. */
export interface StaleCells {
  readonly area: Rect;
  /** The DEAL formula, "=DEAL.ROLLOVER(…)". */
  readonly formula: string;
}

/** What to mark on a sheet holding stale values. */
export interface StaleFlags {
  /** The sheet's first line, saying which cells are values. */
  readonly banner: { readonly at: CellPosition; readonly text: string };
  /** The header printed above every page (Excel's header codes). */
  readonly header: string;
  /** A note on each formula's own cell. */
  readonly notes: readonly { readonly at: CellPosition; readonly text: string }[];
}

/** How many ranges a line names before "and N more". */
const RANGES_NAMED = 3;

function rangeList(stale: readonly StaleCells[]): string {
  const addresses = stale.map((cells) => rectAddress(cells.area));
  if (addresses.length <= RANGES_NAMED) return addresses.join(", ");
  return `${addresses.slice(0, RANGES_NAMED).join(", ")} and ${addresses.length - RANGES_NAMED} more`;
}

/** What the edit writes in a cell: a block's or an input's content; undefined for none. */
function contentAt(edit: SheetEdit, at: CellPosition): CellContent | undefined {
  const inTable = edit.tables.some(
    (table) =>
      table.kind === "create" &&
      at.row >= table.at.row &&
      at.row <= table.at.row + table.rows.length + 1 &&
      at.column >= table.at.column &&
      at.column < table.at.column + table.columns.length
  );
  if (inTable) return { value: "table" };
  for (const block of edit.blocks) {
    const content = block.cells[at.row - block.at.row]?.[at.column - block.at.column];
    if (content !== undefined) return content;
  }
  const input = edit.inputs.find((i) => i.at.row === at.row && i.at.column === at.column);
  return input === undefined ? undefined : { value: input.value };
}

const isBlank = (content: CellContent | undefined) =>
  content === undefined || ("value" in content && (content.value ?? "") === "");

/**
 * The flags of a sheet holding stale values: the banner goes in A1, before the title DEAL's
 * sheets have there (or in the first blank cell of the first row, when A1 holds a number or a
 * formula).
 * @param stale the DEAL formulas written as values, with what they spilled
 */
export function staleFlags(edit: SheetEdit, stale: readonly StaleCells[]): StaleFlags {
  const ranges = rangeList(stale);
  const one = stale.length === 1;
  const warning = `STALE VALUES in ${ranges}: they will not follow edits (red cells: DEAL could not write ${one ? "this formula" : "these formulas"} as native formulas; see the note on ${one ? "it" : "each"}).`;
  const first = contentAt(edit, { row: 0, column: 0 });
  let banner: StaleFlags["banner"];
  if (
    first !== undefined &&
    "value" in first &&
    typeof first.value === "string" &&
    first.value !== ""
  ) {
    banner = { at: { row: 0, column: 0 }, text: `${warning} ${first.value}` };
  } else {
    let column = 0;
    while (!isBlank(contentAt(edit, { row: 0, column }))) column++;
    banner = { at: { row: 0, column }, text: warning };
  }
  return {
    banner,
    // "&A" is the sheet's name; a literal "&" would be doubled, and ranges hold none.
    header: `${edit.print.header} (STALE VALUES in ${ranges}: they will not follow edits)`,
    notes: stale.map((cells) => ({
      at: { row: cells.area.row, column: cells.area.column },
      text:
        `Stale: DEAL wrote the values of ${cells.formula} here when it wrote this file, ` +
        `${cells.area.rows * cells.area.columns > 1 ? `${rectAddress(cells.area)} included, ` : ""}` +
        "because no native formula could stand in for it. They do not change when its inputs " +
        "change. Open the workbook in Excel with the DEAL add-in to calculate it again.",
    })),
  };
}
