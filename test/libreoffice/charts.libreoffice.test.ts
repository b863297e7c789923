import { execFile } from "child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { promisify } from "util";
import {
  CHART_SHEET,
  TITLES,
  writeChartWorkbook,
} from "../../src/xlsx/charts/__tests__/support/chartWorkbook";
import { pngInk, readValues, renderFileToPng } from "./libreOffice";
import { PDFTOTEXT } from "./pdfText";

/*
 * DEAL's charts as LibreOffice Calc 7.4 opens them, with stock settings (no recalculation): the
 * file goes to PDF as it is, and the PDF must show every chart's title and axis titles. The first
 * page is kept as test-results/libreoffice/charts.png, to look at.
 */

jest.setTimeout(240_000);

const RESULTS = path.resolve(__dirname, "../../test-results/libreoffice");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "deal-charts-lo-"));
  mkdirSync(RESULTS, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("DEAL's charts in LibreOffice", () => {
  it("draws the line, column and bar charts with their titles, from the file as written", async () => {
    const { bytes } = await writeChartWorkbook(undefined, (workbook) => {
      // One landscape page for the data and the three charts beside it.
      const sheet = workbook.getWorksheet(CHART_SHEET);
      if (sheet === undefined) throw new Error(`no sheet ${CHART_SHEET}`);
      sheet.pageSetup = {
        ...sheet.pageSetup,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 1,
      };
    });
    const xlsx = path.join(dir, "charts.xlsx");
    writeFileSync(xlsx, bytes);
    expect((await readValues(xlsx))[CHART_SHEET].C13).toBe(10300);

    const pdf = path.join(dir, "charts.pdf");
    const png = await renderFileToPng(xlsx, path.join(RESULTS, "charts.png"), {
      pdfPath: pdf,
      recalcOnLoad: false,
      dpi: 100,
    });
    const { stdout } = await promisify(execFile)(PDFTOTEXT, ["-f", "1", "-l", "1", pdf, "-"]);
    const text = stdout.replace(/\s+/g, " ");
    for (const title of Object.values(TITLES)) expect(text).toContain(title);
    // The value axes' labels in their number format, and the legend's series names.
    expect(text).toMatch(/\$\d{1,2},000/);
    expect(text).toContain("Offer A");

    const ink = pngInk(png);
    expect(ink.box).not.toBeNull();
    // The charts stand right of the data (columns E to L): ink reaches well past its middle.
    expect(ink.box?.right ?? 0).toBeGreaterThan(ink.width * 0.6);
  });
});
