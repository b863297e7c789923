import { rollover } from "../pricing/rollover";
import { Cell, asRows } from "./cells";
import { ROLLOVER } from "./declarations";
import { drawDownReaders } from "./drawDownReaders";
import { rememberLastRange } from "./lastRangeMemo";
import { cellFunction } from "./runner";

const run = cellFunction(
  ROLLOVER,
  drawDownReaders(ROLLOVER.name),
  (commit, usage, cap, expiry, trueUp) =>
    rollover({ commit, usage, cap, expiry, trueUp }).map((p) => [
      p.carriedIn,
      p.covered,
      p.overage,
      p.carriedOut,
      p.forfeited,
    ])
);

/**
 * Period-by-period draw-down of a committed amount, with rollover of unused capacity. Spills one row per period: carried in, covered, overage, carried out, forfeited.
 * @customfunction ROLLOVER
 * @helpurl https://localhost:3000/help.html#rollover
 * @param commit The commitment per period: one number ≥ 0, or a list with one per period (as long as usage).
 * @param usage Usage per period, each ≥ 0, one row or one column (1 to 1200 periods; blanks inside count as 0).
 * @param [cap] Share of a period's own commitment that may roll over when unused, 0 to 1; default 1. 0 is use-it-or-lose-it.
 * @param [expiry] Periods a rolled amount stays usable (a whole number ≥ 1); default: it never expires.
 * @param [trueup] Every this many periods, all carried capacity is forfeited (12 = annual true-up of months); default: none.
 * @returns Five columns per period: carried in, covered, overage, carried out, forfeited.
 */
export function rolloverFunction(
  commit: unknown[][],
  usage: unknown[][],
  cap?: unknown,
  expiry?: unknown,
  trueup?: unknown
): number[][] {
  return drawDownOf([...asRows(commit), [ARGUMENT_END], ...asRows(usage), [cap, expiry, trueup]]);
}

/** Ends the commit's rows in the remembered cells, so that no commit and usage split alike. */
const ARGUMENT_END = Symbol("end of commit");

/**
 * The draw-down of a call's cells: the commit's rows, ARGUMENT_END, the usage's rows, then one
 * row of cap, expiry and true-up. A file stores a spill cell by cell, as INDEX(DEAL.ROLLOVER(…),
 * row, column) (docs/workbook-files.md), so the cells of one draw-down make the same call one
 * after another: the last call's result is remembered by its cell values.
 */
const drawDownOf = rememberLastRange((rows: readonly Cell[][]): number[][] => {
  const end = rows.findIndex((row) => row[0] === ARGUMENT_END);
  const [cap, expiry, trueup] = rows[rows.length - 1];
  return run(rows.slice(0, end), rows.slice(end + 1, -1), cap, expiry, trueup);
});
