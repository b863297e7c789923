import type ExcelJS from "exceljs";
import { type CellStyle, INPUT_LOOK } from "../workbook/plan";

/*
 * DEAL's cell styles on ExcelJS cells, the same looks the Office.js adapter gives
 * (src/excel/cellStyle.ts): the input look first, so that a style's explicit colours win, then
 * font, fill, wrap and number format. Each setting is merged into what the cell already has.
 */

/** "#RRGGBB" as ExcelJS's opaque ARGB, "FFRRGGBB". */
export function argb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(hex)) throw new RangeError(`${color} is not a #RRGGBB colour`);
  return `FF${hex}`;
}

/**
 * The font of the workbook's Normal style (ExcelJS writes Calibri 11). A cell's own font is
 * written whole: one holding only "bold" would leave the name to the reader, and LibreOffice
 * then falls back to its default serif font, wider than Calibri, so wrapped text needs more lines.
 */
const NORMAL_FONT: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, size: 11 };

/** The cell's font so far, on top of the Normal style's. */
const fontOf = (cell: ExcelJS.Cell): Partial<ExcelJS.Font> => ({ ...NORMAL_FONT, ...cell.font });

const solid = (color: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: argb(color) },
});

function applyInputLook(cell: ExcelJS.Cell): void {
  const edge: Partial<ExcelJS.Border> = {
    style: "thin",
    color: { argb: argb(INPUT_LOOK.borderColor) },
  };
  cell.fill = solid(INPUT_LOOK.fill);
  cell.font = { ...fontOf(cell), color: { argb: argb(INPUT_LOOK.fontColor) } };
  cell.border = { top: edge, bottom: edge, left: edge, right: edge };
}

/** Sets the style's settings on the cell; settings the style leaves out are kept. */
export function applyCellStyle(cell: ExcelJS.Cell, style: CellStyle | undefined): void {
  if (style === undefined) return;
  if (style.input === true) applyInputLook(cell);
  const font = fontOf(cell);
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
  if (
    style.bold !== undefined ||
    style.italic !== undefined ||
    style.fontSize !== undefined ||
    style.fontColor !== undefined
  ) {
    cell.font = font;
  }
  if (style.fill !== undefined) cell.fill = solid(style.fill);
  if (style.wrap !== undefined) cell.alignment = { ...cell.alignment, wrapText: style.wrap };
  if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
}
