import { abs, formula, rel, value } from "../../workbook/cellPlans";
import type { CellContent } from "../../workbook/plan";

/*
 * One row per period, in the order of docs/functions.md#rollover: usage draws on the carry, then
 * on the period's commitment; unused commitment rolls over up to the cap; carry at the end of its
 * life expires; at a true-up all carry is forfeited.
 *
 * Carry is drawn oldest first and every rolled amount has the same life, so the amounts carried
 * are vintages in order, and the one that expires in period p is vintage p − expiry, the oldest
 * still carried. While any of it is left, the younger vintages are untouched, so what is left of
 * it is the carry after the draw less the younger vintages' full amounts (Rolled over of periods
 * p − expiry + 1 … p − 1). If it was used up, that difference is ≤ 0. After a true-up the younger
 * vintages may include cleared ones, which only makes the difference smaller, and the expiring
 * vintage was cleared too, so MAX(0, …) is right. This needs a fixed number of columns whatever
 * the expiry, and each figure carries rounding in proportion to the amounts carried, not to
 * running totals of the whole term.
 */

/** The ledger's columns, left to right. */
export const PERIOD_COLUMNS = [
  "Period",
  "Usage",
  "Commitment",
  "Carried in",
  "From carry",
  "From commitment",
  "Covered",
  "Overage",
  "Rolled over",
  "Above cap",
  "Expired",
  "True-up",
  "Carried out",
  "Forfeited",
] as const;

export type PeriodColumn = (typeof PERIOD_COLUMNS)[number];

/** The five columns DEAL.ROLLOVER spills, in its order. */
export const SPILLED_COLUMNS: readonly PeriodColumn[] = [
  "Carried in",
  "Covered",
  "Overage",
  "Carried out",
  "Forfeited",
];

/** Where the period rows are, and the absolute addresses of the argument cells they read. */
export interface PeriodGrid {
  /** Zero-based sheet row of period 1. */
  readonly firstRow: number;
  /** Zero-based sheet column of "Period". */
  readonly left: number;
  readonly cap: string;
  readonly expiry: string;
  readonly trueup: string;
}

/** Zero-based sheet column of a ledger column. */
export const columnOf = (grid: PeriodGrid, column: PeriodColumn): number =>
  grid.left + PERIOD_COLUMNS.indexOf(column);

/**
 * The computed cells of period `p` (one-based), "Carried in" to "Forfeited"; Period, Usage and
 * Commitment come from the call.
 */
export function periodFormulas(grid: PeriodGrid, p: number): CellContent[] {
  const row = grid.firstRow + p - 1;
  const x = (column: PeriodColumn, at = row) => rel(at, columnOf(grid, column));
  const [period, usage, commit, carriedIn, fromCarry, fromCommit, rolled, expired, trueUp] = [
    x("Period"),
    x("Usage"),
    x("Commitment"),
    x("Carried in"),
    x("From carry"),
    x("From commitment"),
    x("Rolled over"),
    x("Expired"),
    x("True-up"),
  ];
  const { cap, expiry, trueup } = grid;
  // What is carried after the draw and the expiry, with this period's rolled amount: the carry
  // out, unless a true-up forfeits it. Written the same way twice, so that it cancels exactly.
  const kept = `${carriedIn}-${fromCarry}-${expired}+${rolled}`;
  // The younger vintages: Rolled over of the periods after p − expiry, up to the one before.
  const younger =
    p === 1
      ? ""
      : `SUMIFS(${abs(grid.firstRow, columnOf(grid, "Rolled over"))}:${x("Rolled over", row - 1)},` +
        `${abs(grid.firstRow, columnOf(grid, "Period"))}:${x("Period", row - 1)},">"&(${period}-${expiry}))`;
  return [
    p === 1 ? value(0) : formula(`=${x("Carried out", row - 1)}`),
    formula(`=MIN(${carriedIn},${usage})`),
    formula(`=MIN(${usage}-${fromCarry},${commit})`),
    formula(`=${fromCarry}+${fromCommit}`),
    formula(`=${usage}-${fromCarry}-${fromCommit}`),
    formula(`=MIN(${commit}-${fromCommit},${cap}*${commit})`),
    formula(`=${commit}-${fromCommit}-${rolled}`),
    // Nothing is carried into period 1, so nothing can expire there.
    p === 1
      ? value(0)
      : formula(
          `=IF(ISNUMBER(${expiry}),IF(${period}>${expiry},MAX(0,${carriedIn}-${fromCarry}-${younger}),0),0)`
        ),
    formula(`=IF(ISNUMBER(${trueup}),IF(MOD(${period},${trueup})=0,${kept},0),0)`),
    formula(`=${kept}-${trueUp}`),
    formula(`=${x("Above cap")}+${expired}+${trueUp}`),
  ];
}
