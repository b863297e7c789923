import { MODEL_PRICES } from "../../content/catalog";
import { PLAYBOOK_SECTIONS } from "../../content/playbook";
import { DEFAULT_SETTINGS, defaultOffers, type Offer } from "../../dealModel";
import { BENCHMARK_KEY, buildBenchmarkSheet } from "../../workbook/benchmarkSheet";
import { buildChecklistSheets } from "../../workbook/checklistSheets";
import type { TableCreate, TableUpdate } from "../../workbook/edit";
import type { CellValue } from "../../workbook/plan";
import { reconcile } from "../../workbook/reconcile";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { WorkbookRefusal } from "../../workbook/workbookRefusal";
import * as batching from "../batching/batches";
import { SAFE_PAYLOAD_BYTES } from "../batching/payloadSize";
import * as reading from "../batching/readBatches";
import { MAX_WRITE_SYNCS } from "../batching/writeLimits";
import { MAX_BENCHMARK_MODELS } from "../benchmarkLimit";
import { createExcelWorkbookService } from "../excelWorkbookService";
import { excelWith } from "./support/excelRun";
import type { ExistingSheet } from "./support/mockWorkbook";
import { insertedSheets } from "./support/inserted";
import { EMPTY_WORKBOOK } from "./support/workbooks";

/*
 * Inserts of every size through the workbook service on office-addin-mock workbooks: the syncs
 * counted with jest.spyOn(context, "sync"), and the estimated request of each write sync taken
 * from the batches the adapter sent.
 */

const allCodes = PLAYBOOK_SECTIONS.map((section) => section.code);

function offers(count: number, termMonths: number): Offer[] {
  const [a, b] = defaultOffers();
  return Array.from({ length: count }, (_, i) => ({ ...(i % 2 === 0 ? a : b), termMonths }));
}

function priceList(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    ...MODEL_PRICES[i % MODEL_PRICES.length],
    model: `${MODEL_PRICES[i % MODEL_PRICES.length].model} #${i + 1}`,
  }));
}

/** The batches each write sent, with their estimated bytes. */
function writtenBatches() {
  const spy = jest.spyOn(batching, "syncBatches");
  return () => spy.mock.calls.flatMap((call) => call[1]);
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  jest.restoreAllMocks();
});

describe("inserts sized for Excel on the web", () => {
  it("writes the default deal model in two syncs of under 2 MB: four syncs in all", async () => {
    const workbook = excelWith(EMPTY_WORKBOOK);
    const batches = writtenBatches();
    await createExcelWorkbookService().insertModel(defaultOffers(), DEFAULT_SETTINGS);
    expect(workbook.syncs()).toBe(4);
    expect(batches()).toHaveLength(2);
    for (const batch of batches()) expect(batch.bytes).toBeLessThan(SAFE_PAYLOAD_BYTES);
  });

  it.each<[string, (service: ReturnType<typeof createExcelWorkbookService>) => Promise<unknown>]>([
    [
      "the 101-item checklists and the benchmark",
      (service) => service.insertEverything(allCodes, "sheetPerSection", MODEL_PRICES),
    ],
  ])("writes %s in one sync of under 2 MB: three syncs in all", async (_name, insert) => {
    const workbook = excelWith(EMPTY_WORKBOOK);
    const batches = writtenBatches();
    await insert(createExcelWorkbookService());
    expect(workbook.syncs()).toBe(3);
    expect(batches()).toHaveLength(1);
    expect(batches()[0].bytes).toBeLessThan(SAFE_PAYLOAD_BYTES);
  });

  it("writes a 4-offer 600-month model in syncs of at most 2 MB each", async () => {
    const workbook = excelWith(EMPTY_WORKBOOK);
    const batches = writtenBatches();
    await createExcelWorkbookService().insertModel(offers(4, 600), DEFAULT_SETTINGS);
    const sent = batches();
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.length).toBeLessThanOrEqual(MAX_WRITE_SYNCS);
    expect(workbook.syncs()).toBe(2 + sent.length);
    for (const batch of sent) expect(batch.bytes).toBeLessThanOrEqual(SAFE_PAYLOAD_BYTES);
  }, 60_000);

  it("writes a benchmark of 5,000 models in slices of rows, the table made once its values are in", async () => {
    const workbook = excelWith(EMPTY_WORKBOOK);
    const batches = writtenBatches();
    await createExcelWorkbookService().insertBenchmark(priceList(5_000));
    const sent = batches();
    // The sheet, then DEAL's memory of it (its very hidden sheet): 3 write syncs when measured.
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.length).toBeLessThanOrEqual(4);
    expect(workbook.syncs()).toBe(2 + sent.length);
    for (const batch of sent) expect(batch.bytes).toBeLessThanOrEqual(SAFE_PAYLOAD_BYTES);

    // The price table's values first, then the table over them, then its formulas, the longest
    // column in slices of rows; the chart once every cell of its table is written.
    const calls = workbook.calls;
    const tableAdded = calls.findIndex((call) => /^DEAL benchmark\.tables\.add\(/.test(call));
    const priceTable = /tables\.add\((.+)\)$/.exec(calls[tableAdded])?.[1];
    const values = calls.indexOf(`${priceTable}.values=`);
    const slices = calls
      .map((call, i) => ({ call, i }))
      .filter(({ call }) => call.startsWith("[Effective monthly cost] body."));
    expect(values).toBeGreaterThanOrEqual(0);
    expect(tableAdded).toBeGreaterThan(values);
    // Two slices of rows, one after the other, covering the 5,000 models.
    const spans = slices.map(({ call }) =>
      (/getCell\((\d+),0\)\.getResizedRange\((\d+),0\)\.formulas=$/.exec(call) ?? [])
        .slice(1)
        .map(Number)
    );
    expect(spans).toHaveLength(2);
    expect(spans[0][0]).toBe(0);
    expect(spans[1][0]).toBe(spans[0][1] + 1);
    expect(spans[1][0] + spans[1][1] + 1).toBe(5_000);
    expect(slices[0].i).toBeGreaterThan(tableAdded);
    const chart = calls.findIndex((call) => call.includes("charts.add"));
    expect(chart).toBeGreaterThan(slices[1].i);
  }, 30_000);

  it(`refuses a price list of more than ${MAX_BENCHMARK_MODELS} models before touching Excel`, async () => {
    const workbook = excelWith(EMPTY_WORKBOOK);
    const insert = createExcelWorkbookService().insertBenchmark(priceList(80_000));
    await expect(insert).rejects.toBeInstanceOf(WorkbookRefusal);
    await expect(insert).rejects.toThrow(
      "The price list has 80,000 models; the benchmark takes at most 5,000, a row and a bar each."
    );
    expect(workbook.syncs()).toBe(0);
  });

  it("says, when a sync in the middle of a split write fails, that part was written and inserting again completes it", async () => {
    const workbook = excelWith(EMPTY_WORKBOOK);
    let count = 0;
    jest.spyOn(workbook.mock, "sync").mockImplementation(() => {
      count += 1;
      if (count === 4)
        return Promise.reject(Object.assign(new Error("Timed out."), { code: "Timeout" }));
      return workbook.sync();
    });
    const insert = createExcelWorkbookService().insertBenchmark(priceList(5_000));
    await expect(insert).rejects.toThrow(
      /^Excel did not finish in time .* DEAL had written 1 of the \d parts of the insert, so the workbook holds part of it; inserting again completes it\.$/
    );
  }, 30_000);
});

describe("inserting again into a workbook that holds very large DEAL sheets", () => {
  it("reads only the sheets it merges with, in syncs whose requests and responses are each estimated under 2 MB", async () => {
    const prices = priceList(5_000);
    const checklists = buildChecklistSheets(PLAYBOOK_SECTIONS, "sheetPerSection");
    const sheets = insertedSheets([...checklists, buildBenchmarkSheet(prices)]);
    // A 4-offer 600-month model sheet's size (its cells do not matter: they are not read).
    const model: ExistingSheet = {
      name: "DEAL model",
      properties: { "DEAL.key": "model" },
      usedRange: {
        at: { row: 0, column: 0 },
        values: Array.from({ length: 16_114 }, (_, r) => Array<number>(13).fill(r)),
      },
    };
    const workbook = excelWith({ sheets: [{ name: "Sheet1" }, ...sheets, model] });
    const reads = jest.spyOn(reading, "syncReads");
    const batches = writtenBatches();

    const report = await createExcelWorkbookService().insertEverything(
      allCodes,
      "sheetPerSection",
      prices
    );

    expect(report.sheets.every((sheet) => !sheet.created)).toBe(true);
    const groups = (
      await Promise.all(reads.mock.results.map((r) => r.value))
    ).flat() as reading.ReadGroup[];
    const sent = batches();
    // The benchmark's 5,000 rows, read twice over before (its table and its used range) in one
    // response, now come in several; the model's 209,000 cells are not read at all.
    expect(groups.length).toBeGreaterThan(3);
    expect(workbook.syncs()).toBe(groups.length + sent.length);
    for (const group of groups) {
      expect(group.requestBytes).toBeLessThanOrEqual(SAFE_PAYLOAD_BYTES);
      expect(group.responseBytes).toBeLessThanOrEqual(SAFE_PAYLOAD_BYTES);
    }
    for (const batch of sent) expect(batch.bytes).toBeLessThanOrEqual(SAFE_PAYLOAD_BYTES);
    expect(workbook.calls).not.toContain("getUsedRangeOrNullObject(DEAL model, true)");
  }, 120_000);

  it("sets DEAL's memory aside in its first write sync and signs it last, so a write stopped between syncs leaves none to trust", async () => {
    const prices = priceList(5_000);
    const workbook = excelWith({
      sheets: [{ name: "Sheet1" }, ...insertedSheets([buildBenchmarkSheet(prices)])],
    });
    const memory = () => workbook.sheet("DEAL memory");
    // Every sync goes through until the one after the memory was set aside.
    let setAside = false;
    jest.spyOn(workbook.mock, "sync").mockImplementation(() => {
      if (setAside)
        return Promise.reject(Object.assign(new Error("Timed out."), { code: "Timeout" }));
      setAside = workbook.calls.includes("worksheets.getItem(DEAL memory)");
      return workbook.sync();
    });

    await expect(createExcelWorkbookService().insertBenchmark(prices)).rejects.toThrow(
      /inserting again completes it/
    );

    // The signature row is blank: the memory reads as none (cellMemory.ts), and its records,
    // meant to follow the sheet's cells, were never written.
    expect(memory().range("A1:E1").cleared).toBe("Contents");
    expect(memory().range("A1:E1").values).toBeUndefined();
    expect(
      memory()
        .addresses()
        .filter((address) => address !== "A1:E1")
    ).toEqual([]);
  }, 60_000);
});

describe("inserting again after a split write stopped halfway", () => {
  const prices = priceList(5_000);
  const plan = buildBenchmarkSheet(prices);
  const first = reconcile(
    { readOnly: false, structureProtected: false, sheets: [], tableNames: [], definedNames: [] },
    [plan]
  );
  const created = first.sheets[0].tables[0] as TableCreate;
  const ids = created.rows.map((row) => ("value" in row[0] ? row[0].value : null));

  /** The workbook as a stopped write left it: DEAL's sheet, and the table if it was made. */
  function leftBehind(table?: { values: CellValue[][] }): WorkbookSnapshot {
    return {
      readOnly: false,
      structureProtected: false,
      sheets: [
        {
          name: first.sheets[0].name,
          dealKey: BENCHMARK_KEY,
          protected: false,
          tables:
            table === undefined
              ? []
              : [
                  {
                    name: created.name,
                    at: created.at,
                    headers: created.columns.map((column) => column.header),
                    values: table.values,
                  },
                ],
          usedRange: { at: { row: 0, column: 0 }, values: [] },
        },
      ],
      tableNames: table === undefined ? [] : [created.name],
      definedNames: [],
    };
  }

  it("makes the table again, at its place, when the stop came before the table was made", () => {
    const again = reconcile(leftBehind(), [plan]);
    const table = again.sheets[0].tables[0] as TableCreate;
    expect(again.sheets[0].create).toBe(false);
    expect(table.kind).toBe("create");
    expect(table.at).toEqual(created.at);
    expect(table.rows).toEqual(created.rows);
  });

  it("refreshes every row's formulas, appending nothing, when the stop came after", () => {
    // The table was made over every row's values; its formula columns are still blank.
    const values = created.rows.map((row) =>
      row.map((cell) => ("value" in cell ? cell.value : null))
    );
    const again = reconcile(leftBehind({ values }), [plan]);
    const table = again.sheets[0].tables[0] as TableUpdate;
    expect(table.kind).toBe("update");
    expect(table.append).toEqual([]);
    const formulaColumns = created.columns.filter((_, c) =>
      created.rows.some((row) => "formula" in row[c])
    );
    for (const column of formulaColumns) {
      const refreshed = table.refresh.filter((run) => run.header === column.header);
      expect(refreshed.reduce((rows, run) => rows + run.values.length, 0)).toBe(ids.length);
    }
  });
});
