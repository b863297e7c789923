import { NO_SLA_VENDORS, SLA_SCHEDULES } from "../content/catalog";
import type { ModelPrice, SlaSchedule } from "../content/catalog/types";
import { classCharts } from "./benchmarkCharts";
import { priceHistoryBlocks } from "./benchmarkHistory";
import {
  BENCHMARK_INPUT_CELLS,
  benchmarkInputBlocks,
  benchmarkInputCells,
  LAST_INPUT_ROW,
} from "./benchmarkInputs";
import { PRICE_COLUMN_COUNT, priceTable } from "./benchmarkPriceTable";
import { LINEAR_CLAUSES, slaTable } from "./benchmarkSlaTable";
import type { CellBlock, SheetPlan, TablePlan } from "./plan";

/*
 * The competitor benchmark sheet, as a plan. Layout (zero-based rows and columns):
 *   row 0       title
 *   row 1       source line (catalog date; where the sources are listed)
 *   row 2       "Inputs" heading
 *   rows 3–9    inputs: label in A, value in B (B4:B10), hint in C
 *   row 10      blank
 *   row 11      headers of the price table (A…N) and, after one blank column (O), the SLA table (P…X)
 *   below each table, after one blank row: its note (formula explained), merged across its width
 *   below the price note: a cost chart per class (8 columns, a row per model and its frame), its
 *   data beside it (columns K:L), then the price history, then the sources and dates.
 * The price table is grouped by class, and the chart's bars are labelled with their class, so that
 * a model is compared with those of its class (the difference column: with the offer, if it is of
 * the offer's class).
 * The tables sit side by side, not stacked, so either can grow downward without reaching the other.
 * Printed, the tables' header row heads every page: a price file can make the table pages long.
 */

/** Sheet key of the benchmark sheet. */
export const BENCHMARK_KEY = "benchmark";
/** Zero-based row of both tables' headers. */
export const BENCHMARK_HEADER_ROW = LAST_INPUT_ROW + 2;

const NOTE_STYLE = { italic: true, fontColor: "#605E5C" } as const;

/** What the benchmark is built from besides the price catalog. */
export interface BenchmarkOptions {
  /** Credit schedules for the SLA table; the catalog's SLA_SCHEDULES by default. */
  readonly slaSchedules?: readonly SlaSchedule[];
  /** The catalog's date for the source line; by default the latest "as of" of its rows. */
  readonly asOf?: string;
}

/**
 * The benchmark sheet: inputs, the price table with each model's effective monthly cost at the
 * user's volume and its difference from the offer, the SLA table with the credit each schedule
 * owes at the user's uptime, a cost chart, and the sources with their dates. Every figure that
 * depends on an input is a formula, so the sheet stays live; text from the catalog is written as
 * values only.
 * @throws RangeError when a price or SLA figure is NaN or infinite.
 */
export function buildBenchmarkSheet(
  catalog: readonly ModelPrice[],
  options: BenchmarkOptions = {}
): SheetPlan {
  const schedules = options.slaSchedules ?? SLA_SCHEDULES;
  const asOf = options.asOf ?? latest(catalog.map((row) => row.asOf));

  const prices = priceTable(catalog, { row: BENCHMARK_HEADER_ROW, column: 0 });
  const sla = slaTable(schedules, LINEAR_CLAUSES, NO_SLA_VENDORS, {
    row: BENCHMARK_HEADER_ROW,
    column: PRICE_COLUMN_COUNT + 1,
  });

  const priceNote = noteBelow(prices, priceNoteLines());
  const slaNote = noteBelow(sla, slaNoteLines());
  const chartRow = lastRow(priceNote) + 2;
  const costCharts = classCharts(catalog, chartRow);
  const history = priceHistoryBlocks(catalog, costCharts.bottom + 1);
  const afterHistory = lastRow(history[history.length - 1]) + 1;
  const sourcesRow = Math.max(afterHistory, lastRow(slaNote) + 1) + 1;

  return {
    key: BENCHMARK_KEY,
    preferredName: "DEAL benchmark",
    tabColor: "#107C10",
    blocks: [
      {
        at: { row: 0, column: 0 },
        cells: [[{ value: "Competitor benchmark: effective monthly cost and SLA credits" }]],
        style: { bold: true, fontSize: 14 },
      },
      { at: { row: 1, column: 0 }, cells: [[{ value: sourceLine(asOf) }]], style: NOTE_STYLE },
      ...benchmarkInputBlocks(),
      priceNote,
      slaNote,
      ...costCharts.blocks,
      ...history,
      ...sourcesBlocks(catalog, schedules, sourcesRow),
    ],
    inputs: benchmarkInputCells(),
    tables: [prices, sla],
    charts: costCharts.charts,
    // Nothing frozen: the inputs and header take twelve rows, which on a laptop screen would leave
    // little room to scroll the tables and the chart; Excel shows a table's headers in place of
    // the column letters once its header row scrolls out of view.
    freezeRows: 0,
    // Column O, the gap between the two tables, kept narrow.
    columnWidths: { [PRICE_COLUMN_COUNT]: 3 },
    print: { titleRows: { first: BENCHMARK_HEADER_ROW, last: BENCHMARK_HEADER_ROW } },
  };
}

/** The latest of some "YYYY-MM" or "YYYY-MM-DD" dates (they sort as text), or undefined. */
function latest(dates: readonly string[]): string | undefined {
  return dates.length === 0 ? undefined : dates.reduce((a, b) => (b > a ? b : a));
}

function sourceLine(asOf: string | undefined): string {
  const date = asOf === undefined ? "" : `, catalog as of ${asOf}`;
  return (
    `List prices in USD per million tokens${date}. Each row gives its source and the date it was ` +
    "read; all sources are listed at the bottom. Prices change: check them before relying on them."
  );
}

/** Zero-based row of a table's last row (Excel keeps one blank row in an empty table). */
function tableEnd(table: TablePlan): number {
  return table.at.row + Math.max(table.rows.length, 1);
}

function lastRow(block: CellBlock): number {
  return block.at.row + block.cells.length - 1;
}

/** A note under a table, one blank row below it, each line merged across the table's width. */
function noteBelow(table: TablePlan, lines: readonly string[]): CellBlock {
  return {
    at: { row: tableEnd(table) + 2, column: table.at.column },
    cells: lines.map((line) => [{ value: line }]),
    style: NOTE_STYLE,
    mergeAcross: table.columns.length,
  };
}

function priceNoteLines(): string[] {
  const {
    inputTokens,
    outputTokens,
    cacheHitShare,
    cacheWriteShare,
    batchShare,
    offer,
    offerClass,
  } = BENCHMARK_INPUT_CELLS;
  const cell = (address: string) => address.replace(/\$/g, "");
  return [
    "Effective monthly cost = I × (1 − b) × ((1 − h − w) × Input + h × Cache hit + w × Cache write) " +
      "+ O × (1 − b) × Output + b × (I × Batch input + O × Batch output)",
    `where I = input tokens (${cell(inputTokens)}) and O = output tokens (${cell(outputTokens)}) in ` +
      `millions, h = cache-hit share (${cell(cacheHitShare)}), w = cache-write share ` +
      `(${cell(cacheWriteShare)}) and b = batch share (${cell(batchShare)}): the deal model's usage mix.`,
    "A blank price falls back to the standard one (no cache price: cached input at the input " +
      "price; no batch price: batch tokens at the standard prices). Batch tokens get no cache discount.",
    "Models are compared within their class: frontier, balanced or small, the vendor's own tier. " +
      `Difference from offer = effective monthly cost − the offer in ${cell(offer)}, for the class in ` +
      `${cell(offerClass)} only; negative is cheaper.`,
    "A year ago: the list price a year before the row's date, where the source dates its prices " +
      "(blank: one undated price, no change on record). Change = I × Input + O × Output against the " +
      "same at the prices a year ago. Long-context prices apply to prompts above the length shown; " +
      "the effective cost uses the standard prices.",
  ];
}

function slaNoteLines(): string[] {
  const { uptime, fee } = BENCHMARK_INPUT_CELLS;
  const cell = (address: string) => address.replace(/\$/g, "");
  return [
    `Credit at your uptime = DEAL.SLACREDIT(uptime in ${cell(uptime)}, fee in ${cell(fee)}, schedule).`,
    "A schedule owes the share of the lowest threshold your uptime is below; uptime exactly at a " +
      "threshold earns nothing from it.",
    "A linear clause owes its share for every step (or part of one) below target, up to its cap.",
    "Credits usually apply to future bills only, are the sole remedy, and are capped at the month's fee.",
  ];
}

/** "Sources and dates", then each distinct source with its date, in order of first use. */
function sourcesBlocks(
  catalog: readonly ModelPrice[],
  schedules: readonly SlaSchedule[],
  row: number
): CellBlock[] {
  const entries = [
    ...catalog.map((price) => `Prices: ${price.source}, as of ${price.asOf}`),
    ...schedules.map((schedule) => `SLA: ${schedule.source}, as of ${schedule.asOf}`),
    ...NO_SLA_VENDORS.map((vendor) => `SLA: ${vendor.source}, as of ${vendor.asOf}`),
    ...LINEAR_CLAUSES.map((clause) => `SLA: ${clause.terms.source}, as of ${clause.terms.asOf}`),
  ];
  const distinct = [...new Set(entries)];
  return [
    { at: { row, column: 0 }, cells: [[{ value: "Sources and dates" }]], style: { bold: true } },
    { at: { row: row + 1, column: 0 }, cells: distinct.map((entry) => [{ value: entry }]) },
  ];
}
