import { type CellStyle, INPUT_LOOK } from "../workbook/plan";

/*
 * DEAL's cell styles on Office.js ranges. Number formats are set as a 1×1 array, which Excel
 * applies to every cell of the range: the adapter then never needs a range's size, which for an
 * existing table column it does not read.
 */

const INPUT_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function applyInputLook(range: Excel.Range): void {
  range.format.fill.color = INPUT_LOOK.fill;
  range.format.font.color = INPUT_LOOK.fontColor;
  for (const edge of INPUT_EDGES) {
    const border = range.format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = INPUT_LOOK.borderColor;
  }
}

/** Queues the style's settings on the range; the input look first, so explicit colours win. */
export function applyCellStyle(range: Excel.Range, style: CellStyle | undefined): void {
  if (style === undefined) return;
  if (style.input === true) applyInputLook(range);
  const { font } = range.format;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = style.fontColor;
  if (style.fill !== undefined) range.format.fill.color = style.fill;
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.numberFormat !== undefined) range.numberFormat = [[style.numberFormat]];
}
