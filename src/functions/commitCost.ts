import { commitCost } from "../pricing/commitCost";
import { COMMITCOST } from "./declarations";
import { drawDownReaders } from "./drawDownReaders";
import { cellFunction } from "./runner";

const run = cellFunction(
  COMMITCOST,
  drawDownReaders(COMMITCOST.name),
  (commit, usage, cap, expiry, trueUp, rate, scale, burst, window) =>
    commitCost({ commit, usage, cap, expiry, trueUp, rate, scale, burst, window })
);

/**
 * What a spend commitment costs over all its periods, drawn down with ROLLOVER's rules: every period's commitment, plus uncovered usage at rate, with an optional burst allowance balanced within windows of periods. Exact decimal arithmetic.
 * @customfunction COMMITCOST
 * @helpurl https://localhost:3000/help.html#commitcost
 * @param commit The commitment per period, as in ROLLOVER: one number ≥ 0, or one per period.
 * @param usage Usage per period in the commitment's currency, each ≥ 0, one row or one column (1 to 1200 periods).
 * @param [cap] Share of a period's own commitment that may roll over when unused, 0 to 1; default 1. 0 is use-it-or-lose-it.
 * @param [expiry] Periods a rolled amount stays usable (a whole number ≥ 1); default: it never expires.
 * @param [trueup] Every this many periods, all carried capacity is forfeited (12 = annual true-up of months); default: none.
 * @param [rate] What uncovered usage costs as a multiple of the committed price, ≥ 0 (1.1 = 10% above); default 1.
 * @param [scale] Multiplies every period's commitment, ≥ 0 (0.8 commits 80%); default 1.
 * @param [burst] ≥ 1: uncovered usage up to this multiple of the period's commitment is settled at the committed price, less what commitment lost in its window pays for; default 1 (none).
 * @param [window] Bursts balance within blocks of this many periods from period 1, a whole number ≥ 1; default all the periods.
 * @returns The cost of the commitment over all its periods.
 */
export function commitCostFunction(
  commit: unknown[][],
  usage: unknown[][],
  cap?: unknown,
  expiry?: unknown,
  trueup?: unknown,
  rate?: unknown,
  scale?: unknown,
  burst?: unknown,
  window?: unknown
): number {
  return run(commit, usage, cap, expiry, trueup, rate, scale, burst, window);
}
