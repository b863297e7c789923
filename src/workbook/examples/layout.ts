import {
  HEADER_STYLE,
  HEADING_STYLE,
  NOTE_STYLE,
  TITLE_STYLE,
  abs,
  at,
  range,
  value,
} from "../cellPlans";
import type { CellBlock, CellStyle, InputCell, SheetPlan } from "../plan";

export { HEADER_STYLE, HEADING_STYLE, NOTE_STYLE, abs, at, range, value };

/*
 * One worked-example sheet per DEAL function, as plans: the examples of docs/functions.md with
 * their inputs in cells the user can change, a DEAL formula per example that reads those cells by
 * absolute address, the number the function reference promises ("Expected"), and why.
 *
 * Layout shared by the sheets (zero-based rows; columns A… from 0):
 *   0    title
 *   1–2  how to read the sheet
 *   3    "Inputs", then the input cells (yellow) with their labels
 *   …    "Results": Example | Formula (as typed) | Result | Expected | Why
 * ROLLOVER spills five columns, so its results are a block of periods instead (see rolloverExample.ts).
 * Printed, the title heads every page, so that a page says which function it works through.
 */

/** Sheet keys of the example sheets, by function. */
export const EXAMPLE_KEYS = {
  TIEREDCOST: "example-tieredcost",
  ROLLOVER: "example-rollover",
  SLACREDIT: "example-slacredit",
  RAMPPRICE: "example-rampprice",
  COMMITCOST: "example-commitcost",
} as const;

const TAB_COLOR = "#8764B8";
export const RESULT_STYLE: CellStyle = { bold: true };
export const WHY_STYLE: CellStyle = { wrap: true };

// Two lines, so that neither runs past the narrowest sheet's printed width (the ROLLOVER sheet's).
const HOW_TO_READ = [
  "Worked examples from DEAL's function reference. Yellow cells are inputs: change one and, with " +
    "the DEAL add-in loaded, every result recalculates.",
  "Expected is what the reference promises for the inputs as written.",
];

/** Zero-based rows every sheet shares. */
const INPUTS_HEADING_ROW = 3;

/** Columns of the results block. */
const COLUMN = { example: 0, formula: 1, result: 2, expected: 3, why: 4 } as const;
export const RESULT_WIDTHS = { 0: 30, 1: 46, 2: 14, 3: 14, 4: 70 } as const;

export function input(
  row: number,
  column: number,
  label: string,
  v: number | null,
  numberFormat?: string
): InputCell {
  return {
    at: at(row, column),
    label,
    value: v,
    style: numberFormat === undefined ? { input: true } : { input: true, numberFormat },
  };
}

/** Title, how-to line and the "Inputs" heading. */
export function heading(title: string): CellBlock[] {
  return [
    { at: at(0, 0), cells: [[value(title)]], style: TITLE_STYLE },
    { at: at(1, 0), cells: HOW_TO_READ.map((line) => [value(line)]), style: NOTE_STYLE },
    { at: at(INPUTS_HEADING_ROW, 0), cells: [[value("Inputs")]], style: HEADING_STYLE },
  ];
}

/** One worked example: a DEAL formula with the number the reference promises for it. */
export interface Example {
  readonly name: string;
  /** Without the leading "="; written as the formula and, with "=", as the text beside it. */
  readonly formula: string;
  readonly expected: number;
  readonly why: string;
}

/**
 * The results block from `row`: a header, then one row per example with the formula written
 * twice (as text to read, as a formula to calculate), the expected number and why.
 */
export function results(
  row: number,
  examples: readonly Example[],
  numberFormat?: string
): CellBlock[] {
  const numbers: CellStyle =
    numberFormat === undefined ? RESULT_STYLE : { ...RESULT_STYLE, numberFormat };
  const expectedStyle: CellStyle = numberFormat === undefined ? {} : { numberFormat };
  const first = row + 2;
  return [
    { at: at(row, 0), cells: [[value("Results")]], style: HEADING_STYLE },
    {
      at: at(row + 1, 0),
      cells: [
        [
          value("Example"),
          value("Formula (as typed in Excel)"),
          value("Result"),
          value("Expected"),
          value("Why"),
        ],
      ],
      style: HEADER_STYLE,
    },
    {
      at: at(first, COLUMN.example),
      cells: examples.map((example) => [value(example.name), value(`=${example.formula}`)]),
    },
    {
      at: at(first, COLUMN.result),
      cells: examples.map((example) => [{ formula: `=${example.formula}` }]),
      style: numbers,
    },
    {
      at: at(first, COLUMN.expected),
      cells: examples.map((example) => [value(example.expected)]),
      style: expectedStyle,
    },
    {
      at: at(first, COLUMN.why),
      cells: examples.map((example) => [value(example.why)]),
      style: WHY_STYLE,
    },
  ];
}

export function sheet(
  key: string,
  name: string,
  blocks: CellBlock[],
  inputs: InputCell[],
  columnWidths: Readonly<Record<number, number>>
): SheetPlan {
  return {
    key,
    preferredName: name,
    tabColor: TAB_COLOR,
    blocks,
    inputs,
    tables: [],
    charts: [],
    freezeRows: 0,
    columnWidths,
    print: { titleRows: { first: 0, last: 0 } },
  };
}
