import type ExcelJS from "exceljs";
import { bottomRight, columnLetters, quotedSheetName } from "../formula";
import type { SheetPrint } from "../workbook/edit";
import type { CellPosition } from "../workbook/plan";

/*
 * A sheet's page setup in the file (ECMA-376 Part 1 §18.3.1: pageSetup, sheetPr/pageSetUpPr,
 * headerFooter, rowBreaks; the print area and titles as the defined names _xlnm.Print_Area and
 * _xlnm.Print_Titles, which ExcelJS writes from pageSetup).
 */

/** Excel's columns, for a page break that runs across the whole sheet (brk max="16383"). */
const COLUMNS = 16384;

/**
 * A corner as ExcelJS's print area wants it: ExcelJS puts one "$" in front of each corner, so
 * "A$1" becomes the absolute "$A$1" (from "A1" it would make "$A1", which LibreOffice ignores).
 */
const corner = (at: CellPosition) => `${columnLetters(at.column)}$${at.row + 1}`;

/** Sets the sheet's orientation, fit to pages wide, print area and titles, header, footer and breaks. */
export function applyPageSetup(worksheet: ExcelJS.Worksheet, print: SheetPrint): void {
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.pagesWide,
    // 0: as many pages tall as the sheet needs.
    fitToHeight: 0,
    firstPageNumber: print.firstPageNumber,
    printArea: `${corner(print.area)}:${corner(bottomRight(print.area))}`,
    ...(print.titleRows && {
      printTitlesRow: `${print.titleRows.first + 1}:${print.titleRows.last + 1}`,
    }),
  };
  worksheet.headerFooter = {
    ...worksheet.headerFooter,
    oddHeader: `&C${print.header}`,
    oddFooter: `&C${print.footer}`,
  };
  for (const row of print.rowBreaks) {
    // ExcelJS's break goes below the row it is added to: the row above `row`, one-based `row`.
    worksheet.getRow(row).addPageBreak(0, COLUMNS);
  }
}

/** Text as ExcelJS escapes it in XML, apostrophes included. */
const xmlEscaped = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

/**
 * xl/workbook.xml with each sheet name in the print areas and titles quoted as Excel reads it.
 * ExcelJS writes `'Bob's model'!$A$1:$K$9`, which neither Excel nor ExcelJS reads back: an
 * apostrophe in a quoted sheet name must be doubled.
 */
export function quotePrintNames(xml: string, sheetNames: readonly string[]): string {
  return sheetNames
    .filter((name) => name.includes("'"))
    .reduce(
      (text, name) =>
        text.split(`${xmlEscaped(`'${name}'`)}!`).join(`${xmlEscaped(quotedSheetName(name))}!`),
      xml
    );
}
