import { cellAddress } from "./a1";
import type { CellBlock, CellContent, CellPosition, CellStyle, InputCell, SheetPlan } from "./plan";

/*
 * One worked-example sheet per DEAL function, as plans: the examples of docs/functions.md with
 * their inputs in cells the user can change, a DEAL formula per example that reads those cells by
 * absolute address, the number the function reference promises ("Expected"), and why.
 *
 * Layout shared by the four sheets (zero-based rows; columns A… from 0):
 *   0  title
 *   1  how to read the sheet
 *   3  "Inputs", then the input cells (yellow) with their labels
 *   …  "Results": Example | Formula (as typed) | Result | Expected | Why
 * ROLLOVER spills five columns, so its results are a block of periods instead (see rollover()).
 */

/** Sheet keys of the example sheets, by function. */
export const EXAMPLE_KEYS = {
  TIEREDCOST: "example-tieredcost",
  ROLLOVER: "example-rollover",
  SLACREDIT: "example-slacredit",
  RAMPPRICE: "example-rampprice",
} as const;

const TAB_COLOR = "#8764B8";
const TITLE_STYLE: CellStyle = { bold: true, fontSize: 14 };
const NOTE_STYLE: CellStyle = { italic: true, fontColor: "#605E5C" };
const HEADING_STYLE: CellStyle = { bold: true };
const HEADER_STYLE: CellStyle = { bold: true, fill: "#DEECF9", wrap: true };
const RESULT_STYLE: CellStyle = { bold: true };
const WHY_STYLE: CellStyle = { wrap: true };

const HOW_TO_READ =
  "Worked examples from DEAL's function reference. Yellow cells are inputs: change one and, with " +
  "the DEAL add-in loaded, every result recalculates. Expected is what the reference promises " +
  "for the inputs as written.";

/** Zero-based rows every sheet shares. */
const INPUTS_HEADING_ROW = 3;

/** Columns of the results block. */
const COLUMN = { example: 0, formula: 1, result: 2, expected: 3, why: 4 } as const;
const RESULT_WIDTHS = { 0: 30, 1: 46, 2: 14, 3: 14, 4: 70 } as const;

const value = (v: string | number | null): CellContent => ({ value: v });
const at = (row: number, column: number): CellPosition => ({ row, column });
const abs = (row: number, column: number): string => cellAddress(at(row, column), true);
const range = (top: number, left: number, bottom: number, right: number): string =>
  `${abs(top, left)}:${abs(bottom, right)}`;

function input(
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
function heading(title: string): CellBlock[] {
  return [
    { at: at(0, 0), cells: [[value(title)]], style: TITLE_STYLE },
    { at: at(1, 0), cells: [[value(HOW_TO_READ)]], style: NOTE_STYLE },
    { at: at(INPUTS_HEADING_ROW, 0), cells: [[value("Inputs")]], style: HEADING_STYLE },
  ];
}

/** One worked example: a DEAL formula with the number the reference promises for it. */
interface Example {
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
function results(row: number, examples: readonly Example[], numberFormat?: string): CellBlock[] {
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

function sheet(
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
  };
}

/*
 * TIEREDCOST: 15 per million up to 1 billion tokens, 12 up to 10 billion, 9 beyond; 2 billion
 * tokens, graduated and volume.
 *   rows 4–5   units (B5) and per (B6)
 *   row 7      tier table header, rows 8–10 the tiers in A9:B11 (blank last bound: no limit)
 *   row 12     results
 */
function tieredCost(): SheetPlan {
  const units = abs(4, 1);
  const per = abs(5, 1);
  const tiers = range(8, 0, 10, 1);
  const call = (mode: string) => `DEAL.TIEREDCOST(${units},${tiers},"${mode}",${per})`;
  const blocks: CellBlock[] = [
    ...heading("DEAL.TIEREDCOST: the cost of a quantity under a tiered price table"),
    {
      at: at(4, 0),
      cells: [[value("Units (tokens in the month)")], [value("Per (units each price is for)")]],
    },
    {
      at: at(7, 0),
      cells: [[value("Tier upper bound (tokens; blank = no limit)"), value("Price per million")]],
      style: HEADER_STYLE,
    },
    ...results(
      12,
      [
        {
          name: "Graduated",
          formula: call("graduated"),
          expected: 27000,
          why: "Each token at the price of the tier it falls in: 1 billion tokens at 15 per million plus 1 billion at 12.",
        },
        {
          name: "Volume",
          formula: call("volume"),
          expected: 24000,
          why: "All 2 billion tokens at the price of the tier the total falls in: 12 per million.",
        },
      ],
      "#,##0.00"
    ),
  ];
  const inputs = [
    input(4, 1, "Units", 2000000000, "#,##0"),
    input(5, 1, "Per", 1000000, "#,##0"),
    input(8, 0, "Tier 1 bound", 1000000000, "#,##0"),
    input(8, 1, "Tier 1 price", 15),
    input(9, 0, "Tier 2 bound", 10000000000, "#,##0"),
    input(9, 1, "Tier 2 price", 12),
    input(10, 0, "Tier 3 bound", null, "#,##0"),
    input(10, 1, "Tier 3 price", 9),
  ];
  return sheet(EXAMPLE_KEYS.TIEREDCOST, "DEAL example TIEREDCOST", blocks, inputs, RESULT_WIDTHS);
}

/*
 * ROLLOVER: a commitment of 100 a period against usage 80, 100, 120, 100. The formula spills one
 * row per period and five columns, so the sheet shows it as a block:
 *   row 4        commitment (B5)
 *   rows 6–10    Period | Usage header, usage in B8:B11
 *   row 12       "Results", with the formula as text
 *   row 13       header: Period | the five spilled columns | gap | the five expected columns
 *   rows 14–17   periods; the formula sits in B15 and spills to F18 (the plan leaves B15:F18
 *                otherwise empty); the expected numbers are in H15:L18
 *   row 19       why
 */
export const ROLLOVER_ANCHOR: CellPosition = { row: 14, column: 1 };
/** Rows × columns the ROLLOVER example spills into. */
export const ROLLOVER_SPILL = { rows: 4, columns: 5 } as const;

const ROLLOVER_COLUMNS = ["Carried in", "Covered", "Overage", "Carried out", "Forfeited"];
const ROLLOVER_EXPECTED = [
  [0, 80, 0, 20, 0],
  [20, 100, 0, 20, 0],
  [20, 120, 0, 0, 0],
  [0, 100, 0, 0, 0],
];
const EXPECTED_COLUMN = 7;

function rollover(): SheetPlan {
  const commit = abs(4, 1);
  const usage = range(7, 1, 10, 1);
  const formula = `=DEAL.ROLLOVER(${commit},${usage})`;
  const periods = ROLLOVER_EXPECTED.map((_, i) => [value(i + 1)]);
  const blocks: CellBlock[] = [
    ...heading(
      "DEAL.ROLLOVER: a commitment drawn down period by period, unused capacity rolling over"
    ),
    { at: at(4, 0), cells: [[value("Commitment each period")]] },
    { at: at(6, 0), cells: [[value("Period"), value("Usage")]], style: HEADER_STYLE },
    { at: at(7, 0), cells: periods },
    { at: at(12, 0), cells: [[value("Results")]], style: HEADING_STYLE },
    {
      at: at(12, 1),
      cells: [[value(`Formula (as typed in Excel, in B15; it spills to F18): ${formula}`)]],
      style: NOTE_STYLE,
    },
    {
      at: at(13, 0),
      cells: [
        [
          value("Period"),
          ...ROLLOVER_COLUMNS.map(value),
          value(null),
          ...ROLLOVER_COLUMNS.map((name) => value(`Expected: ${name.toLowerCase()}`)),
        ],
      ],
      style: HEADER_STYLE,
    },
    { at: at(14, 0), cells: periods },
    {
      at: at(ROLLOVER_ANCHOR.row, ROLLOVER_ANCHOR.column),
      cells: [[{ formula }]],
      style: RESULT_STYLE,
    },
    {
      at: at(14, EXPECTED_COLUMN),
      cells: ROLLOVER_EXPECTED.map((row) => row.map(value)),
    },
    {
      at: at(19, 0),
      cells: [
        [
          value(
            "Why: usage draws on what was carried in first, then on the period's own 100. Period 1 " +
              "leaves 20 unused, which rolls into period 2; period 2 uses exactly its own 100, so " +
              "the 20 carries on; period 3 uses 120, the 20 carried plus its 100. Every period " +
              "balances: carried in + commitment = covered + carried out + forfeited."
          ),
        ],
      ],
      style: WHY_STYLE,
      mergeAcross: EXPECTED_COLUMN + ROLLOVER_COLUMNS.length,
    },
  ];
  const inputs = [
    input(4, 1, "Commitment", 100),
    ...[80, 100, 120, 100].map((v, i) => input(7 + i, 1, `Usage, period ${i + 1}`, v)),
  ];
  return sheet(EXAMPLE_KEYS.ROLLOVER, "DEAL example ROLLOVER", blocks, inputs, {
    0: 26,
    1: 13,
    2: 13,
    3: 13,
    4: 13,
    5: 13,
    6: 3,
    7: 13,
    8: 13,
    9: 13,
    10: 13,
    11: 13,
  });
}

/*
 * SLACREDIT: one column of inputs per example.
 *   row 4        header: Input | Table schedule | Telco clause | Capped clause
 *   rows 5–10    uptime, fee, target, credit per step, step, cap (B6:D11)
 *   row 12       schedule table header, rows 13–15 the table in A14:B16
 *   row 17       results
 */
function slaCredit(): SheetPlan {
  const col = { table: 1, telco: 2, capped: 3 } as const;
  const cell = (row: number, column: number) => abs(row, column);
  const ROW = { uptime: 5, fee: 6, target: 7, perStep: 8, step: 9, cap: 10 } as const;
  const schedule = range(13, 0, 15, 1);
  const linear = (column: number, withStepAndCap: boolean) => {
    const args = [ROW.uptime, ROW.fee, ROW.target, ROW.perStep].map((r) => cell(r, column));
    if (withStepAndCap) args.push(cell(ROW.step, column), cell(ROW.cap, column));
    return `DEAL.SLACREDIT(${args.join(",")})`;
  };
  const blocks: CellBlock[] = [
    ...heading("DEAL.SLACREDIT: the service credit owed for a period"),
    {
      at: at(4, 0),
      cells: [
        [value("Input"), value("Table schedule"), value("Telco clause"), value("Capped clause")],
      ],
      style: HEADER_STYLE,
    },
    {
      at: at(5, 0),
      cells: [
        [value("Measured uptime")],
        [value("Fee for the period")],
        [value("Target (linear clause)")],
        [value("Share of the fee per step")],
        [value("Step (blank = 0.001)")],
        [value("Cap (blank = 100%)")],
      ],
    },
    {
      at: at(12, 0),
      cells: [[value("Uptime below"), value("Credit share")]],
      style: HEADER_STYLE,
    },
    ...results(
      17,
      [
        {
          name: "Table schedule",
          formula: `DEAL.SLACREDIT(${cell(ROW.uptime, col.table)},${cell(ROW.fee, col.table)},${schedule})`,
          expected: 10000,
          why: "99.89% is below the 99.9% threshold but not below 99%, so the share is 10% of 100,000.",
        },
        {
          name: "Telco clause: 2% per 0.1% below 99.9%",
          formula: linear(col.telco, false),
          expected: 34000,
          why: "The shortfall of 0.0015 is 1.5 steps of 0.001, which rounds up to 2 steps: 4% of 850,000.",
        },
        {
          name: "1% per step, capped at 50%",
          formula: linear(col.capped, true),
          expected: 15600,
          why: "The shortfall of 0.039 is 39 steps, 39% of 40,000; below the 50% cap. A blank step means 0.001.",
        },
      ],
      "#,##0.00"
    ),
  ];
  const percent = "0.00%";
  const money = "#,##0";
  const inputs = [
    input(ROW.uptime, col.table, "Uptime (table)", 0.9989, percent),
    input(ROW.fee, col.table, "Fee (table)", 100000, money),
    input(ROW.uptime, col.telco, "Uptime (telco)", 0.9975, percent),
    input(ROW.fee, col.telco, "Fee (telco)", 850000, money),
    input(ROW.target, col.telco, "Target (telco)", 0.999, percent),
    input(ROW.perStep, col.telco, "Per step (telco)", 0.02, "0%"),
    input(ROW.uptime, col.capped, "Uptime (capped)", 0.96, percent),
    input(ROW.fee, col.capped, "Fee (capped)", 40000, money),
    input(ROW.target, col.capped, "Target (capped)", 0.999, percent),
    input(ROW.perStep, col.capped, "Per step (capped)", 0.01, "0%"),
    input(ROW.step, col.capped, "Step (capped)", null, "0.000"),
    input(ROW.cap, col.capped, "Cap (capped)", 0.5, "0%"),
    input(13, 0, "Threshold 1", 0.999, "0.0%"),
    input(13, 1, "Share 1", 0.1, "0%"),
    input(14, 0, "Threshold 2", 0.99, "0.0%"),
    input(14, 1, "Share 2", 0.25, "0%"),
    input(15, 0, "Threshold 3", 0.95, "0.0%"),
    input(15, 1, "Share 3", 1, "0%"),
  ];
  return sheet(EXAMPLE_KEYS.SLACREDIT, "DEAL example SLACREDIT", blocks, inputs, RESULT_WIDTHS);
}

/*
 * RAMPPRICE: two deals side by side.
 *   row 4        header: Input | Retailer (playbook) | ServiceNow renewal
 *   rows 5–10    base, ramp periods 1–3, uplift after the term, term (B6:C11)
 *   row 12       results
 */
function rampPrice(): SheetPlan {
  const ROW = { base: 5, ramp: 6, uplift: 9, term: 10 } as const;
  const retailer = 1;
  const renewal = 2;
  const retailerCall = (period: number) =>
    `DEAL.RAMPPRICE(${abs(ROW.base, retailer)},${period},${range(ROW.ramp, retailer, ROW.ramp + 2, retailer)},` +
    `${abs(ROW.uplift, retailer)},${abs(ROW.term, retailer)})`;
  // The ramp argument left out, as the reference writes it.
  const renewalCall = (period: number) =>
    `DEAL.RAMPPRICE(${abs(ROW.base, renewal)},${period},,${abs(ROW.uplift, renewal)},${abs(ROW.term, renewal)})`;
  const blocks: CellBlock[] = [
    ...heading("DEAL.RAMPPRICE: the unit price in force in a period of a ramped deal"),
    {
      at: at(4, 0),
      cells: [[value("Input"), value("Retailer (playbook)"), value("ServiceNow renewal")]],
      style: HEADER_STYLE,
    },
    {
      at: at(5, 0),
      cells: [
        [value("Base price")],
        [value("Ramp: change in period 1")],
        [value("Ramp: change in period 2")],
        [value("Ramp: change in period 3")],
        [value("Uplift each period after the term")],
        [value("Term in periods (blank = length of the ramp)")],
      ],
    },
    ...results(12, [
      {
        name: "Retailer, period 3",
        formula: retailerCall(3),
        expected: 2.295,
        why: "3 × (1 − 15%) × (1 − 10%): year 2 is 15% lower, year 3 another 10%.",
      },
      {
        name: "Retailer, period 4",
        formula: retailerCall(4),
        expected: 2.40975,
        why: "Past the 3-period term, the 5% renewal cap applies once: 2.295 × 1.05.",
      },
      {
        name: "Retailer, period 6",
        formula: retailerCall(6),
        expected: 2.656749375,
        why: "Three periods past the term: 2.295 × 1.05³.",
      },
      {
        name: "ServiceNow, period 3",
        formula: renewalCall(3),
        expected: 242,
        why: "No ramp; after the 2-period term, 10% uplift once: 220 × 1.1.",
      },
      {
        name: "ServiceNow, period 4",
        formula: renewalCall(4),
        expected: 266.2,
        why: "Two periods past the term: 220 × 1.1².",
      },
    ]),
  ];
  const inputs = [
    input(ROW.base, retailer, "Base (retailer)", 3),
    input(ROW.ramp, retailer, "Ramp 1 (retailer)", 0, "0%"),
    input(ROW.ramp + 1, retailer, "Ramp 2 (retailer)", -0.15, "0%"),
    input(ROW.ramp + 2, retailer, "Ramp 3 (retailer)", -0.1, "0%"),
    input(ROW.uplift, retailer, "Uplift (retailer)", 0.05, "0%"),
    input(ROW.term, retailer, "Term (retailer)", null),
    input(ROW.base, renewal, "Base (renewal)", 220),
    input(ROW.uplift, renewal, "Uplift (renewal)", 0.1, "0%"),
    input(ROW.term, renewal, "Term (renewal)", 2),
  ];
  return sheet(EXAMPLE_KEYS.RAMPPRICE, "DEAL example RAMPPRICE", blocks, inputs, RESULT_WIDTHS);
}

/**
 * The four worked-example sheets, in the order of the function reference: TIEREDCOST, ROLLOVER,
 * SLACREDIT, RAMPPRICE. Pure: the same plans on every call.
 */
export function buildExampleSheets(): SheetPlan[] {
  return [tieredCost(), rollover(), slaCredit(), rampPrice()];
}
