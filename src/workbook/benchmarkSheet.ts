import { NO_SLA_VENDORS, SLA_SCHEDULES } from "../content/catalog";
import type { ModelPrice, SlaSchedule } from "../content/catalog/types";
import { classCharts } from "./benchmarkCharts";
import { priceHistoryBlocks } from "./benchmarkHistory";
import { benchmarkInputBlocks, benchmarkInputCells, LAST_INPUT_ROW } from "./benchmarkInputs";
import {
  latest,
  NOTE_STYLE,
  priceNoteLines,
  slaNoteLines,
  sourceLine,
  sourcesBlocks,
} from "./benchmarkNotes";
import { chartPageBreaks, EARLIER_LAYOUT_NOTICE, earlierLayout } from "./benchmarkPrint";
import {
  PRICE_COLUMN_COUNT,
  PRINTED_PRICE_COLUMNS,
  priceHeaderBlock,
  priceTable,
} from "./benchmarkPriceTable";
import { slaSectionBlocks } from "./benchmarkSlaSection";
import { LINEAR_CLAUSES, type SlaEntry, slaEntries, slaTable } from "./benchmarkSlaTable";
import type { CellBlock, SheetPlan, SheetPrintPlan, TablePlan } from "./plan";
import type { WorkbookSnapshot } from "./snapshot";

/*
 * The competitor benchmark sheet, as a plan. Layout (zero-based rows; columns of the price table):
 *   row 0       title
 *   row 1       source line (catalog date; where the sources are listed)
 *   row 2       "Inputs" heading
 *   rows 3–11   inputs: label in A, value in B (B4:B12), hint in C
 *   row 13      the price table's header (A…T; the id and the charts' label, S and T, do not print)
 *   below it, one blank row apart each: the price note (its formulas explained), the SLA
 *   comparison and its note, then from the top of a page a cost chart per class (8 columns, a row
 *   per model and its frame) with its data beside it (columns K:L), then from the top of a page
 *   the price history and the sources with their dates.
 * Everything stands on the price table's columns, one under the other, and prints one page wide
 * (A…R) at about the size of a checklist's type: beside the price table, the SLA table made the
 * page twice as wide. Below the price table there are blocks and charts only: a table there would
 * take the price table's column widths, and Excel refuses to grow a table into part of another.
 * The price table is grouped by class, and the charts too, so that a model is compared with those
 * of its class (the difference column: with the offer, if it is of the offer's class).
 *
 * A sheet an earlier DEAL wrote, with its SLA table beside the prices, keeps that table where it
 * is and refreshed (DEAL does not move a table: it may hold the user's rows and columns), with its
 * note below it; the sheet then prints whole, as wide as it is, and says how to get this layout.
 */

/** Sheet key of the benchmark sheet. */
export const BENCHMARK_KEY = "benchmark";
/** Zero-based row of the price table's header. */
export const BENCHMARK_HEADER_ROW = LAST_INPUT_ROW + 2;

/** What the benchmark is built from besides the price catalog. */
export interface BenchmarkOptions {
  /** Credit schedules for the SLA table; the catalog's SLA_SCHEDULES by default. */
  readonly slaSchedules?: readonly SlaSchedule[];
  /** The catalog's date for the source line; by default the latest "as of" of its rows. */
  readonly asOf?: string;
  /** The workbook as read before the insert, whose benchmark an earlier DEAL may have laid out. */
  readonly workbook?: WorkbookSnapshot;
}

/**
 * The benchmark sheet: inputs, the price table with each model's effective monthly cost at the
 * user's volume and its difference from the offer, the SLA credits each schedule owes at the
 * user's uptime, a cost chart per class, the price history, and the sources with their dates.
 * Every figure that depends on an input is a formula, so the sheet stays live; text from the
 * catalog is written as values only.
 * @throws RangeError when a price or SLA figure is NaN or infinite.
 */
export function buildBenchmarkSheet(
  catalog: readonly ModelPrice[],
  options: BenchmarkOptions = {}
): SheetPlan {
  const schedules = options.slaSchedules ?? SLA_SCHEDULES;
  const asOf = options.asOf ?? latest(catalog.map((row) => row.asOf));
  const sla = slaEntries(schedules, LINEAR_CLAUSES, NO_SLA_VENDORS);

  const prices = priceTable(catalog, { row: BENCHMARK_HEADER_ROW, column: 0 });
  const earlier = earlierLayout(options.workbook, BENCHMARK_KEY, prices);
  const priceNote = noteBelow(prices, priceNoteLines());
  // The SLA comparison goes under the price note; on a sheet an earlier DEAL laid out, it stays
  // in the table beside the prices that the sheet has, or goes under the charts, which stay right
  // under the price note there: their data's formulas are there, and a formula DEAL no longer
  // wrote there would stay behind, pointing at nothing.
  const slaFirst = earlier.slaBeside
    ? slaBesidePrices(sla)
    : earlier.laidOutAsPlanned
      ? slaBelow(sla, lastRow(priceNote) + 2)
      : undefined;
  const costCharts = classCharts(catalog, Math.max(lastRow(priceNote), slaFirst?.bottom ?? 0) + 2);
  const below = slaFirst ?? slaBelow(sla, costCharts.bottom + 1);
  const historyRow = Math.max(costCharts.bottom + 1, below.bottom + 2);
  const history = priceHistoryBlocks(catalog, historyRow);
  const sourcesRow = lastRow(history[history.length - 1]) + 2;
  const sources = sourcesBlocks(catalog, sla, sourcesRow);
  const lastSheetRow = lastRow(sources[sources.length - 1]);

  const print: SheetPrintPlan = {
    titleRows: { first: BENCHMARK_HEADER_ROW, last: BENCHMARK_HEADER_ROW },
    rowBreaks: [...chartPageBreaks(costCharts.charts, prices), historyRow],
    // What the plan lays out, without the columns of the id and the charts' label; a sheet laid
    // out otherwise prints everything it holds.
    ...(earlier.laidOutAsPlanned && {
      area: { row: 0, column: 0, rows: lastSheetRow + 1, columns: PRINTED_PRICE_COLUMNS },
    }),
  };

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
      ...(earlier.laidOutAsPlanned
        ? []
        : [
            {
              at: { row: BENCHMARK_HEADER_ROW - 1, column: 0 },
              cells: [[{ value: EARLIER_LAYOUT_NOTICE }]],
              style: { bold: true, fontColor: "#A4262C" },
            },
          ]),
      ...(earlier.pricesAsPlanned ? [priceHeaderBlock(prices.at)] : []),
      priceNote,
      ...below.blocks,
      ...costCharts.blocks,
      ...history,
      ...sources,
    ],
    inputs: benchmarkInputCells(),
    tables: [prices, ...below.tables],
    charts: costCharts.charts,
    // Nothing frozen: the inputs and header take fourteen rows, which on a laptop screen would
    // leave little room to scroll the table and the charts; Excel shows a table's headers in
    // place of the column letters once its header row scrolls out of view.
    freezeRows: 0,
    ...(earlier.slaBeside && {
      // The gap between the price table and the SLA table beside it, kept narrow.
      columnWidths: { [PRICE_COLUMN_COUNT]: 3 },
    }),
    print,
  };
}

/** The SLA comparison's blocks and tables, and the last row they take. */
interface SlaPart {
  readonly blocks: CellBlock[];
  readonly tables: TablePlan[];
  readonly bottom: number;
}

/** The SLA comparison from `row`: a heading, the entries on the price table's columns, the note. */
function slaBelow(sla: readonly SlaEntry[], row: number): SlaPart {
  const noteRow = row + 2 + Math.max(sla.length, 1) + 1;
  const note: CellBlock = {
    at: { row: noteRow, column: 0 },
    // Lines that run on over the empty cells right of them, unmerged: the section moves when
    // the catalog's SLA entries change, and a merge left behind would catch the rows that move.
    cells: slaNoteLines().map((line) => [{ value: line }]),
    style: NOTE_STYLE,
  };
  return {
    blocks: [
      {
        at: { row, column: 0 },
        cells: [[{ value: "SLA credits at your uptime and fee" }]],
        style: { bold: true },
      },
      ...slaSectionBlocks(sla, row + 1),
      note,
    ],
    tables: [],
    bottom: lastRow(note),
  };
}

/** The SLA table beside the price table, where an earlier DEAL put it, and its note below it. */
function slaBesidePrices(sla: readonly SlaEntry[]): SlaPart {
  const table = slaTable(sla, { row: BENCHMARK_HEADER_ROW, column: PRICE_COLUMN_COUNT + 1 });
  const note = noteBelow(table, slaNoteLines());
  return { blocks: [note], tables: [table], bottom: lastRow(note) };
}

/** Zero-based row of a table's last row (Excel keeps one blank row in an empty table). */
function tableEnd(table: TablePlan): number {
  return table.at.row + Math.max(table.rows.length, 1);
}

function lastRow(block: CellBlock): number {
  return block.at.row + block.cells.length - 1;
}

/**
 * A note under a table, one blank row below it, each line merged across the table's width: the
 * price note's merge takes in the id and label columns, which do not print, but its lines are
 * short enough for the printed part, and a note an earlier DEAL wrote meets the same merge.
 */
function noteBelow(table: TablePlan, lines: readonly string[]): CellBlock {
  return {
    at: { row: tableEnd(table) + 2, column: table.at.column },
    cells: lines.map((line) => [{ value: line }]),
    style: NOTE_STYLE,
    mergeAcross: table.columns.length,
  };
}
