import { excelError } from "../../../test/support/cellCall";
import { RAMPPRICE, ROLLOVER, SLACREDIT, TIEREDCOST } from "./support/dealFunctions";

/*
 * Whole-column arguments (A:B), as Excel passes them: 1,048,576 rows, the data on top and blank
 * cells ("" or null) below. They must answer as the same call on just the data rows does, see a
 * value typed far below the data, and never answer from a stale remembered table. (Their speed is
 * measured by `npm run bench`, not here.)
 */

const EXCEL_ROWS = 1_048_576;

/** A blank whole column of each width, built once: its rows are two arrays, "" and null. */
const blankColumns = new Map<number, readonly unknown[][]>();

/**
 * `data` on top of a whole column of blank rows, "" and null alternating. The blank rows are
 * shared arrays, which keeps building a column cheap; the tests replace rows, never edit a blank one.
 */
function wholeColumn(data: readonly unknown[][], width: number): unknown[][] {
  let blank = blankColumns.get(width);
  if (blank === undefined) {
    const rows = [new Array<unknown>(width).fill(""), new Array<unknown>(width).fill(null)];
    blank = Array.from({ length: EXCEL_ROWS }, (_, r) => rows[r % 2]);
    blankColumns.set(width, blank);
  }
  const column = blank.slice();
  data.forEach((row, r) => (column[r] = [...row]));
  return column;
}

const TIERS = [
  [10, 2],
  [20, 1.5],
  ["", 1],
];
const SCHEDULE = [
  [0.999, 0.1],
  [0.99, 0.25],
];
const RAMP = [[0], [-0.15], [-0.1]];
const USAGE = [[80], [100], [120], [100]];
const COMMIT = [[100], [90], [110], [100]];

describe("whole-column ranges", () => {
  it("answer as the same call on the data rows alone", () => {
    for (const units of [0, 15, 25]) {
      expect(TIEREDCOST(units, wholeColumn(TIERS, 2))).toBe(TIEREDCOST(units, TIERS));
    }
    expect(SLACREDIT(0.995, 1000, wholeColumn(SCHEDULE, 2))).toBe(SLACREDIT(0.995, 1000, SCHEDULE));
    expect(RAMPPRICE(3, 5, wholeColumn(RAMP, 1), 0.05)).toBe(RAMPPRICE(3, 5, RAMP, 0.05));
    expect(ROLLOVER(wholeColumn(COMMIT, 1), wholeColumn(USAGE, 1), 0.5)).toEqual(
      ROLLOVER(COMMIT, USAGE, 0.5)
    );
    expect(ROLLOVER(100, wholeColumn(USAGE, 1))).toEqual(ROLLOVER(100, USAGE));
  });

  it("name a blank whole column as a blank", () => {
    expect(excelError(() => TIEREDCOST(1, wholeColumn([], 2))).message).toBe(
      TIEREDCOST_BLANK_MESSAGE
    );
    expect(excelError(() => ROLLOVER(100, wholeColumn([], 1))).message).toContain(
      "usage: expected at least one period; got a blank"
    );
  });

  it("see a value below thousands of blank rows", () => {
    const tiers = wholeColumn(TIERS, 2);
    tiers[500_000] = [30, 0.5]; // bounds the open last tier and adds one
    expect(excelError(() => TIEREDCOST(25, tiers)).message).toContain(
      "tiers row 3 (bound): expected a bound; only the last tier may be left without one"
    );
    const schedule = wholeColumn(SCHEDULE, 2);
    schedule[50_000] = [0.9995, 0.05];
    expect(SLACREDIT(0.9992, 1000, schedule)).toBe(50);
    const ramp = wholeColumn(RAMP, 1);
    ramp[999] = [0.5];
    expect(RAMPPRICE(3, 1000, ramp)).toBe(3.4425); // 3 × 0.85 × 0.9 × 1.5
    const usage = wholeColumn(USAGE, 1);
    usage[5_000] = [1];
    expect(excelError(() => ROLLOVER(100, usage)).message).toContain(
      "usage: expected at most 1200 periods; got 5001 periods"
    );
  });

  it("never answer from a stale table: edits of the data, and far below it, count", () => {
    const tiers = wholeColumn(TIERS, 2);
    expect(TIEREDCOST(25, tiers)).toBe(40);
    expect(TIEREDCOST(25, wholeColumn(TIERS, 2))).toBe(40); // a fresh array, the same cells
    tiers[1][1] = 2.5; // the same array, edited in place
    expect(TIEREDCOST(25, tiers)).toBe(50);
    tiers[2][0] = 100; // the last tier gets a bound…
    tiers[700_000] = [200, 0.5]; // …and a tier far below takes over beyond it
    expect(TIEREDCOST(150, tiers)).toBe(20 + 25 + 80 + 25);
    tiers[700_000] = ["", ""]; // cleared again
    expect(excelError(() => TIEREDCOST(150, tiers)).message).toContain(
      "units: expected units at most the last tier's bound (100)"
    );
  });
});

const TIEREDCOST_BLANK_MESSAGE =
  "DEAL.TIEREDCOST: tiers: expected at least one tier row; got a blank.";
