import type { CellBlock, CellPosition, SheetPlan } from "../plan";
import {
  EXAMPLE_KEYS,
  HEADER_STYLE,
  HEADING_STYLE,
  NOTE_STYLE,
  RESULT_STYLE,
  WHY_STYLE,
  abs,
  at,
  heading,
  input,
  range,
  sheet,
  value,
} from "./layout";

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

export function rolloverExample(): SheetPlan {
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
