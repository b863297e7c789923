import { cellAddress } from "./a1";
import type { CellBlock, InputCell } from "./plan";

/*
 * The input cells of the benchmark sheet: labels in column A, values in column B, a hint in
 * column C. Every cost and credit formula on the sheet reads these cells by absolute address.
 */

/** Zero-based row of the first input (B4). */
export const FIRST_INPUT_ROW = 3;
const LABEL_COLUMN = 0;
const VALUE_COLUMN = 1;
const HINT_COLUMN = 2;

interface InputSpec {
  readonly label: string;
  readonly value: number;
  readonly numberFormat: string;
  readonly hint: string;
}

const SPECS = {
  inputTokens: {
    label: "Monthly input tokens (millions)",
    value: 2000,
    numberFormat: "#,##0",
    hint: "Millions of input (prompt) tokens a month.",
  },
  outputTokens: {
    label: "Monthly output tokens (millions)",
    value: 400,
    numberFormat: "#,##0",
    hint: "Millions of output (completion) tokens a month.",
  },
  cacheHitShare: {
    label: "Cache-hit share of input",
    value: 0.3,
    numberFormat: "0%",
    hint: "Share of input tokens read from the prompt cache.",
  },
  batchShare: {
    label: "Batch share",
    value: 0.2,
    numberFormat: "0%",
    hint: "Share of input and output tokens sent through the batch API.",
  },
  offer: {
    label: "Offer under negotiation: monthly cost (USD)",
    value: 20000,
    numberFormat: "$#,##0",
    hint: "The monthly cost of the offer on the table; each model's difference is measured from it.",
  },
  uptime: {
    label: "SLA: measured uptime",
    value: 0.9985,
    numberFormat: "0.00%",
    hint: "The month's measured availability, e.g. 99.85%.",
  },
  fee: {
    label: "SLA: monthly fee (USD)",
    value: 20000,
    numberFormat: "$#,##0",
    hint: "The month's fee that a service credit is a share of.",
  },
} as const satisfies Record<string, InputSpec>;

export type BenchmarkInputName = keyof typeof SPECS;

const NAMES = Object.keys(SPECS) as BenchmarkInputName[];

const rowOf = (name: BenchmarkInputName): number => FIRST_INPUT_ROW + NAMES.indexOf(name);

/** Absolute addresses of the input cells, for formulas: { inputTokens: "$B$4", …, fee: "$B$10" }. */
export const BENCHMARK_INPUT_CELLS: Readonly<Record<BenchmarkInputName, string>> =
  Object.fromEntries(
    NAMES.map((name) => [name, cellAddress({ row: rowOf(name), column: VALUE_COLUMN }, true)])
  ) as Record<BenchmarkInputName, string>;

/** Zero-based row of the last input. */
export const LAST_INPUT_ROW = rowOf(NAMES[NAMES.length - 1]);

/** The input cells with their defaults, written once and the user's afterwards. */
export function benchmarkInputCells(): InputCell[] {
  return NAMES.map((name) => ({
    at: { row: rowOf(name), column: VALUE_COLUMN },
    label: SPECS[name].label,
    value: SPECS[name].value,
    style: { input: true, numberFormat: SPECS[name].numberFormat },
  }));
}

/**
 * The heading, labels and hints around the inputs. Labels are blocks of their own: an InputCell
 * holds only its value, and the labels should be rewritten with the rest of DEAL's text.
 */
export function benchmarkInputBlocks(): CellBlock[] {
  return [
    {
      at: { row: FIRST_INPUT_ROW - 1, column: LABEL_COLUMN },
      cells: [[{ value: "Inputs (type over the values in column B)" }]],
      style: { bold: true },
    },
    {
      at: { row: FIRST_INPUT_ROW, column: LABEL_COLUMN },
      cells: NAMES.map((name) => [{ value: SPECS[name].label }]),
    },
    {
      at: { row: FIRST_INPUT_ROW, column: HINT_COLUMN },
      cells: NAMES.map((name) => [{ value: SPECS[name].hint }]),
      style: { italic: true, fontColor: "#605E5C" },
    },
  ];
}
