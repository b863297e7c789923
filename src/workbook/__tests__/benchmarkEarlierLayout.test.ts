import { MODEL_PRICES } from "../../content/catalog";
import { lastColumn } from "../../formula";
import { BENCHMARK_HEADER_ROW, buildBenchmarkSheet } from "../benchmarkSheet";
import { EARLIER_LAYOUT_NOTICE } from "../benchmarkPrint";
import type { WorkbookEdit } from "../edit";
import { reconcile } from "../reconcile";
import { previousBenchmarkWorkbook } from "./fixtures/previousLayout";
import { SimSheet, SimWorkbook } from "./support/simulateEdit";

/*
 * Inserting the benchmark again into a workbook that the previous layout wrote (fixtures/
 * previousLayout.ts), and into one of the present layout.
 */

function insert(workbook: SimWorkbook): WorkbookEdit {
  const snapshot = workbook.snapshot();
  const edit = reconcile(snapshot, [buildBenchmarkSheet(MODEL_PRICES, { workbook: snapshot })]);
  workbook.apply(edit);
  return edit;
}

/** Where a text is on the sheet, as "row,column" (zero-based). */
const whereIs = (sheet: SimSheet, text: string) =>
  [...sheet.cells].filter(([, value]) => value === text).map(([key]) => key.replace(":", ","));

const SLA_NOTE = "Credit at your uptime = DEAL.SLACREDIT(uptime in B11, fee in B12, schedule).";
const PRICE_NOTE_START = "Effective monthly cost = I × (1 − b)";

describe("the benchmark inserted again into a sheet the previous layout wrote", () => {
  let workbook: SimWorkbook;
  let sheet: SimSheet;
  beforeEach(() => {
    workbook = previousBenchmarkWorkbook();
    sheet = workbook.sheet("DEAL benchmark");
  });

  it("refreshes both tables where they are, keeps the user's edits, and writes nothing twice", () => {
    const prices = sheet.table("DEAL_Benchmark_Prices");
    const sla = sheet.table("DEAL_Benchmark_SLA");
    expect(prices.at).toEqual({ row: BENCHMARK_HEADER_ROW, column: 0 });
    expect(sla.at).toEqual({ row: BENCHMARK_HEADER_ROW, column: 21 });
    // The user's edits: a negotiated price over a list price, a reworded SLA note, an input.
    const sonnet = sheet
      .rowsOf(prices.name)
      .findIndex((row) => row[0] === "anthropic|claude-sonnet-5");
    const inputColumn = prices.headers.indexOf("Input");
    sheet.set(prices.at.row + 1 + sonnet, inputColumn, 1.8);
    const [slaNote] = whereIs(sheet, SLA_NOTE).map((key) => key.split(",").map(Number));
    sheet.set(slaNote[0], slaNote[1], "Our SLA credits, checked by legal.");
    sheet.set(8, 1, 35000);

    const edit = insert(workbook);

    const [sheetEdit] = edit.sheets;
    expect(sheetEdit.tables.map((table) => [table.kind, table.name])).toEqual([
      ["update", "DEAL_Benchmark_Prices"],
      ["update", "DEAL_Benchmark_SLA"],
    ]);
    expect(edit.report.sheets[0].editsKept).toEqual([
      {
        cell: `E${prices.at.row + 2 + sonnet}`,
        itemId: "anthropic|claude-sonnet-5",
        column: "Input",
      },
      { cell: `V${slaNote[0] + 1}` },
    ]);
    expect(sheet.get(prices.at.row + 1 + sonnet, inputColumn)).toBe(1.8);
    expect(sheet.get(8, 1)).toBe(35000);
    // The tables did not move, nor did their headers change (no header block over other names).
    expect(sheet.table(prices.name).at).toEqual(prices.at);
    expect(sheet.get(BENCHMARK_HEADER_ROW, 0)).toBe("ID");
    expect(sheet.table(sla.name).at).toEqual(sla.at);
    // One SLA comparison, the table's, with its note below it; one price note; one history.
    expect(whereIs(sheet, "SLA credits at your uptime and fee")).toEqual([]);
    expect(whereIs(sheet, "Our SLA credits, checked by legal.")).toEqual([slaNote.join(",")]);
    expect(whereIs(sheet, SLA_NOTE)).toEqual([]);
    const priceNotes = [...sheet.cells.values()].filter(
      (value) => typeof value === "string" && value.startsWith(PRICE_NOTE_START)
    );
    expect(priceNotes).toHaveLength(1);
    expect(whereIs(sheet, "Price history (USD per million tokens)")).toHaveLength(1);
    expect(whereIs(sheet, "Sources and dates")).toHaveLength(1);
    // The sheet says why it prints small and how to have the new layout; it prints everything.
    expect(sheet.get(BENCHMARK_HEADER_ROW - 1, 0)).toBe(EARLIER_LAYOUT_NOTICE);
    expect(lastColumn(sheetEdit.print.area)).toBeGreaterThanOrEqual(
      sla.at.column + sla.headers.length - 1
    );
  });

  it("writes no cell of DEAL's into its tables, and changes nothing when inserted once more", () => {
    insert(workbook);
    const tableCells = new Set<string>();
    for (const table of sheet.tables)
      for (let r = 0; r <= table.rows; r++)
        for (let c = 0; c < table.headers.length; c++)
          tableCells.add(`${table.at.row + r}:${table.at.column + c}`);
    const before = new Map(sheet.cells);

    const again = insert(workbook);

    for (const block of again.sheets[0].blocks)
      block.cells.forEach((cells, r) =>
        cells.forEach((_, c) =>
          expect(tableCells.has(`${block.at.row + r}:${block.at.column + c}`)).toBe(false)
        )
      );
    expect(again.sheets[0].clear).toEqual([]);
    expect(again.report.sheets[0].editsKept).toEqual([]);
    expect(new Map(sheet.cells)).toEqual(before);
  });

  it("writes the SLA comparison under the charts once the user has deleted the SLA table", () => {
    const sla = sheet.table("DEAL_Benchmark_SLA");
    for (let r = 0; r <= sla.rows; r++)
      for (let c = 0; c < sla.headers.length; c++)
        sheet.set(sla.at.row + r, sla.at.column + c, null);
    sheet.tables.splice(sheet.tables.indexOf(sla), 1);
    // Where the previous layout put the charts' data: the first chart's heading.
    const [chartData] = whereIs(sheet, "Frontier: cost");

    const edit = insert(workbook);

    expect(edit.sheets[0].tables.map((table) => table.kind)).toEqual(["update"]);
    const [heading] = whereIs(sheet, "SLA credits at your uptime and fee");
    const [charts] = whereIs(sheet, "Frontier: cost");
    // The charts stay under the price note (one line longer now), the SLA comparison under them.
    expect(Number(charts.split(",")[0])).toBe(Number(chartData.split(",")[0]) + 1);
    expect(Number(heading.split(",")[0])).toBeGreaterThan(
      Math.max(...edit.sheets[0].charts.map((chart) => chart.at.row + chart.heightInRows - 1))
    );
    // Nothing of the old table's note is left beside the prices.
    expect([...sheet.cells.keys()].filter((key) => Number(key.split(":")[1]) > 19)).toEqual([]);
    // The price table keeps the previous column order, so the sheet still says how to print it.
    expect(sheet.get(BENCHMARK_HEADER_ROW - 1, 0)).toBe(EARLIER_LAYOUT_NOTICE);
  });
});

describe("the benchmark inserted again into a sheet of the present layout", () => {
  it("keeps it as it is: no notice, the price header wrapped, the id and label left unprinted", () => {
    const workbook = new SimWorkbook();
    insert(workbook);
    const sheet = workbook.sheet("DEAL benchmark");
    const before = new Map(sheet.cells);

    const again = insert(workbook);

    expect(new Map(sheet.cells)).toEqual(before);
    expect(again.report.sheets[0].editsKept).toEqual([]);
    expect(sheet.get(BENCHMARK_HEADER_ROW - 1, 0)).toBeNull();
    expect(lastColumn(again.sheets[0].print.area)).toBe(17);
    expect(again.sheets[0].blocks.some((block) => block.at.row === BENCHMARK_HEADER_ROW)).toBe(
      true
    );
  });
});
