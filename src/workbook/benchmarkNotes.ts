import type { ModelPrice } from "../content/catalog/types";
import { BENCHMARK_INPUT_CELLS } from "./benchmarkInputs";
import type { SlaEntry } from "./benchmarkSlaTable";
import type { CellBlock } from "./plan";

/* The benchmark sheet's words: its source line, the notes that explain its formulas, its sources. */

/** Grey italic, for the lines that explain. */
export const NOTE_STYLE = { italic: true, fontColor: "#605E5C" } as const;

/** The latest of some "YYYY-MM" or "YYYY-MM-DD" dates (they sort as text), or undefined. */
export function latest(dates: readonly string[]): string | undefined {
  return dates.length === 0 ? undefined : dates.reduce((a, b) => (b > a ? b : a));
}

export function sourceLine(asOf: string | undefined): string {
  const date = asOf === undefined ? "" : `, catalog as of ${asOf}`;
  return (
    `List prices in USD per million tokens${date}. Each row gives its source and the date it was ` +
    "read; all sources are listed at the bottom. Prices change: check them before relying on them."
  );
}

export function priceNoteLines(): string[] {
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
      "(blank: one undated price, no change on record).",
    "Change = I × Input + O × Output against the same at the prices a year ago. Long context: the " +
      "prices above a prompt of the length shown (200k: 200,000 tokens); the effective cost uses the " +
      "standard prices.",
  ];
}

export function slaNoteLines(): string[] {
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
export function sourcesBlocks(
  catalog: readonly ModelPrice[],
  sla: readonly SlaEntry[],
  row: number
): CellBlock[] {
  const entries = [
    ...catalog.map((price) => `Prices: ${price.source}, as of ${price.asOf}`),
    ...sla.map((entry) => `SLA: ${entry.source}, as of ${entry.asOf}`),
  ];
  const distinct = [...new Set(entries)];
  return [
    { at: { row, column: 0 }, cells: [[{ value: "Sources and dates" }]], style: { bold: true } },
    { at: { row: row + 1, column: 0 }, cells: distinct.map((entry) => [{ value: entry }]) },
  ];
}
