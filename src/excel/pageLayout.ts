import type { SheetPrint } from "../workbook/edit";
import { cellAddress, rectAddress, rowAddress } from "../formula";

/*
 * A sheet's page setup through Office.js (ExcelApi 1.9: worksheet.pageLayout and
 * horizontalPageBreaks). Queued only; the caller syncs.
 */

/**
 * Sets orientation, fit to pages wide (as many tall as needed), print area and title rows, the
 * centred header and footer, the first page number, and the page breaks.
 * @param replaceBreaks true for a sheet DEAL made before: its earlier breaks are removed first,
 *   so that breaks that moved are not left behind.
 */
export function applyPageLayout(
  sheet: Excel.Worksheet,
  print: SheetPrint,
  replaceBreaks: boolean
): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  // 0 pages tall: as many as the sheet needs.
  layout.zoom = { horizontalFitToPages: print.pagesWide, verticalFitToPages: 0 };
  layout.setPrintArea(rectAddress(print.area));
  if (print.titleRows !== undefined) {
    layout.setPrintTitleRows(rowAddress(print.titleRows.first, print.titleRows.last));
  }
  layout.firstPageNumber = print.firstPageNumber;
  const everyPage = layout.headersFooters.defaultForAllPages;
  everyPage.centerHeader = print.header;
  everyPage.centerFooter = print.footer;
  if (replaceBreaks) sheet.horizontalPageBreaks.removePageBreaks();
  for (const row of print.rowBreaks) {
    sheet.horizontalPageBreaks.add(cellAddress({ row, column: 0 }));
  }
}
