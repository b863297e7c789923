import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { MODEL_PRICES, NO_SLA_VENDORS, SLA_SCHEDULES } from "../../content/catalog";
import { commitSizing, computeSchedule, defaultOffers, summarize } from "../../dealModel";
import { slaCredit } from "../../pricing";
import { cellAddress, columnLetters, parseCellAddress } from "../../formula";
import { buildBenchmarkSheet } from "../../workbook/benchmarkSheet";
import {
  SIZING_COLUMNS,
  buildModelSheet,
  comparisonRow,
  offerColumn,
  type SizingResult,
} from "../../workbook/model";
import type { CellContent } from "../../workbook/plan";
import { CREDIT_HEADER, LINEAR_CLAUSES } from "../../workbook/benchmarkSlaTable";
import { CHECKLIST_STATUSES } from "../../workbook/checklistColumns";
import { reconcile } from "../../workbook/reconcile";
import type { ExcelJsReport } from "../applyEdit";
import { demoPlans, EMPTY_SNAPSHOT, writeDemoWorkbook } from "../demoWorkbook";
import { SheetEvaluator, TableArea } from "../evaluate";
import { StoredCell, storedCells } from "./support/sheetXml";
import { zipParts } from "./support/zipParts";

/*
 * The demo workbook end to end: written to a temp folder, read back with ExcelJS (structure,
 * formats) and from its XML (formulas and cached values exactly as stored: ExcelJS's reader
 * drops a cached result of 0).
 */

interface Written {
  readonly report: ExcelJsReport;
  readonly bytes: Buffer;
  readonly book: ExcelJS.Workbook;
  readonly cells: Map<string, Map<string, StoredCell>>;
}

const edit = reconcile(EMPTY_SNAPSHOT, demoPlans());
let dir: string;
let plain: Written;
let safe: Written;

async function writeAndRead(name: string, shareSafe: boolean): Promise<Written> {
  const path = join(dir, name);
  const { report } = await writeDemoWorkbook(path, { shareSafe });
  const bytes = readFileSync(path);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return { report, bytes, book, cells: storedCells(bytes) };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "deal-demo-test-"));
  plain = await writeAndRead("deal-demo.xlsx", false);
  safe = await writeAndRead("deal-demo-safe.xlsx", true);
  // Building both demo files takes a few seconds: far past jest's 5 s on a loaded 2-core machine.
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sheetOf = (written: Written, name: string): ExcelJS.Worksheet => {
  const sheet = written.book.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
};
const isDealFormula = (cell: StoredCell) => cell.formula?.includes("_xldudf_DEAL_") === true;
const a1 = (address: string) => parseCellAddress(address)!;

/** The DEAL formula cells of a file, as [sheet, address, cell]. */
function dealCells(written: Written): [string, string, StoredCell][] {
  return [...written.cells].flatMap(([sheet, cells]) =>
    [...cells]
      .filter(([, cell]) => isDealFormula(cell))
      .map(([address, cell]) => [sheet, address, cell] as [string, string, StoredCell])
  );
}

describe("the demo workbook", () => {
  it("holds every sheet, in the plans' order, and DEAL's memory very hidden after them", () => {
    const names = plain.book.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual([...edit.sheets.map((sheet) => sheet.name), "DEAL memory"]);
    expect(plain.book.worksheets.map((sheet) => sheet.state)).toEqual([
      ...edit.sheets.map(() => "visible"),
      "veryHidden",
    ]);
    expect(names.slice(0, -1)).toEqual([
      "DEAL model",
      "DEAL example TIEREDCOST",
      "DEAL example ROLLOVER",
      "DEAL example SLACREDIT",
      "DEAL example RAMPPRICE",
      "DEAL example COMMITCOST",
      "DEAL benchmark",
      ...["PRC", "CAP", "DEP", "SLA", "IPR", "DAT", "SEC", "LEV", "REN", "CST"].map(
        (code) => `DEAL ${code} checklist`
      ),
    ]);
    // Share-safe, the ROLLOVER draw-downs are written out on a sheet of their own, last.
    expect(safe.book.worksheets.map((sheet) => sheet.name)).toEqual([
      ...names.slice(0, -1),
      "DEAL draw-downs",
      "DEAL memory",
    ]);
  });

  it("holds each table, named, at its place, with its header row", () => {
    let count = 0;
    for (const sheetEdit of edit.sheets) {
      for (const table of sheetEdit.tables) {
        if (table.kind !== "create") throw new Error("a new workbook has only new tables");
        count++;
        const found = sheetOf(plain, sheetEdit.name).getTable(table.name) as unknown as {
          table: { tableRef: string; headerRow: boolean; columns: { name: string }[] };
        };
        expect(found.table.headerRow).toBe(true);
        expect(found.table.tableRef.split(":")[0]).toBe(
          `${String.fromCharCode(65 + table.at.column)}${table.at.row + 1}`
        );
        expect(found.table.columns.map((column) => column.name)).toEqual(
          table.columns.map((c) => c.header)
        );
        const headerCells = table.columns.map(
          (_, c) =>
            sheetOf(plain, sheetEdit.name).getCell(table.at.row + 1, table.at.column + c + 1).value
        );
        expect(headerCells).toEqual(table.columns.map((c) => c.header));
      }
    }
    // A table per checklist, and the benchmark's price table.
    expect(count).toBe(11);
  });

  it("offers the status drop-down on every checklist row, and colours status and priority", () => {
    const list = `"${CHECKLIST_STATUSES.join(",")}"`;
    for (const sheet of plain.book.worksheets.filter((s) => s.name.endsWith("checklist"))) {
      expect(sheet.getTables()).toHaveLength(1);
      const status = sheet.getColumn(8);
      expect(sheet.getCell("H6").value).toBe("Status");
      let checked = 0;
      status.eachCell((cell, row) => {
        if (row <= 6 || cell.value === null || cell.value === undefined) return;
        if (cell.value !== "Not started") return;
        expect(cell.dataValidation).toMatchObject({ type: "list", formulae: [list] });
        checked++;
      });
      expect(checked).toBeGreaterThan(5);
      const formats = conditionalFormats(sheet) as {
        ref: string;
        rules: { formulae: string[] }[];
      }[];
      const byColumn = new Map(
        formats.map((cf) => [cf.ref.replace(/\d+/g, ""), cf.rules.map((r) => r.formulae[0])])
      );
      expect(byColumn.get("G:G")).toEqual(['"Critical"', '"High"']);
      expect(byColumn.get("H:H")).toEqual([
        '"Asked"',
        '"Countered"',
        '"Agreed"',
        '"Rejected"',
        '"Not applicable"',
      ]);
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 6 });
    }
  });

  it("keeps number formats and column widths", () => {
    const checklist = sheetOf(plain, "DEAL SLA checklist");
    const widths = Array.from({ length: 11 }, (_, c) =>
      Math.round(checklist.getColumn(c + 1).width ?? 0)
    );
    expect(widths).toEqual([12, 46, 41, 40, 15, 35, 11, 16, 16, 18, 38]);
    expect(checklist.getCell("A7").numFmt).toBe("@");
    expect(checklist.getCell("H4").numFmt).toBe("0%");

    const benchmark = sheetOf(plain, "DEAL benchmark");
    expect(["B4", "B6", "B9", "B11"].map((a) => benchmark.getCell(a).numFmt)).toEqual([
      "#,##0",
      "0%",
      "$#,##0",
      "0.00%",
    ]);
    expect(benchmark.getCell("E15").numFmt).toBe("#,##0.00##");
    expect(benchmark.getCell("J15").numFmt).toBe("$#,##0");
    expect(benchmark.getColumn(1).width).toBe(22);

    const example = sheetOf(plain, "DEAL example SLACREDIT");
    expect(example.getCell("B6").numFmt).toBe("0.00%");
    expect(example.getCell("C20").numFmt).toBe("#,##0.00");
    expect(example.getColumn(5).width).toBe(70);
  });

  it("caches every DEAL formula's value, as DEAL computes it from the cells the file holds", () => {
    const cells = dealCells(plain);
    expect(cells.length).toBe(plain.report.dealFormulaCells);
    // 25 calls in the worked examples and the benchmark and 420 in the deal model (110 of them
    // DEAL.COMMITCOST, 55 per offer), each of the 11 ROLLOVER spills stored cell by cell (19
    // more cells in the example, 179 in each of the model's 10).
    expect(cells.length).toBe(445 + 19 + 10 * 179);
    for (const [, , cell] of cells) expect(typeof cell.value).toBe("number");
    // Recomputed from the file alone: its values, its formulas back in typed form, its tables.
    for (const [name, stored] of plain.cells) {
      const sheet = sheetOf(plain, name);
      const tables: TableArea[] = sheet.getTables().map((t) => {
        const model = (
          t as unknown as { table: { name: string; tableRef: string; columns: { name: string }[] } }
        ).table;
        const [first, last] = model.tableRef.split(":").map(a1);
        return {
          name: model.name,
          at: first,
          headers: model.columns.map((c) => c.name),
          rowCount: last.row - first.row,
        };
      });
      const byPosition = new Map<string, CellContent>();
      for (const [address, cell] of stored) {
        const { row, column } = a1(address);
        const content: CellContent | undefined =
          cell.formula !== undefined
            ? { formula: `=${cell.formula.replace(/_xldudf_DEAL_/g, "DEAL.")}` }
            : cell.value === undefined || isSpilled(stored, address)
              ? undefined
              : { value: cell.value };
        if (content) byPosition.set(`${row},${column}`, content);
      }
      const evaluator = new SheetEvaluator({
        content: (row, column) => byPosition.get(`${row},${column}`),
        table: (tableName) => tables.find((t) => t.name === tableName),
        tableAt: (row, column) =>
          tables.find(
            (t) =>
              row > t.at.row &&
              row <= t.at.row + t.rowCount &&
              column >= t.at.column &&
              column < t.at.column + t.headers.length
          ),
      });
      for (const [address, cell] of stored) {
        if (!isDealFormula(cell)) continue;
        const { row, column } = a1(address);
        const result = evaluator.cell(row, column);
        expect(Array.isArray(result) ? (result as number[][])[0][0] : result).toBe(cell.value);
      }
    }
  });

  it("caches the deal model's term totals as the pricing core computes them", () => {
    const sheet = plain.cells.get("DEAL model") as Map<string, StoredCell>;
    const offers = defaultOffers();
    const { layout } = buildModelSheet(offers);
    offers.forEach((offer, i) => {
      const expected = summarize(offer, computeSchedule(offer)).term.netCost;
      const cached = sheet.get(
        cellAddress({ row: comparisonRow(layout, "netCost"), column: offerColumn(i) })
      )?.value as number;
      expect(Math.abs(cached - expected) / expected).toBeLessThanOrEqual(1e-12);
    });
  });

  it("caches how big to commit as the deal model's core computes it", () => {
    const sheet = plain.cells.get("DEAL model") as Map<string, StoredCell>;
    const offers = defaultOffers();
    const { layout } = buildModelSheet(offers);
    const cached = (row: number, column: number) =>
      sheet.get(cellAddress({ row, column }))?.value as number;
    const near = (value: number, expected: number) =>
      expect(Math.abs(value - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
    offers.forEach((offer, i) => {
      const sizing = commitSizing(offer);
      const band = layout.offers[i].sizing;
      sizing.rows.forEach((row, l) => {
        row.costs.forEach((cost, s) =>
          near(cached(band.levelRows[l], SIZING_COLUMNS.firstScenario + s), cost)
        );
        near(cached(band.levelRows[l], SIZING_COLUMNS.expected), row.expected);
      });
      const result = (name: SizingResult) => cached(layout.sizing.resultRows[name], offerColumn(i));
      expect(result("bestLevel")).toBe(sizing.bestLevel);
      near(result("bestExpected"), sizing.bestExpected);
      near(result("proposedExpected"), sizing.proposedExpected);
    });
  });

  it("caches the SLA credits exactly as the pricing core computes them", () => {
    const sheet = plain.cells.get("DEAL benchmark") as Map<string, StoredCell>;
    const uptime = 0.9985;
    const fee = 20000;
    const expected = [
      ...SLA_SCHEDULES.map((s) =>
        slaCredit({
          uptime,
          fee,
          schedule:
            s.rows.length === 0
              ? { kind: "table", rows: [{ threshold: 0, share: 0 }] }
              : { kind: "table", rows: s.rows },
        })
      ),
      ...LINEAR_CLAUSES.map(({ terms }) =>
        slaCredit({
          uptime,
          fee,
          schedule: {
            kind: "linear",
            target: terms.target,
            perStep: terms.perStep,
            step: terms.step,
          },
          cap: terms.cap,
        })
      ),
    ];
    // Under the SLA comparison's header row, the schedules, then Anthropic's direct API (no SLA,
    // a plain 0), then the linear clauses.
    const header = buildBenchmarkSheet(MODEL_PRICES).blocks.find(
      (block) => (block.cells[0][0] as { value?: unknown }).value === CREDIT_HEADER
    );
    if (header === undefined) throw new Error("no SLA credits in the benchmark");
    const credit = columnLetters(header.at.column);
    const first = header.at.row + 2;
    const rows = [
      ...SLA_SCHEDULES.map((_, i) => first + i),
      ...LINEAR_CLAUSES.map((_, i) => first + SLA_SCHEDULES.length + NO_SLA_VENDORS.length + i),
    ];
    expect(sheet.get(`${credit}${first + SLA_SCHEDULES.length}`)?.value).toBe(0);
    const credits = rows.map((row) => sheet.get(`${credit}${row}`));
    expect(credits.every((cell) => cell !== undefined && isDealFormula(cell))).toBe(true);
    expect(credits.map((cell) => cell?.value)).toEqual(expected);
    expect(expected.some((credit) => credit > 0)).toBe(true);
  });

  it("shows the function reference's numbers in the worked examples", () => {
    const resultsOf = (name: string) =>
      [...(plain.cells.get(name) as Map<string, StoredCell>)]
        .filter(([address, cell]) => address.startsWith("C") && isDealFormula(cell))
        .sort(([a], [b]) => a1(a).row - a1(b).row)
        .map(([, cell]) => cell.value);
    expect(resultsOf("DEAL example TIEREDCOST")).toEqual([27000, 24000]);
    expect(resultsOf("DEAL example SLACREDIT")).toEqual([10000, 34000, 15600]);
    expect(resultsOf("DEAL example RAMPPRICE")).toEqual([2.295, 2.40975, 2.656749375, 242, 266.2]);

    const rollover = plain.cells.get("DEAL example ROLLOVER") as Map<string, StoredCell>;
    // Cell by cell, so that a spreadsheet recalculating array formulas on load keeps the values.
    expect(rollover.get("B15")).toMatchObject({
      formula: "INDEX(_xldudf_DEAL_ROLLOVER($B$5,$B$8:$B$11),1,1)",
      arrayRef: undefined,
      cm: undefined,
    });
    expect(rollover.get("F18")?.formula).toBe("INDEX(_xldudf_DEAL_ROLLOVER($B$5,$B$8:$B$11),4,5)");
    const block = [15, 16, 17, 18].map((row) =>
      ["B", "C", "D", "E", "F"].map((col) => rollover.get(`${col}${row}`)?.value)
    );
    expect(block).toEqual([
      [0, 80, 0, 20, 0],
      [20, 100, 0, 20, 0],
      [20, 120, 0, 0, 0],
      [0, 100, 0, 0, 0],
    ]);
  });

  it("holds no array formula, and tells Excel the values are current", () => {
    const parts = zipParts(plain.bytes);
    for (const [name, xml] of parts) {
      if (name.startsWith("xl/worksheets/")) expect(xml).not.toContain('t="array"');
    }
    expect(parts.has("xl/metadata.xml")).toBe(false);
    expect(parts.get("xl/workbook.xml")).toContain('<calcPr calcId="191029"/>');
    expect(plain.report.uncachedFormulas).toEqual([]);
  });

  it("holds every chart of the plans, drawn from the cached values", () => {
    const parts = zipParts(plain.bytes);
    const planned = demoPlans().flatMap((sheet) => sheet.charts.map((chart) => chart.title));
    const written = [...plain.report.charts.values()].flat().map((chart) => chart.title);
    expect(written).toEqual(planned);
    expect(written).toContain("Frontier models: effective monthly cost (USD)");
    expect(plain.report.chartsLeftOut).toEqual([]);
    const chartParts = [...parts.keys()].filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    expect(chartParts).toHaveLength(planned.length);
  });

  it("has the benchmark follow the deal model's forecast: the average month of its first offer", () => {
    const benchmark = plain.cells.get("DEAL benchmark") as Map<string, StoredCell>;
    const offer = defaultOffers()[0];
    const months = computeSchedule(offer);
    const average = (pick: (m: (typeof months)[number]) => number) =>
      months.reduce((sum, m) => sum + pick(m), 0) / months.length;
    expect(benchmark.get("B4")?.formula).toBe("IFERROR(AVERAGE(DEAL_ForecastInputTokensM),2000)");
    expect(benchmark.get("B4")?.value as number).toBeCloseTo(
      average((m) => m.inputTokensM),
      6
    );
    expect(benchmark.get("B5")?.value as number).toBeCloseTo(
      average((m) => m.outputTokensM),
      6
    );
    expect(benchmark.get("B6")?.value).toBe(offer.cacheHitShare);
    expect(benchmark.get("B7")?.value).toBe(offer.cacheWriteShare);
    // The pool's batch share, weighted by the models' shares of the tokens.
    const batch = offer.models.reduce((sum, m) => sum + m.share * m.batchShare, 0);
    expect(benchmark.get("B8")?.value as number).toBeCloseTo(batch, 12);
    expect(String(benchmark.get("C3")?.value)).toMatch(/^The usage inputs follow the deal model/);
  });

  it("caches the checklists' model figures, the first offer's terms linked by name", () => {
    // Column E, "Model (offer 1)"; an item's row is 7 + its place in its section.
    const shown = (sheet: string, row: number) =>
      (plain.cells.get(sheet) as Map<string, StoredCell>).get(`E${row}`);
    const figures = {
      "REN-02": ["DEAL REN checklist", 8, "-15% in year 2"],
      "REN-05": ["DEAL REN checklist", 11, "5% a year"],
      "SLA-04": ["DEAL SLA checklist", 10, "2% per 0.1% below 99.9%"],
      "CST-04": ["DEAL CST checklist", 10, "20% for 3 months"],
      "REN-09": ["DEAL REN checklist", 15, "3 months of fees on 2 months' notice"],
      "CST-06": ["DEAL CST checklist", 12, "1.05x the committed rate"],
      "PRC-05": ["DEAL PRC checklist", 11, "annually, 5% off (12% a year)"],
    } as const;
    for (const [id, [sheet, row, text]] of Object.entries(figures)) {
      const cell = shown(sheet, row);
      expect([id, cell?.value]).toEqual([id, text]);
      expect(cell?.formula).toMatch(
        /^IF\((OR\()?ISERROR\(DEAL_Term_\w+\).*HYPERLINK\("#DEAL_Term_/
      );
    }
    // An item the model holds no term of: blank.
    expect(shown("DEAL REN checklist", 7)?.value ?? null).toBeNull();
  });

  it("stores text that starts with = as text", () => {
    const example = plain.cells.get("DEAL example TIEREDCOST") as Map<string, StoredCell>;
    expect(example.get("B15")).toMatchObject({ type: "s", formula: undefined });
    expect(example.get("B15")?.value).toBe('=DEAL.TIEREDCOST($B$5,$A$9:$B$11,"graduated",$B$6)');
    let texts = 0;
    for (const cells of plain.cells.values()) {
      for (const cell of cells.values()) {
        if (
          typeof cell.value === "string" &&
          cell.value.startsWith("=") &&
          cell.formula === undefined
        ) {
          expect(cell.type).toBe("s");
          texts++;
        }
      }
    }
    // The "Formula (as typed in Excel)" cells of the TIEREDCOST, SLACREDIT, RAMPPRICE and
    // COMMITCOST examples.
    expect(texts).toBe(2 + 3 + 5 + 8);
  });

  it("share-safe: has no DEAL call left, and still caches every value", () => {
    // The 316 calls that are neither ROLLOVER's nor COMMITCOST's become their twins; ROLLOVER's
    // 11 and COMMITCOST's 118 (the model's sizing bands' 110, the example's 8) are ledgers.
    expect(safe.report.dealFormulaCells).toBe(316);
    expect(safe.report.twinFormulas).toBe(316);
    expect(safe.report.valuesWithoutTwin).toEqual([]);
    expect(safe.report.uncachedFormulas).toEqual([]);
    for (const cells of safe.cells.values()) {
      for (const cell of cells.values()) {
        expect(cell.formula ?? "").not.toMatch(/DEAL\.|_xldudf_/i);
      }
    }
    // The twins cache DEAL's values; a ledger's cells cache its floating-point figures, within
    // a hundred-millionth of a dollar of DEAL's exact ones on this model's millions.
    for (const [sheet, address, cell] of dealCells(plain)) {
      const twin = safe.cells.get(sheet)?.get(address)?.value as number;
      const expected = cell.value as number;
      expect(Math.abs(twin - expected)).toBeLessThanOrEqual(
        Math.max(1e-12 * Math.abs(expected), 1e-8)
      );
    }
    const rollover = safe.cells.get("DEAL example ROLLOVER") as Map<string, StoredCell>;
    expect(["B15", "C16", "F18"].map((a) => rollover.get(a)?.value)).toEqual([0, 100, 0]);
    expect(rollover.get("B15")?.formula).toMatch(/^'DEAL draw-downs'!\$D\$\d+$/);
  });

  it("share-safe: every cell that holds a formula in the plain file holds a formula", () => {
    let formulas = 0;
    for (const [sheet, cells] of plain.cells) {
      for (const [address, cell] of cells) {
        if (cell.formula === undefined) continue;
        formulas++;
        expect(
          `${sheet}!${address}: ${safe.cells.get(sheet)?.get(address)?.formula ?? "value"}`
        ).not.toMatch(/: value$/);
      }
    }
    expect(formulas).toBeGreaterThan(4000);
  });
});

/** Whether a value cell lies in the spill of an array formula of the sheet (the formula's, not an input). */
function isSpilled(cells: Map<string, StoredCell>, address: string): boolean {
  const at = a1(address);
  return [...cells.values()].some((cell) => {
    if (cell.arrayRef === undefined) return false;
    const [first, last] = cell.arrayRef.split(":").map(a1);
    return (
      at.row >= first.row &&
      at.row <= last.row &&
      at.column >= first.column &&
      at.column <= last.column
    );
  });
}

/** The conditional formats ExcelJS read, which it has but does not declare. */
function conditionalFormats(sheet: ExcelJS.Worksheet): unknown {
  return (sheet as unknown as { conditionalFormattings: unknown }).conditionalFormattings;
}
