import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { MODEL_CLASSES, MODEL_PRICES } from "../../src/content/catalog";
import { costChartKey } from "../../src/workbook/benchmarkCharts";
import type { SheetEdit, TableCreate } from "../../src/workbook/edit";
import type { CellContent } from "../../src/workbook/plan";
import { reconcile } from "../../src/workbook/reconcile";
import { buildDemoWorkbook, demoPlans, EMPTY_SNAPSHOT } from "../../src/xlsx/demoWorkbook";
import { describeWithLibreOffice, pdfPageToPng, pngInk, renderFileToPng } from "./libreOffice";
import { overprinted, PdfPage, pdfPages, textLines } from "./pdfText";

/*
 * The demo workbook as LibreOffice Calc 7.4 prints it, with stock settings, all sheets in one PDF
 * from one soffice run. Each page's header names its sheet and its footer numbers it, so the pages
 * can be told apart. Checked: every page is landscape; every sheet is one page wide (a row that
 * reaches from the sheet's first printed column to its last prints on one line of one page);
 * no text overprints other text, as a row too short for its wrapped text would; the rows have the
 * heights DEAL estimated; each of the benchmark's class charts names every model of its class; the
 * deal model's summary prints on its first page and its schedules after it; no sheet prints in
 * type smaller than a checklist's (6.1 pt), nor below 6 pt, and the benchmark at 7 pt at least.
 * The first page of each sheet is kept as
 * test-results/libreoffice/print-<sheet>.png, and the page count and the median height of a
 * printed word per sheet in print-pages.txt.
 */

jest.setTimeout(240_000);

const RESULTS = path.resolve(__dirname, "../../test-results/libreoffice");
const MODEL_SHEET = "DEAL model";
/** The smallest median height of a printed word, in points, that any sheet may print at. */
const TYPE_FLOOR = 6;
/** Medians are compared to a tenth of a point: the same type can measure 6.17 or 6.23. */
const TYPE_TOLERANCE = 0.05;

interface PrintedSheet {
  readonly name: string;
  readonly pages: PdfPage[];
}

/*
 * A page's header is its topmost line and its footer its lowest: LibreOffice scales them with
 * the sheet, so no fixed band holds them, but nothing prints above or below them.
 */
const topWords = (page: PdfPage) => {
  const top = Math.min(...page.words.map((word) => word.yMax));
  return page.words.filter((word) => word.yMax <= top + 0.5);
};
const bottomWords = (page: PdfPage) => {
  const bottom = Math.max(...page.words.map((word) => word.yMin));
  return page.words.filter((word) => word.yMin >= bottom - 0.5);
};
const lineOf = (words: PdfPage["words"]) =>
  textLines(words)
    .map((line) => line.text)
    .join(" ");
const headerOf = (page: PdfPage) => lineOf(topWords(page));
const footerOf = (page: PdfPage) => lineOf(bottomWords(page));
/** The page without its header and footer: the printed cells. */
const bodyOf = (page: PdfPage) => {
  const frame = new Set([...topWords(page), ...bottomWords(page)]);
  return page.words.filter((word) => !frame.has(word));
};

/** The pages of each sheet, by the sheet name in their headers; a page without one is blank. */
function bySheet(pages: readonly PdfPage[], names: readonly string[]) {
  const sheets: PrintedSheet[] = [];
  const blank: { page: number; after: string | undefined }[] = [];
  for (const page of pages) {
    if (page.words.length === 0) {
      blank.push({ page: page.number, after: sheets[sheets.length - 1]?.name });
      continue;
    }
    const name = headerOf(page);
    if (!names.includes(name)) throw new Error(`page ${page.number} is headed "${name}"`);
    const last = sheets[sheets.length - 1];
    if (last?.name === name) last.pages.push(page);
    else sheets.push({ name, pages: [page] });
  }
  return { sheets, blank };
}

const textOf = (content: CellContent | undefined): string | undefined =>
  content !== undefined && "value" in content && typeof content.value === "string"
    ? content.value
    : undefined;

/** The texts the edit writes, by "row,column" (table headers included). */
function textsOf(edit: SheetEdit): Map<string, string> {
  const texts = new Map<string, string>();
  const put = (row: number, column: number, text: string | undefined) => {
    if (text !== undefined && text.trim() !== "") texts.set(`${row},${column}`, text);
  };
  for (const block of edit.blocks) {
    block.cells.forEach((cells, r) =>
      cells.forEach((content, c) => put(block.at.row + r, block.at.column + c, textOf(content)))
    );
  }
  for (const table of edit.tables as TableCreate[]) {
    table.columns.forEach((column, c) => {
      put(table.at.row, table.at.column + c, column.header);
      table.rows.forEach((row, r) =>
        put(table.at.row + 1 + r, table.at.column + c, textOf(row[c]))
      );
    });
  }
  return texts;
}

const lastWord = (text: string) => text.trim().split(/\s+/).slice(-1)[0];

/** The median height in points of the words printed on a sheet's pages: how big its type prints. */
function typeHeight(sheet: PrintedSheet): number {
  const heights = sheet.pages
    .flatMap((page) => bodyOf(page).map((word) => word.yMax - word.yMin))
    .sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)];
}

/**
 * The first row that holds text in both the first and the last printed column, as two words to
 * find on one printed line: the last of each text, which ends the bottom line of its cell (cells
 * align to the bottom), so the two share a baseline.
 */
function widestRow(edit: SheetEdit): { row: number; left: string; right: string } | undefined {
  const texts = textsOf(edit);
  const area = edit.print.area;
  const lastColumn = area.column + area.columns - 1;
  for (let row = area.row; row < area.row + area.rows; row++) {
    const left = texts.get(`${row},${area.column}`);
    const right = texts.get(`${row},${lastColumn}`);
    if (left !== undefined && right !== undefined) {
      return { row, left: lastWord(left), right: lastWord(right) };
    }
  }
  return undefined;
}

let dir: string;
const edit = reconcile(EMPTY_SNAPSHOT, demoPlans());
const names = edit.sheets.map((sheet) => sheet.name);
let printed: ReturnType<typeof bySheet>;
let file: string;

describeWithLibreOffice("the demo workbook printed by LibreOffice Calc", () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "deal-print-lo-"));
    mkdirSync(RESULTS, { recursive: true });
    file = path.join(dir, "deal-demo.xlsx");
    writeFileSync(file, (await buildDemoWorkbook()).bytes);
    const pdf = path.join(dir, "deal-demo.pdf");
    await renderFileToPng(file, path.join(dir, "first.png"), {
      pdfPath: pdf,
      recalcOnLoad: false,
    });
    printed = bySheet(await pdfPages(pdf), names);
    const lines = printed.sheets.map(
      (sheet) =>
        `${sheet.name}: ${sheet.pages.length} page(s), words ${typeHeight(sheet).toFixed(1)} pt high`
    );
    const blank = printed.blank.map((page) => `blank page ${page.page}, after ${page.after}`);
    writeFileSync(path.join(RESULTS, "print-pages.txt"), [...lines, ...blank, ""].join("\n"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints every sheet, in tab order, on landscape pages numbered from 1", () => {
    expect(printed.sheets.map((sheet) => sheet.name)).toEqual(names);
    for (const sheet of printed.sheets) {
      sheet.pages.forEach((page, i) => {
        expect(page.width).toBeGreaterThan(page.height);
        expect(footerOf(page)).toBe(`Page ${i + 1}`);
      });
    }
  });

  it("prints no blank page", () => {
    expect(printed.blank).toEqual([]);
  });

  it("prints the deal model's summary on its first two pages, legibly, and its schedules after it", () => {
    const model = printed.sheets.find((sheet) => sheet.name === MODEL_SHEET) as PrintedSheet;
    const linesOf = (page: PdfPage) => textLines(bodyOf(page)).map((line) => line.text);
    const first = linesOf(model.pages[0]).join("\n");
    for (const part of [
      "Comparison over the term, at the forecast",
      "Cheapest offer at the forecast",
      "Net cost by contract year, at the forecast",
      "Exposure: the term if usage comes in below or above the forecast",
      "Net cost to date, month by month, at the forecast",
      "Net cost of the term by share of the forecast",
    ]) {
      expect(first).toContain(part);
    }
    // The second page: money over time and the exit table, the rest of the summary.
    const second = linesOf(model.pages[1]).join("\n");
    expect(second).toContain("Money over time: when each offer is paid");
    expect(second).toContain("Exit: what leaving costs if notice is given at the end of a month");
    // Each later page holds one offer's inputs or one band of its schedule, none of the summary.
    for (const page of model.pages.slice(2)) {
      expect(linesOf(page).join("\n")).not.toContain("Comparison over the term");
      expect(linesOf(page).some((line) => /^Offer \d\b/.test(line))).toBe(true);
    }
    // Type at least as big as a checklist's, which prints at about half size.
    const checklist = printed.sheets.find((sheet) => sheet.name.endsWith("checklist"));
    expect(typeHeight(model)).toBeGreaterThanOrEqual(typeHeight(checklist as PrintedSheet));
  });

  it("prints every sheet in type no smaller than a checklist's, and none below 6 pt", () => {
    const checklist = printed.sheets.find((sheet) => sheet.name.endsWith("checklist"));
    const floor = Math.max(TYPE_FLOOR, typeHeight(checklist as PrintedSheet));
    const small = printed.sheets
      .map((sheet) => ({ sheet: sheet.name, pt: Number(typeHeight(sheet).toFixed(1)) }))
      .filter((sheet) => sheet.pt < floor - TYPE_TOLERANCE);
    expect(small).toEqual([]);
    // The benchmark, once a strip of 3 pt type beside its SLA table, at 7 pt at least.
    const benchmark = printed.sheets.find((sheet) => sheet.name === "DEAL benchmark");
    expect(typeHeight(benchmark as PrintedSheet)).toBeGreaterThanOrEqual(7);
  });

  it("prints the pages, and the type sizes, that the README states", () => {
    const readme = readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
    const pages =
      /It prints on (\d+) pages: the deal model on (\d+) .*?, the benchmark on (\d+) /.exec(readme);
    const sizes =
      /A printed word is ([\d.]+) points high on the benchmark, ([\d.]+) on the deal model and ([\d.]+) on a checklist\./.exec(
        readme
      );
    const sheet = (name: string) =>
      printed.sheets.find((each) => each.name === name) as PrintedSheet;
    const checklist = printed.sheets.find((each) => each.name.endsWith("checklist"));
    expect(pages?.slice(1).map(Number)).toEqual([
      printed.sheets.reduce((sum, each) => sum + each.pages.length, 0),
      sheet(MODEL_SHEET).pages.length,
      sheet("DEAL benchmark").pages.length,
    ]);
    // "every other sheet on one"
    const others = printed.sheets.filter(
      (each) => each.name !== MODEL_SHEET && each.name !== "DEAL benchmark"
    );
    expect(others.every((each) => each.pages.length === 1)).toBe(true);
    expect(sizes?.slice(1)).toEqual(
      [sheet("DEAL benchmark"), sheet(MODEL_SHEET), checklist as PrintedSheet].map((each) =>
        typeHeight(each).toFixed(1)
      )
    );
  });

  it("heads every page of the benchmark with its price table's header", () => {
    const benchmark = printed.sheets.find((sheet) => sheet.name === "DEAL benchmark");
    const header = (line: { text: string }) => line.text.startsWith("Model Vendor Class Input");
    const [first, ...later] = (benchmark as PrintedSheet).pages;
    expect(textLines(bodyOf(first)).some(header)).toBe(true);
    expect(later.length).toBeGreaterThan(0);
    // On the later pages, at the top: the header's last line, under those of the wrapped headers.
    for (const page of later) expect(textLines(bodyOf(page)).slice(0, 3).some(header)).toBe(true);
  });

  it("prints each sheet one page wide: its widest row on one line of one page", () => {
    for (const sheet of printed.sheets) {
      const sheetEdit = edit.sheets.find((each) => each.name === sheet.name) as SheetEdit;
      const widest = widestRow(sheetEdit);
      expect({ sheet: sheet.name, widest: widest !== undefined }).toEqual({
        sheet: sheet.name,
        widest: true,
      });
      if (widest === undefined) continue;
      const together = sheet.pages.some((page) => {
        const words = bodyOf(page);
        return words.some(
          (a) =>
            a.text === widest.left &&
            words.some((b) => b.text === widest.right && Math.abs(a.yMax - b.yMax) <= 1.5)
        );
      });
      expect({ sheet: sheet.name, together }).toEqual({ sheet: sheet.name, together: true });
    }
  });

  it("overprints no text: every row is tall enough for its wrapped text", () => {
    const overlaps = printed.sheets.flatMap((sheet) =>
      sheet.pages.flatMap((page) =>
        overprinted(bodyOf(page)).map(
          ([a, b]) => `${sheet.name} p${page.number}: "${a.text}" over "${b.text}"`
        )
      )
    );
    expect(overlaps).toEqual([]);
  });

  it("writes the rows at the heights DEAL estimated", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    for (const sheetEdit of edit.sheets) {
      const worksheet = workbook.getWorksheet(sheetEdit.name) as ExcelJS.Worksheet;
      for (const [row, height] of Object.entries(sheetEdit.rowHeights)) {
        expect(worksheet.getRow(Number(row) + 1).height).toBe(height);
      }
    }
    const checklist = edit.sheets.find((sheet) => sheet.key === "checklist-PRC") as SheetEdit;
    expect(Math.max(...Object.values(checklist.rowHeights))).toBeGreaterThan(30);
  });

  it("names every model beside its bar in the benchmark's class charts", () => {
    const benchmark = printed.sheets.find((sheet) => sheet.name === "DEAL benchmark");
    const sheetEdit = edit.sheets.find((sheet) => sheet.key === "benchmark");
    if (benchmark === undefined || sheetEdit === undefined) throw new Error("no benchmark");
    const charts = MODEL_CLASSES.map((modelClass) =>
      sheetEdit.charts.find((chart) => chart.key === costChartKey(modelClass))
    ).filter((chart) => chart !== undefined);
    expect(charts.length).toBeGreaterThanOrEqual(3);
    const titles = charts.map((chart) => chart.title);
    for (const chart of charts) {
      if (chart.kind === "tableBar") throw new Error("a class chart reads its own cells");
      // The chart's labels, as the data beside it holds them.
      const block = sheetEdit.blocks.find(
        (each) =>
          each.at.row === chart.categories.row && each.at.column === chart.categories.column - 1
      );
      const expected = (block?.cells ?? []).map((row) =>
        String((row[1] as { value: string }).value)
      );
      expect(expected).toHaveLength(chart.categories.rows);
      // What the chart prints: left of its data, under its title and above the next chart.
      const printedLabels = benchmark.pages.flatMap((page) => {
        const words = bodyOf(page);
        // The chart's data sits right of it, from its header "Frontier: cost" on.
        const data = words.find((word) => word.text === `${chart.title.split(" ")[0]}:`);
        // Its axis title ("Model") prints on the line of a label: left out.
        const left = words.filter(
          (word) => word.xMax < (data?.xMin ?? page.width) && word.text !== chart.categoryAxisTitle
        );
        const lines = textLines(left);
        const title = lines.find((line) => line.text === chart.title);
        if (title === undefined) return [];
        const below = lines.filter(
          (line) =>
            line.y > title.y &&
            (titles.includes(line.text) || line.text.startsWith("Price history"))
        );
        const bottom = Math.min(page.height, ...below.map((line) => line.y));
        return lines.filter((line) => line.y > title.y && line.y < bottom).map((line) => line.text);
      });
      expect(printedLabels.filter((label) => expected.includes(label)).sort()).toEqual(
        [...expected].sort()
      );
    }
    const labelled = charts.reduce(
      (sum, chart) => sum + (chart.kind === "tableBar" ? 0 : chart.categories.rows),
      0
    );
    expect(labelled).toBe(MODEL_PRICES.length);
  });

  it("keeps a picture of each sheet's first page", async () => {
    for (const sheet of printed.sheets) {
      const png = path.join(RESULTS, `print-${sheet.name.replace(/\W+/g, "-")}.png`);
      await pdfPageToPng(path.join(dir, "deal-demo.pdf"), sheet.pages[0].number, png, { dpi: 80 });
      expect(pngInk(png).inkPixels).toBeGreaterThan(1000);
    }
  });
});
