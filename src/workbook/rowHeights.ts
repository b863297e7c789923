import { blockWidth } from "./cellAreas";
import type { SheetEdit, TableCreate } from "./edit";
import type { CellContent, CellStyle } from "./plan";

/*
 * How tall a row must be for its wrapped text. Excel grows a row for wrapped text only as the
 * user types it, never for text an add-in writes or for a merged cell, and LibreOffice does not
 * grow rows when it opens a file; a row left at its default height shows one line and overprints
 * the rows below it on paper. So DEAL sets those rows' heights itself, from this estimate.
 *
 * The estimate wraps the text as a spreadsheet does, word by word, at the column's width, and is
 * meant to err tall, never short:
 * - a column's width counts characters of the default font (Calibri 11) as wide as its digits;
 *   most letters and every space are narrower, so a line is taken to hold as many characters as
 *   the width, fewer for a larger or bold font;
 * - a line is 15 points for 11-point text, Excel's own row height, which is taller than the line
 *   LibreOffice draws with Calibri's metrics (Carlito);
 * - a word longer than a line is broken across lines, and a newline starts a line.
 */

/** Excel's default column width, for a column the edit gives no width. */
export const DEFAULT_COLUMN_WIDTH = 8.43;
/** The default font's size, for a cell whose style gives none. */
export const DEFAULT_FONT_SIZE = 11;
/** Points of one line of text per point of font size: Excel's 15-point row for 11-point Calibri. */
const LINE_PER_FONT_POINT = 15 / 11;
/** How much of a line bold text fills of what regular text would, kept on the safe side. */
const BOLD_SHARE = 0.9;
/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;
/** Excel sets row heights in whole pixels: three quarters of a point at 96 dots per inch. */
const PIXEL = 0.75;

/** The points of one line of text in this font size, rounded up to a whole pixel. */
export function lineHeight(fontSize: number = DEFAULT_FONT_SIZE): number {
  return Math.ceil((fontSize * LINE_PER_FONT_POINT) / PIXEL - 1e-9) * PIXEL;
}

/** How many characters of text in this style a line of `width` characters holds (at least one). */
export function charactersPerLine(width: number, style: CellStyle | undefined): number {
  const size = style?.fontSize ?? DEFAULT_FONT_SIZE;
  const bold = style?.bold === true ? BOLD_SHARE : 1;
  return Math.max(1, Math.floor((width * DEFAULT_FONT_SIZE * bold) / size));
}

/**
 * The lines `text` takes wrapped at `perLine` characters: words are kept whole where they fit,
 * spaces break lines, a longer word is cut across lines, and every newline starts a line.
 */
export function wrappedLines(text: string, perLine: number): number {
  return text.split(/\r\n|\r|\n/).reduce((total, paragraph) => {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      const gap = used === 0 ? 0 : 1;
      if (used + gap + word.length <= perLine) {
        used += gap + word.length;
        continue;
      }
      if (used > 0) lines++;
      // A word wider than a line fills whole lines, and what is left of it starts the next one.
      const fullLines = Math.max(0, Math.ceil(word.length / perLine) - 1);
      lines += fullLines;
      used = word.length - fullLines * perLine;
    }
    return total + lines;
  }, 0);
}

/** One cell the edit writes, as the estimate sees it. */
interface PlacedText {
  readonly row: number;
  readonly column: number;
  readonly content: CellContent;
  readonly style?: CellStyle;
  /** Columns the cell spans (merged), one by default. */
  readonly span: number;
  /** Whether its text wraps, or it is merged: either way the row does not grow by itself. */
  readonly needsHeight: boolean;
}

type SheetCells = Pick<SheetEdit, "blocks" | "inputs" | "tables" | "columnWidths">;

/** The width of each column: a table's own, unless the sheet's widths say otherwise (as applied). */
function columnWidths(sheet: SheetCells): (column: number) => number {
  const widths = new Map<number, number>();
  for (const table of sheet.tables) {
    if (table.kind !== "create") continue;
    table.columns.forEach((column, c) => widths.set(table.at.column + c, column.width));
  }
  for (const [column, width] of Object.entries(sheet.columnWidths ?? {})) {
    widths.set(Number(column), width);
  }
  return (column) => widths.get(column) ?? DEFAULT_COLUMN_WIDTH;
}

function tableTexts(table: TableCreate): PlacedText[] {
  const header = table.columns.map((column, c): PlacedText => ({
    row: table.at.row,
    column: table.at.column + c,
    content: { value: column.header },
    // Table styles set their header row in bold.
    style: { bold: true },
    span: 1,
    needsHeight: false,
  }));
  const body = table.rows.flatMap((row, r) =>
    table.columns.map((column, c): PlacedText => ({
      row: table.at.row + 1 + r,
      column: table.at.column + c,
      content: row[c] ?? { value: null },
      style: column.style,
      span: 1,
      needsHeight: column.style?.wrap === true,
    }))
  );
  return [...header, ...body];
}

function placedTexts(sheet: SheetCells): PlacedText[] {
  const blocks = sheet.blocks.flatMap((block) => {
    const merged = block.mergeAcross !== undefined && block.mergeAcross > 1;
    return block.cells.flatMap((row, r) =>
      row.flatMap((content, c): PlacedText[] =>
        // A merged row shows its first cell across the merge; the cells under it are hidden.
        merged && c > 0
          ? []
          : [
              {
                row: block.at.row + r,
                column: block.at.column + c,
                content,
                style: block.style,
                span: merged ? blockWidth(block) : 1,
                needsHeight: merged || block.style?.wrap === true,
              },
            ]
      )
    );
  });
  const inputs = sheet.inputs.map((input): PlacedText => ({
    row: input.at.row,
    column: input.at.column,
    content: { value: input.value },
    style: input.style,
    span: 1,
    needsHeight: false,
  }));
  const tables = sheet.tables.flatMap((table) =>
    table.kind === "create" ? tableTexts(table) : []
  );
  return [...blocks, ...inputs, ...tables];
}

/**
 * The height in points of every row that holds wrapped or merged text, by zero-based row: enough
 * for the tallest cell of the row, its text wrapped at its column's width (a merged cell's: its
 * columns' together). Only text wraps: a number or a formula's result takes one line.
 * Rows of a table that already existed are left out: they keep the heights they have, which the
 * user may have set, and DEAL does not know where the user's columns sit among them.
 */
export function estimateRowHeights(sheet: SheetCells): Record<number, number> {
  const widthOf = columnWidths(sheet);
  const texts = placedTexts(sheet);
  const rows = new Set(texts.filter((text) => text.needsHeight).map((text) => text.row));
  const heights: Record<number, number> = {};
  for (const text of texts) {
    if (!rows.has(text.row)) continue;
    const wraps = text.needsHeight && text.style?.wrap === true;
    const value = "value" in text.content ? text.content.value : null;
    let width = 0;
    for (let c = 0; c < text.span; c++) width += widthOf(text.column + c);
    const lines =
      wraps && typeof value === "string"
        ? wrappedLines(value, charactersPerLine(width, text.style))
        : 1;
    const height = Math.min(MAX_ROW_HEIGHT, lines * lineHeight(text.style?.fontSize));
    heights[text.row] = Math.max(heights[text.row] ?? 0, height);
  }
  return heights;
}

/** The estimated heights, raised where the builder knows a row shows more lines of text. */
export function withTextLines(
  heights: Readonly<Record<number, number>>,
  textLines: Readonly<Record<number, number>> = {}
): Record<number, number> {
  const raised: Record<number, number> = { ...heights };
  for (const [row, lines] of Object.entries(textLines)) {
    const height = Math.min(MAX_ROW_HEIGHT, lines * lineHeight());
    raised[Number(row)] = Math.max(raised[Number(row)] ?? 0, height);
  }
  return raised;
}
