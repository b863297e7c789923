import { pricesAYearBefore } from "../content/catalog/priceHistory";
import { MODEL_CLASSES, type ModelClass, type ModelPrice } from "../content/catalog/types";
import { BENCHMARK_INPUT_CELLS } from "./benchmarkInputs";
import { slug, uniqueIds } from "./excelNames";
import { thisRow } from "./formulaParts";
import type { CellBlock, CellContent, CellPosition, TablePlan, TableColumnPlan } from "./plan";

/*
 * The price table of the benchmark sheet: one row per catalog entry, grouped by class, its list
 * prices as values, and formulas that price the team's usage (the inputs) at that model's prices:
 * the effective monthly cost, its difference from the offer (for models of the offer's class
 * only: like with like) and the change in a year where the source dates its prices.
 */

/** Plan key of the price table; the chart refers to it. */
export const PRICE_TABLE_KEY = "benchmark-prices";

/** Headers the formulas and the chart name. */
export const PRICE_HEADERS = {
  id: "ID",
  modelClass: "Class",
  model: "Model",
  input: "Input",
  output: "Output",
  cacheWrite: "Cache write",
  cacheHit: "Cache hit",
  batchInput: "Batch input",
  batchOutput: "Batch output",
  cost: "Effective monthly cost",
  difference: "Difference from offer",
  inputYearAgo: "Input a year ago",
  outputYearAgo: "Output a year ago",
  change: "Change in a year",
  chartLabel: "Chart label",
} as const;

/** The class as the sheet writes it: "Frontier". */
export const classLabel = (modelClass: ModelClass): string =>
  modelClass[0].toUpperCase() + modelClass.slice(1);

const PRICE_FORMAT = "#,##0.00##";
// "@" keeps text as text: Excel would read an "as of" such as "2026-11" as a date.
const TEXT = "@";

const text = (header: string, width: number, wrap = false): TableColumnPlan => ({
  header,
  owner: "deal",
  width,
  style: { numberFormat: TEXT, ...(wrap ? { wrap } : {}) },
});
const price = (header: string, width = 8): TableColumnPlan => ({
  header,
  owner: "deal",
  width,
  style: { numberFormat: PRICE_FORMAT },
});

/*
 * The columns, in the order they print: the model, its prices, what the usage costs at them, the
 * change in a year, then the row's source. Widths are what the printed page can give each column
 * at legible type; a header longer than its column wraps (priceHeaderBlock). The row's id and the
 * charts' label come last, outside the printed area: they serve DEAL and the charts, not the reader.
 */
const COLUMNS: readonly TableColumnPlan[] = [
  // Wide enough for the input labels above the table, which share column A and wrap.
  text(PRICE_HEADERS.model, 22, true),
  text("Vendor", 14, true),
  text(PRICE_HEADERS.modelClass, 9),
  price(PRICE_HEADERS.input),
  price(PRICE_HEADERS.output),
  price(PRICE_HEADERS.cacheWrite),
  price(PRICE_HEADERS.cacheHit),
  price(PRICE_HEADERS.batchInput),
  price(PRICE_HEADERS.batchOutput),
  {
    header: PRICE_HEADERS.cost,
    owner: "deal",
    width: 12,
    style: { numberFormat: "$#,##0", bold: true },
  },
  {
    header: PRICE_HEADERS.difference,
    owner: "deal",
    width: 12,
    style: { numberFormat: "$#,##0;[Red]-$#,##0" },
  },
  price(PRICE_HEADERS.inputYearAgo),
  price(PRICE_HEADERS.outputYearAgo),
  {
    header: PRICE_HEADERS.change,
    owner: "deal",
    width: 8,
    style: { numberFormat: "0%;[Red]-0%" },
  },
  text("Long context", 13, true),
  text("Source", 30, true),
  text("As of", 10),
  text("Note", 40, true),
  text(PRICE_HEADERS.id, 34),
  text(PRICE_HEADERS.chartLabel, 30),
];

/** Number of columns of the price table. */
export const PRICE_COLUMN_COUNT = COLUMNS.length;
/** The columns that print: all but the id and the chart label, the last two. */
export const PRINTED_PRICE_COLUMNS = PRICE_COLUMN_COUNT - 2;
/** Zero-based index of the id column. */
const ID_COLUMN = COLUMNS.findIndex((column) => column.header === PRICE_HEADERS.id);

/** The width of each of the sheet's columns from A, as the price table sets them. */
export const PRICE_COLUMN_WIDTHS: readonly number[] = COLUMNS.map((column) => column.width);

/** `price`, or `fallback` when the price cell is blank (the catalog gives no such price). */
function priceOr(price: string, fallback: string): string {
  return `IF(${thisRow(price)}="",${thisRow(fallback)},${thisRow(price)})`;
}

/**
 * The effective monthly cost of a row, with I, O input and output tokens (millions), h and w the
 * cache-hit and cache-write shares of input, b the batch share (the deal model's usage mix):
 *   I·(1−b)·((1−h−w)·Input + h·Cache hit + w·Cache write) + O·(1−b)·Output
 *   + b·(I·Batch input + O·Batch output),
 * a blank price falling back to the standard one. Batch tokens get no cache discount.
 */
export function effectiveCostFormula(): string {
  const {
    inputTokens: I,
    outputTokens: O,
    cacheHitShare: h,
    cacheWriteShare: w,
    batchShare: b,
  } = BENCHMARK_INPUT_CELLS;
  const input = thisRow(PRICE_HEADERS.input);
  const output = thisRow(PRICE_HEADERS.output);
  const cacheHit = priceOr(PRICE_HEADERS.cacheHit, PRICE_HEADERS.input);
  const cacheWrite = priceOr(PRICE_HEADERS.cacheWrite, PRICE_HEADERS.input);
  const batchIn = priceOr(PRICE_HEADERS.batchInput, PRICE_HEADERS.input);
  const batchOut = priceOr(PRICE_HEADERS.batchOutput, PRICE_HEADERS.output);
  return (
    `=${I}*(1-${b})*((1-${h}-${w})*${input}+${h}*${cacheHit}+${w}*${cacheWrite})` +
    `+${O}*(1-${b})*${output}` +
    `+${b}*(${I}*${batchIn}+${O}*${batchOut})`
  );
}

/**
 * The row's effective monthly cost minus the offer under negotiation (negative = cheaper), for
 * models of the offer's class; blank for the others, which are not what the offer competes with.
 */
export function differenceFormula(): string {
  const { offer, offerClass } = BENCHMARK_INPUT_CELLS;
  return (
    `=IF(${thisRow(PRICE_HEADERS.modelClass)}=${offerClass},` +
    `${thisRow(PRICE_HEADERS.cost)}-${offer},"")`
  );
}

/**
 * The change in a year of the standard cost of the input and output tokens (I·Input + O·Output
 * against the prices a year ago); blank where no price a year ago is on record.
 */
export function changeFormula(): string {
  const { inputTokens: I, outputTokens: O } = BENCHMARK_INPUT_CELLS;
  const [inAgo, outAgo] = [
    thisRow(PRICE_HEADERS.inputYearAgo),
    thisRow(PRICE_HEADERS.outputYearAgo),
  ];
  const now = `${I}*${thisRow(PRICE_HEADERS.input)}+${O}*${thisRow(PRICE_HEADERS.output)}`;
  return `=IF(OR(${inAgo}="",${outAgo}=""),"",IFERROR((${now})/(${I}*${inAgo}+${O}*${outAgo})-1,""))`;
}

function priceCell(value: number | null, what: string, row: ModelPrice): CellContent {
  if (value === null) return { value: null };
  if (!Number.isFinite(value)) {
    throw new RangeError(`${row.vendor} ${row.model}: the ${what} price is not a finite number`);
  }
  return { value };
}

/** "Above 200k: 6 in, 22.5 out": prices per million tokens above a prompt of 200,000 tokens. */
function longContextText(row: ModelPrice): string | null {
  const tier = row.longContext;
  if (tier === undefined) return null;
  const prices = [
    tier.input === null ? undefined : `${tier.input} in`,
    tier.output === null ? undefined : `${tier.output} out`,
  ].filter((part) => part !== undefined);
  const above = Math.round(tier.aboveTokens / 1000);
  return `Above ${above}k: ${prices.join(", ")}`;
}

/** A short name of the model and its route for the charts: "Claude Opus 5.5 · Bedrock". */
function chartLabel(row: ModelPrice): string {
  const route = row.vendor.replace(/^(Amazon|Google|Azure) /, "");
  return `${row.model} · ${route}`;
}

/**
 * Each row's chart label, made unique ignoring case (" (2)", " (3)" …), since the class charts
 * find a row's cost by its label with MATCH, which ignores case.
 */
export function chartLabels(rows: readonly ModelPrice[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const label = chartLabel(row);
    const count = (seen.get(label.toLowerCase()) ?? 0) + 1;
    seen.set(label.toLowerCase(), count);
    return count === 1 ? label : `${label} (${count})`;
  });
}

/** Row id: vendor and model as a slug, e.g. "anthropic|claude-haiku-4-5". */
function rowId(row: ModelPrice): string {
  return `${slug(row.vendor)}|${slug(row.model)}`;
}

/** The catalog grouped by class (frontier, balanced, small, other), in catalog order within each. */
export function byClass(catalog: readonly ModelPrice[]): ModelPrice[] {
  const rank = (row: ModelPrice) => MODEL_CLASSES.indexOf(row.modelClass ?? "other");
  return catalog
    .map((row, index) => ({ row, index }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index)
    .map(({ row }) => row);
}

/** A catalog row's cells, by header. */
function priceCells(row: ModelPrice, id: string, label: string): Record<string, CellContent> {
  const yearAgo = pricesAYearBefore(row, row.asOf);
  return {
    [PRICE_HEADERS.model]: { value: row.model },
    Vendor: { value: row.vendor },
    [PRICE_HEADERS.modelClass]: { value: classLabel(row.modelClass ?? "other") },
    [PRICE_HEADERS.input]: priceCell(row.input, "input", row),
    [PRICE_HEADERS.output]: priceCell(row.output, "output", row),
    [PRICE_HEADERS.cacheWrite]: priceCell(row.cacheWrite, "cache write", row),
    [PRICE_HEADERS.cacheHit]: priceCell(row.cacheHit, "cache hit", row),
    [PRICE_HEADERS.batchInput]: priceCell(row.batchInput, "batch input", row),
    [PRICE_HEADERS.batchOutput]: priceCell(row.batchOutput, "batch output", row),
    [PRICE_HEADERS.cost]: { formula: effectiveCostFormula() },
    [PRICE_HEADERS.difference]: { formula: differenceFormula() },
    [PRICE_HEADERS.inputYearAgo]: priceCell(yearAgo?.prices.input ?? null, "year-ago input", row),
    [PRICE_HEADERS.outputYearAgo]: priceCell(
      yearAgo?.prices.output ?? null,
      "year-ago output",
      row
    ),
    [PRICE_HEADERS.change]: { formula: changeFormula() },
    "Long context": { value: longContextText(row) },
    Source: { value: row.source },
    "As of": { value: row.asOf },
    Note: { value: row.note ?? null },
    [PRICE_HEADERS.id]: { value: id },
    [PRICE_HEADERS.chartLabel]: { value: label },
  };
}

const priceRow = (row: ModelPrice, id: string, label: string): CellContent[] => {
  const cells = priceCells(row, id, label);
  return COLUMNS.map((column) => cells[column.header]);
};

/**
 * The table's header texts again, as a block over its header row, in bold and wrapped: Excel does
 * not wrap a table's header by itself, and the headers of the narrow price columns ("Output a year
 * ago") are longer than their columns. Only where the table has the plan's columns in the plan's
 * order: over another table's headers the block would write the wrong names.
 */
export function priceHeaderBlock(at: CellPosition): CellBlock {
  return {
    at,
    cells: [COLUMNS.map((column) => ({ value: column.header }))],
    style: { bold: true, wrap: true },
  };
}

/** Whether a table's headers begin with the price table's own, in order (ignoring case). */
export function hasPlannedPriceColumns(headers: readonly string[]): boolean {
  return COLUMNS.every(
    (column, c) => headers[c]?.trim().toLowerCase() === column.header.toLowerCase()
  );
}

/**
 * The price table with its header at `at`, rows grouped by class. Text from the catalog (vendor,
 * model, source, note) is written as values, never as formulas.
 * @throws RangeError when a price is NaN or infinite.
 */
export function priceTable(catalog: readonly ModelPrice[], at: CellPosition): TablePlan {
  const rows = byClass(catalog);
  const ids = uniqueIds(rows.map(rowId));
  const labels = chartLabels(rows);
  return {
    key: PRICE_TABLE_KEY,
    preferredName: "DEAL_Benchmark_Prices",
    at,
    columns: COLUMNS,
    idColumn: ID_COLUMN,
    rows: rows.map((row, index) => priceRow(row, ids[index], labels[index])),
    style: "TableStyleMedium2",
  };
}
