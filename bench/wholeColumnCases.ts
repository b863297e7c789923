/*
 * Whole-column ranges: each DEAL function given A:A-style arguments, as Excel passes them, an
 * array of 1,048,576 rows, the data on top and blank cells ("" or null) below. Excel builds a
 * fresh array for every call, so each case alternates between two arrays built apart: equal ones
 * where a column of cells shares one table, different ones where nothing can be reused. The
 * arrays are built only when a case runs (each case has its own process), as they take ~100 MB.
 */
import { rampPriceFunction } from "../src/functions/rampPrice";
import { rolloverFunction } from "../src/functions/rollover";
import { slaCreditFunction } from "../src/functions/slaCredit";
import { tieredCostFunction } from "../src/functions/tieredCost";
import type { BenchCase } from "./cases";

const EXCEL_ROWS = 1_048_576;

/** `data` on top of a whole column of `width` blank cells a row (`blank` as Excel passes it). */
function wholeColumn(data: readonly unknown[][], width: number, blank: "" | null): unknown[][] {
  const rows = data.map((row) => [...row]);
  while (rows.length < EXCEL_ROWS) rows.push(new Array<unknown>(width).fill(blank));
  return rows;
}

const tiers = (shift: number) => [
  [1e9, 15 + shift],
  [5e9, 13.5],
  [1e10, 12],
  [5e10, 10.5],
  ["", 9],
];
const schedule = [
  [0.999, 0.1],
  [0.99, 0.25],
  [0.95, 1],
];
const ramp = [[0], [-0.15], [-0.1], [0.05], [0.05]];
const months = (first: number) => Array.from({ length: 36 }, (_, i) => [first + ((i * 97) % 450)]);

/** Two calls' inputs, one with each array: a round of the benchmark makes both calls. */
function alternating<T>(columns: () => readonly [T, T], each: (i: number, column: T) => unknown) {
  const [a, b] = columns();
  return [each(0, a), each(1, b)];
}

/**
 * TIEREDCOST against two whole-column tables on alternate calls: equal ones, blanks alike, when
 * `secondShift` is 0, otherwise different prices and blanks as null.
 */
function tieredCase(label: string, secondShift: number): BenchCase {
  const secondBlank = secondShift === 0 ? "" : null;
  return {
    label,
    perCall: true,
    get inputs() {
      return alternating(
        () => [wholeColumn(tiers(0), 2, ""), wholeColumn(tiers(secondShift), 2, secondBlank)],
        (i, table) => [3e9 + 1e9 * i, table]
      );
    },
    call: ([units, table]: readonly [number, unknown[][]]) =>
      tieredCostFunction(units, table, "graduated", 1e6),
  };
}

export const WHOLE_COLUMN_CASES: Readonly<Record<string, BenchCase>> = {
  wholeColumnTiered: tieredCase("DEAL.TIEREDCOST, tiers A:B, the same table every call", 0),
  wholeColumnTieredNewTable: tieredCase(
    "DEAL.TIEREDCOST, tiers A:B, a different table every call",
    0.25
  ),
  wholeColumnSlaCredit: {
    label: "DEAL.SLACREDIT, schedule A:B",
    perCall: true,
    get inputs() {
      return alternating(
        () => [wholeColumn(schedule, 2, ""), wholeColumn(schedule, 2, null)],
        (i, table) => [0.985 + i / 100, table]
      );
    },
    call: ([uptime, table]: readonly [number, unknown[][]]) =>
      slaCreditFunction(uptime, 850000, table),
  },
  wholeColumnRampPrice: {
    label: "DEAL.RAMPPRICE, ramp A:A",
    perCall: true,
    get inputs() {
      return alternating(
        () => [wholeColumn(ramp, 1, ""), wholeColumn(ramp, 1, null)],
        (i, column) => [4 + i, column]
      );
    },
    call: ([period, column]: readonly [number, unknown[][]]) =>
      rampPriceFunction(3, period, column, 0.05),
  },
  wholeColumnRollover: {
    label: "DEAL.ROLLOVER, commit B:B and usage C:C, 36 periods, a different usage every call",
    perCall: true,
    get inputs() {
      const commit = (first: number) => Array.from({ length: 36 }, (_, i) => [first + i]);
      return alternating(
        () => [
          [wholeColumn(commit(900), 1, ""), wholeColumn(months(800), 1, "")],
          [wholeColumn(commit(950), 1, null), wholeColumn(months(850), 1, null)],
        ],
        (_i, columns) => columns
      );
    },
    call: ([commit, usage]: readonly [unknown[][], unknown[][]]) =>
      rolloverFunction(commit, usage, 0.2, 3, 12),
  },
};
