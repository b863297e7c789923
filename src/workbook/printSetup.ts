import { lastRow, type Rect } from "../formula";
import { extentOf } from "./cellAreas";
import type { SheetPrint } from "./edit";
import type { SheetPrintPlan } from "./plan";

/*
 * How a DEAL sheet prints. Finance reads DEAL's workbooks on paper or as PDF, so every sheet
 * prints landscape, scaled to one page wide (never cut into strips of columns) and as many pages
 * tall as it needs, each page headed with the sheet's name and numbered from 1 on every sheet.
 * A plan adds its title
 * rows, its print area and its page breaks; without an area, the sheet prints what it holds.
 */

/** What every DEAL sheet prints with, whatever its plan says. */
export const PRINT_DEFAULTS = {
  orientation: "landscape",
  pagesWide: 1,
  header: "&A",
  // Not "of &N": printing a whole workbook, LibreOffice counts the pages of every sheet there.
  footer: "Page &P",
  firstPageNumber: 1,
} as const satisfies Pick<
  SheetPrint,
  "orientation" | "pagesWide" | "header" | "footer" | "firstPageNumber"
>;

/** A plan's print area with its rows where the edit puts them. */
function movedArea(area: Rect, moved: (row: number) => number): Rect {
  const row = moved(area.row);
  // An area that ends with a table's last row takes in the rows the table gained.
  const bottom = moved(lastRow(area) + 1) - 1;
  return { ...area, row, rows: bottom - row + 1 };
}

/**
 * The sheet's page setup, with the plan's rows where the edit puts them.
 * @param written the cells the sheet holds once the edit is applied (DEAL's and what it already
 *   held), for the print area when the plan gives none.
 * @param moved where a row of the plan ends up: below a table that grew, further down.
 */
export function sheetPrint(
  plan: SheetPrintPlan | undefined,
  written: readonly Rect[],
  moved: (row: number) => number
): SheetPrint {
  const area = plan?.area === undefined ? extentOf(written) : movedArea(plan.area, moved);
  const titleRows =
    plan?.titleRows === undefined
      ? undefined
      : { first: moved(plan.titleRows.first), last: moved(plan.titleRows.last) };
  const rowBreaks = [...new Set((plan?.rowBreaks ?? []).map(moved))]
    .filter((row) => row > 0)
    .sort((a, b) => a - b);
  return { ...PRINT_DEFAULTS, area, ...(titleRows && { titleRows }), rowBreaks };
}

/*
 * The printable part of a landscape page, in points, for a builder that plans its page breaks:
 * the smaller of A4 and US Letter each way (Letter is narrower, A4 shorter), less the margins
 * Excel and LibreOffice give a new sheet (0.7 inch left and right, 0.75 inch top and bottom).
 */
const PRINTABLE_WIDTH = (11 - 2 * 0.7) * 72;
const PRINTABLE_HEIGHT = (8.27 - 2 * 0.75) * 72;

/** A column's width in points: Excel's 7 pixels a character and 5 of padding, at 96 dots per inch. */
export const columnPoints = (width: number): number => ((7 * width + 5) * 3) / 4;

/**
 * How many points of the sheet a page holds down, once it is scaled to print these columns one
 * page wide, less the title rows each page repeats.
 * @param widths the printed columns' widths in characters.
 * @param titleHeight the repeated rows' height in points.
 */
export function pageHeight(widths: readonly number[], titleHeight: number): number {
  const width = widths.reduce((sum, each) => sum + columnPoints(each), 0);
  const scale = Math.min(1, PRINTABLE_WIDTH / width);
  return PRINTABLE_HEIGHT / scale - titleHeight;
}
