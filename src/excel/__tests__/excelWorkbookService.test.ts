import { MODEL_PRICES } from "../../content/catalog";
import { FORECAST_NAMES } from "../../workbook/forecastNames";
import { PLAYBOOK_SECTIONS } from "../../content/playbook";
import { DEFAULT_SETTINGS, defaultOffers, usageFromCells, type Offer } from "../../dealModel";
import { cellAddress, rectAddress } from "../../formula";
import { buildModelSheet, CUMULATIVE_CHART_KEY, EXPOSURE_CHART_KEY } from "../../workbook/model";
import type { CellContent, SheetPlan } from "../../workbook/plan";
import { WorkbookRefusal } from "../../workbook/workbookRefusal";
import { chartName } from "../../workbook/names";
import { createExcelWorkbookService } from "../excelWorkbookService";
import { excelWith } from "./support/excelRun";
import type { ExistingSheet, MockWorkbook } from "./support/mockWorkbook";
import { EMPTY_WORKBOOK, RENAMED_WORKBOOK, USER_WORKBOOK } from "./support/workbooks";

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  jest.restoreAllMocks();
});

const allCodes = PLAYBOOK_SECTIONS.map((section) => section.code);

describe("the Excel workbook service", () => {
  it.each([
    ["a new workbook", EMPTY_WORKBOOK],
    ["a workbook with the user's own sheet, table and names", USER_WORKBOOK],
    ["a workbook with DEAL's renamed, edited checklist", RENAMED_WORKBOOK],
  ])(
    "inserts all ten checklists and the benchmark into %s in three syncs",
    async (_name, setup) => {
      const workbook = excelWith(setup);
      const report = await createExcelWorkbookService().insertEverything(
        allCodes,
        "sheetPerSection",
        MODEL_PRICES
      );
      expect(workbook.syncs()).toBe(3);
      expect(report.sheets).toHaveLength(11);
      expect(
        report.sheets.reduce((rows, sheet) => rows + sheet.rowsAdded + sheet.rowsRefreshed, 0)
      ).toBeGreaterThan(95);
    }
  );

  it("finds DEAL's renamed sheet and keeps the user's row in it", async () => {
    excelWith(RENAMED_WORKBOOK);
    const report = await createExcelWorkbookService().insertChecklists(["SLA"], "sheetPerSection");
    expect(report.sheets).toEqual([
      expect.objectContaining({
        sheetName: "Our SLA asks",
        created: false,
        rowsRefreshed: 2,
        userRowsKept: 1,
      }),
    ]);
  });

  it("inserts the checklists alone, and the benchmark alone, in three syncs each", async () => {
    const checklists = excelWith(EMPTY_WORKBOOK);
    await createExcelWorkbookService().insertChecklists(allCodes, "oneSheet");
    expect(checklists.syncs()).toBe(3);
    const benchmark = excelWith(EMPTY_WORKBOOK);
    await createExcelWorkbookService().insertBenchmark(MODEL_PRICES);
    expect(benchmark.syncs()).toBe(3);
  });
});

/** What a write to the workbook looks like in the mock's call log. */
const WRITE = /worksheets\.(add|getItem)|values=|formulas=|charts\.|tables\.add/;
const writes = (workbook: MockWorkbook) => workbook.calls.filter((call) => WRITE.test(call));

/** A model sheet as the first insert left it: its key, its tables and its charts. */
function insertedModelSheet(plan: SheetPlan): ExistingSheet {
  const valueOf = (cell: CellContent) => ("value" in cell ? cell.value : 0);
  return {
    name: plan.preferredName,
    properties: { "DEAL.key": plan.key },
    tables: plan.tables.map((table) => ({
      name: table.preferredName,
      at: table.at,
      headers: table.columns.map((column) => column.header),
      values: table.rows.map((row) => row.map(valueOf)),
    })),
    charts: plan.charts.map((chart) => chartName(chart.key)),
    usedRange: { at: { row: 0, column: 0 }, values: [["DEAL model"]] },
  };
}

describe("the Excel workbook service's deal model", () => {
  const offers = defaultOffers();

  // The example model's write is estimated at over 2 MB: two write batches, four syncs in all.
  it("writes the model on a new sheet of a new workbook in four syncs", async () => {
    const workbook = excelWith(EMPTY_WORKBOOK);
    const report = await createExcelWorkbookService().insertModel(offers, DEFAULT_SETTINGS);
    expect(workbook.syncs()).toBe(4);
    expect(workbook.calls).toContain("worksheets.add(DEAL model)");
    expect(workbook.sheet("DEAL model").properties).toEqual([["DEAL.key", "model"]]);
    expect(report.sheets).toEqual([
      expect.objectContaining({ key: "model", sheetName: "DEAL model", created: true }),
    ]);
  });

  it("defines the names the benchmark and the checklists follow, taking over an earlier model's", async () => {
    // The forecast's names, then every term name the model's plan defines (its own test lists them).
    const terms = (buildModelSheet(offers).plan.names ?? [])
      .map((n) => n.name)
      .filter((name) => name.startsWith("DEAL_Term_"));
    expect(terms).toContain("DEAL_Term_RenewalCap");
    const names = [...Object.values(FORECAST_NAMES), ...terms];
    const fresh = excelWith(EMPTY_WORKBOOK);
    await createExcelWorkbookService().insertModel(offers, DEFAULT_SETTINGS);
    expect(fresh.calls.filter((call) => call.startsWith("names."))).toEqual(
      names.map((name) => `names.add(${name})`)
    );
    const earlier = excelWith({
      sheets: [],
      names: [FORECAST_NAMES.inputTokensM, "DEAL_Term_RenewalCap"],
    });
    await createExcelWorkbookService().insertModel(offers, DEFAULT_SETTINGS);
    const calls = earlier.calls.filter((call) => call.startsWith("names."));
    expect(calls.slice(0, 2)).toEqual([
      `names.getItem(${FORECAST_NAMES.inputTokensM}).delete()`,
      `names.add(${FORECAST_NAMES.inputTokensM})`,
    ]);
    expect(calls).toContain("names.getItem(DEAL_Term_RenewalCap).delete()");
    expect(earlier.syncs()).toBe(4);
  });

  it("draws the model's charts from the sheet's own cells", async () => {
    const workbook = excelWith(EMPTY_WORKBOOK);
    await createExcelWorkbookService().insertModel(offers, DEFAULT_SETTINGS);
    const sheet = workbook.sheet("DEAL model");
    const planned = buildModelSheet(offers).plan.charts;
    expect(planned.length).toBeGreaterThan(0);
    expect(sheet.chartsDeleted).toEqual([]);
    expect(sheet.chartsAdded.map((chart) => chart.name)).toEqual(
      planned.map((chart) => chartName(chart.key))
    );
    const typeOf = (key: string) =>
      sheet.chartsAdded.find((chart) => chart.name === chartName(key))?.type;
    expect(typeOf(CUMULATIVE_CHART_KEY)).toBe("Line");
    expect(typeOf(EXPOSURE_CHART_KEY)).toBe("ColumnClustered");
    planned.forEach((plan, index) => {
      const drawn = sheet.chartsAdded[index];
      expect(drawn.title.text).toBe(plan.title);
      expect(drawn.position?.[0]).toBe(cellAddress(plan.at));
      if (plan.kind === "tableBar") return;
      expect(drawn.seriesCount).toBe(plan.series.length);
      plan.series.forEach((series, i) => {
        expect(drawn.seriesSet(i)?.name).toBe(series.name);
        expect(drawn.seriesSet(i)?.values).toBe(sheet.range(rectAddress(series.values)));
        expect(drawn.seriesSet(i)?.xAxisValues).toBe(sheet.range(rectAddress(plan.categories)));
      });
    });
  });

  it("writes a model whose forecast is cells of the workbook in four syncs", async () => {
    const months = Array.from({ length: 36 }, (_, i) => [20_000 + 500 * i, 4_000 + 100 * i]);
    const forecast = usageFromCells("'Usage plan'!B2:C37", months);
    const workbook = excelWith(EMPTY_WORKBOOK);
    const report = await createExcelWorkbookService().insertModel(
      [{ ...offers[0], forecast }, offers[1]],
      DEFAULT_SETTINGS
    );
    expect(workbook.syncs()).toBe(4);
    expect(report.sheets).toEqual([expect.objectContaining({ sheetName: "DEAL model" })]);
  });

  it("writes a second model on a sheet of its own, leaving the first as it is", async () => {
    const first = buildModelSheet(offers).plan;
    const workbook = excelWith({ sheets: [{ name: "Sheet1" }, insertedModelSheet(first)] });
    const report = await createExcelWorkbookService().insertModel(
      offers.slice(0, 2),
      DEFAULT_SETTINGS
    );
    expect(workbook.syncs()).toBe(4);
    // A model is written once and never merged: the first model sheet's cells are not read.
    expect(workbook.calls.some((call) => call.startsWith("getUsedRange"))).toBe(false);
    expect(workbook.calls).toContain("worksheets.add(DEAL model 2)");
    expect(report.sheets).toEqual([
      expect.objectContaining({ key: "model-2", sheetName: "DEAL model 2", created: true }),
    ]);
    // Nothing was asked of the first model sheet, its tables or its charts.
    expect(() => workbook.sheet("DEAL model")).toThrow(/never asked/);
    expect(workbook.calls.filter((call) => call.startsWith("DEAL model."))).toEqual([]);
    for (const table of first.tables) {
      expect(workbook.calls).not.toContain(`tables.getItem(${table.preferredName})`);
    }
  });

  it.each([
    ["one offer", (all: Offer[]) => all.slice(0, 1), /2 to 4 offers; 1 was given/],
    ["five offers", (all: Offer[]) => [...all, ...all, ...all].slice(0, 5), /5 were given/],
    [
      "an invalid offer",
      (all: Offer[]) => [all[0], { ...all[1], termMonths: -3 }],
      /Offer 2 \(.+\): termMonths: expected a whole number of months/,
    ],
  ])("refuses %s before reading or writing anything", async (_name, pick, message) => {
    const workbook = excelWith(EMPTY_WORKBOOK);
    const insert = createExcelWorkbookService().insertModel(
      pick(defaultOffers()),
      DEFAULT_SETTINGS
    );
    await expect(insert).rejects.toBeInstanceOf(WorkbookRefusal);
    await expect(insert).rejects.toThrow(message);
    expect(workbook.syncs()).toBe(0);
    expect(workbook.calls).toEqual([]);
  });

  it.each([
    ["whose structure is protected", { structureProtected: true }, /structure is protected/],
    ["open read-only", { readOnly: true }, /read-only/],
  ])("refuses a workbook %s after reading it, writing nothing", async (_name, flags, message) => {
    const workbook = excelWith({ ...EMPTY_WORKBOOK, ...flags });
    const insert = createExcelWorkbookService().insertModel(offers, DEFAULT_SETTINGS);
    await expect(insert).rejects.toThrow(message);
    await expect(insert).rejects.toThrow(/Nothing was changed\.$/);
    expect(workbook.syncs()).toBe(2);
    expect(writes(workbook)).toEqual([]);
  });
});
