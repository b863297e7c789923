import { cellAddress } from "../formula";
import { formulaNumber } from "./formulaParts";
import { FORECAST_NAMES, FORECAST_RANGES, type ForecastName } from "./forecastNames";
import type { CellBlock, InputCell } from "./plan";

/*
 * The input cells of the benchmark sheet: labels in column A, values in column B, a hint in
 * column C. Every cost and credit formula on the sheet reads these cells by absolute address.
 *
 * The usage inputs follow the deal model when the workbook has one: each is a formula on a name
 * the model sheet defines (forecastNames.ts), falling back to a default while no model defines it.
 * A reference, not a copy: the benchmark follows every edit of the forecast, and whichever of the
 * two is written first, the link holds once both are there (a newer model takes the names over).
 * Typing a number over the formula makes the benchmark stand alone.
 */

/** Zero-based row of the first input (B4). */
export const FIRST_INPUT_ROW = 3;
const LABEL_COLUMN = 0;
const VALUE_COLUMN = 1;
const HINT_COLUMN = 2;

interface InputSpec {
  readonly label: string;
  readonly value: number | string;
  /** The name of the model's forecast this input follows (with `value` as the fallback). */
  readonly follows?: ForecastName;
  readonly numberFormat: string;
  readonly hint: string;
}

const FOLLOWS_HINT =
  " Follows the deal model's forecast when the workbook has one; type over it to set your own.";

const SPECS = {
  inputTokens: {
    label: "Monthly input tokens (millions)",
    value: 2000,
    follows: "inputTokensM",
    numberFormat: "#,##0",
    hint: "Millions of input (prompt) tokens a month: the forecast's average month." + FOLLOWS_HINT,
  },
  outputTokens: {
    label: "Monthly output tokens (millions)",
    value: 400,
    follows: "outputTokensM",
    numberFormat: "#,##0",
    hint:
      "Millions of output (completion) tokens a month: the forecast's average month." +
      FOLLOWS_HINT,
  },
  cacheHitShare: {
    label: "Cache-hit share of input",
    value: 0.3,
    follows: "cacheHitShare",
    numberFormat: "0%",
    hint: "Share of input tokens read from the prompt cache." + FOLLOWS_HINT,
  },
  cacheWriteShare: {
    label: "Cache-write share of input",
    value: 0.05,
    follows: "cacheWriteShare",
    numberFormat: "0%",
    hint: "Share of input tokens written to the prompt cache." + FOLLOWS_HINT,
  },
  batchShare: {
    label: "Batch share",
    value: 0.2,
    follows: "batchShare",
    numberFormat: "0%",
    hint: "Share of input and output tokens sent through the batch API." + FOLLOWS_HINT,
  },
  offer: {
    label: "Offer under negotiation: monthly cost (USD)",
    value: 20000,
    numberFormat: "$#,##0",
    hint: "The monthly cost of the offer on the table, compared with the models of its class.",
  },
  offerClass: {
    label: "Offer's class (Frontier, Balanced or Small)",
    value: "Balanced",
    numberFormat: "@",
    hint: "The class of the offer's model: the difference column compares it with that class only.",
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

/**
 * An input that follows the model: the model's name, or the default while no model defines it
 * (#NAME?) or its cells are not numbers yet.
 */
function followingFormula(spec: InputSpec & { follows: ForecastName }): string {
  const name = FORECAST_NAMES[spec.follows];
  const reference = FORECAST_RANGES.has(spec.follows) ? `AVERAGE(${name})` : name;
  return `=IFERROR(${reference},${formulaNumber(spec.value as number)})`;
}

/** The input cells with their defaults, written once and the user's afterwards. */
export function benchmarkInputCells(): InputCell[] {
  return NAMES.map((name) => {
    const spec: InputSpec = SPECS[name];
    return {
      at: { row: rowOf(name), column: VALUE_COLUMN },
      label: spec.label,
      value: spec.value,
      ...(spec.follows === undefined
        ? {}
        : { formula: followingFormula({ ...spec, follows: spec.follows }) }),
      style: { input: true, numberFormat: spec.numberFormat },
    };
  });
}

/**
 * A line saying whether the usage inputs follow a deal model, as a formula, so that it changes
 * when a model is written or removed.
 */
export function followStatusFormula(): string {
  return (
    `=IF(ISERROR(ROWS(${FORECAST_NAMES.inputTokensM})),"Stand-alone: no deal model in this workbook, ` +
    `so the usage inputs hold their defaults.","The usage inputs follow the deal model's forecast ` +
    `(its first offer, average month of the term) unless you typed over them.")`
  );
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
      at: { row: FIRST_INPUT_ROW - 1, column: HINT_COLUMN },
      cells: [[{ formula: followStatusFormula() }]],
      style: { italic: true, fontColor: "#605E5C" },
    },
    {
      at: { row: FIRST_INPUT_ROW, column: LABEL_COLUMN },
      cells: NAMES.map((name) => [{ value: SPECS[name].label }]),
      // Column A is the price table's Model column, narrower than the longest label.
      style: { wrap: true },
    },
    {
      at: { row: FIRST_INPUT_ROW, column: HINT_COLUMN },
      cells: NAMES.map((name) => [{ value: SPECS[name].hint }]),
      style: { italic: true, fontColor: "#605E5C" },
    },
  ];
}
