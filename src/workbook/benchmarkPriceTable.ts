import type { ModelPrice } from "../content/catalog/types";
import { BENCHMARK_INPUT_CELLS } from "./benchmarkInputs";
import { slug, uniqueIds } from "./excelNames";
import { thisRow } from "./formulaParts";
import type { CellContent, CellPosition, TablePlan, TableColumnPlan } from "./plan";

/*
 * The price table of the benchmark sheet: one row per catalog entry, its list prices as values,
 * and two formulas per row that price the team's volume (the inputs) at that model's prices.
 */

/** Plan key of the price table; the chart refers to it. */
export const PRICE_TABLE_KEY = "benchmark-prices";

/** Headers the formulas and the chart name. */
export const PRICE_HEADERS = {
  id: "ID",
  model: "Model",
  input: "Input",
  output: "Output",
  cacheHit: "Cache hit",
  batchInput: "Batch input",
  batchOutput: "Batch output",
  cost: "Effective monthly cost",
  difference: "Difference from offer",
} as const;

const PRICE_FORMAT = "#,##0.00##";
// "@" keeps text as text: Excel would read an "as of" such as "2026-11" as a date.
const TEXT = "@";

const COLUMNS: readonly TableColumnPlan[] = [
  // Wide enough for the input labels above the table, which share column A.
  { header: PRICE_HEADERS.id, owner: "deal", width: 44, style: { numberFormat: TEXT } },
  { header: "Vendor", owner: "deal", width: 20, style: { numberFormat: TEXT } },
  { header: PRICE_HEADERS.model, owner: "deal", width: 28, style: { numberFormat: TEXT } },
  { header: PRICE_HEADERS.input, owner: "deal", width: 10, style: { numberFormat: PRICE_FORMAT } },
  { header: PRICE_HEADERS.output, owner: "deal", width: 10, style: { numberFormat: PRICE_FORMAT } },
  { header: "Cache write", owner: "deal", width: 11, style: { numberFormat: PRICE_FORMAT } },
  {
    header: PRICE_HEADERS.cacheHit,
    owner: "deal",
    width: 10,
    style: { numberFormat: PRICE_FORMAT },
  },
  {
    header: PRICE_HEADERS.batchInput,
    owner: "deal",
    width: 11,
    style: { numberFormat: PRICE_FORMAT },
  },
  {
    header: PRICE_HEADERS.batchOutput,
    owner: "deal",
    width: 12,
    style: { numberFormat: PRICE_FORMAT },
  },
  {
    header: PRICE_HEADERS.cost,
    owner: "deal",
    width: 16,
    style: { numberFormat: "$#,##0", bold: true },
  },
  {
    header: PRICE_HEADERS.difference,
    owner: "deal",
    width: 16,
    style: { numberFormat: "$#,##0;[Red]-$#,##0" },
  },
  { header: "Source", owner: "deal", width: 40, style: { wrap: true, numberFormat: TEXT } },
  { header: "As of", owner: "deal", width: 10, style: { numberFormat: TEXT } },
  { header: "Note", owner: "deal", width: 50, style: { wrap: true, numberFormat: TEXT } },
];

/** Number of columns of the price table. */
export const PRICE_COLUMN_COUNT = COLUMNS.length;

/** `price`, or `fallback` when the price cell is blank (the catalog gives no such price). */
function priceOr(price: string, fallback: string): string {
  return `IF(${thisRow(price)}="",${thisRow(fallback)},${thisRow(price)})`;
}

/**
 * The effective monthly cost of a row, with I, O input and output tokens (millions), h the
 * cache-hit share and b the batch share:
 *   I·(1−b)·((1−h)·Input + h·Cache hit) + O·(1−b)·Output + b·(I·Batch input + O·Batch output),
 * a blank price falling back to the standard one. Cache writes are left out, and batch tokens get
 * no cache discount.
 */
export function effectiveCostFormula(): string {
  const {
    inputTokens: I,
    outputTokens: O,
    cacheHitShare: h,
    batchShare: b,
  } = BENCHMARK_INPUT_CELLS;
  const input = thisRow(PRICE_HEADERS.input);
  const output = thisRow(PRICE_HEADERS.output);
  const cacheHit = priceOr(PRICE_HEADERS.cacheHit, PRICE_HEADERS.input);
  const batchIn = priceOr(PRICE_HEADERS.batchInput, PRICE_HEADERS.input);
  const batchOut = priceOr(PRICE_HEADERS.batchOutput, PRICE_HEADERS.output);
  return (
    `=${I}*(1-${b})*((1-${h})*${input}+${h}*${cacheHit})` +
    `+${O}*(1-${b})*${output}` +
    `+${b}*(${I}*${batchIn}+${O}*${batchOut})`
  );
}

/** The row's effective monthly cost minus the offer under negotiation (negative = cheaper). */
export function differenceFormula(): string {
  return `=${thisRow(PRICE_HEADERS.cost)}-${BENCHMARK_INPUT_CELLS.offer}`;
}

function price(value: number | null, what: string, row: ModelPrice): CellContent {
  if (value === null) return { value: null };
  if (!Number.isFinite(value)) {
    throw new RangeError(`${row.vendor} ${row.model}: the ${what} price is not a finite number`);
  }
  return { value };
}

/** Row id: vendor and model as a slug, e.g. "anthropic|claude-haiku-4-5". */
function rowId(row: ModelPrice): string {
  return `${slug(row.vendor)}|${slug(row.model)}`;
}

/**
 * The price table with its header at `at`. Text from the catalog (vendor, model, source, note)
 * is written as values, never as formulas.
 * @throws RangeError when a price is NaN or infinite.
 */
export function priceTable(catalog: readonly ModelPrice[], at: CellPosition): TablePlan {
  const ids = uniqueIds(catalog.map(rowId));
  const rows = catalog.map((row, index): CellContent[] => [
    { value: ids[index] },
    { value: row.vendor },
    { value: row.model },
    price(row.input, "input", row),
    price(row.output, "output", row),
    price(row.cacheWrite, "cache write", row),
    price(row.cacheHit, "cache hit", row),
    price(row.batchInput, "batch input", row),
    price(row.batchOutput, "batch output", row),
    { formula: effectiveCostFormula() },
    { formula: differenceFormula() },
    { value: row.source },
    { value: row.asOf },
    { value: row.note ?? null },
  ]);
  return {
    key: PRICE_TABLE_KEY,
    preferredName: "DEAL_Benchmark_Prices",
    at,
    columns: COLUMNS,
    idColumn: 0,
    rows,
    style: "TableStyleMedium2",
  };
}
