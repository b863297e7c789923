import { Dec, ZERO } from "./decimal";
import type { RolloverPeriod } from "./rolloverTypes";

/*
 * Burst flexibility (the playbook's CST-05: "up to 2x normal monthly usage … provided the average
 * balances out"), settled on a draw-down computed by ROLLOVER's ledger. Usage the commitment does
 * not cover, up to `multiple` × the period's commitment, is burst usage. Periods are grouped in
 * windows of `window` periods from period 1 (the last may be shorter). At the end of each window,
 * commitment lost in it (forfeited, plus what the last period carries out when the window ends
 * the term) pays for its bursts; the rest of its burst usage is charged at the committed rate.
 * Shared by DEAL.COMMITCOST and the deal model's burst rule.
 */

/** A window's settlement, reported in its last period; zero in the others. */
export interface BurstSettlement {
  /** Per period: the uncovered usage within `multiple` × the period's commitment. */
  readonly eligible: Dec[];
  /** Per period: the window's burst usage paid for by commitment lost in the window. */
  readonly balanced: Dec[];
  /** Per period: the window's burst usage left to charge at the committed rate (× 1). */
  readonly charge: Dec[];
}

/**
 * Settles bursts on a draw-down, exactly.
 * @param periods the draw-down (rolloverLedger) of `commit` against `usage`
 * @param usage each period's usage
 * @param commit each period's commitment, as the draw-down released it
 * @param multiple ≥ 1; 1 makes nothing eligible
 * @param window whole ≥ 1, periods per window; undefined: one window of all the periods
 */
export function settleBursts(
  periods: readonly RolloverPeriod<Dec>[],
  usage: readonly Dec[],
  commit: readonly Dec[],
  multiple: Dec,
  window: number = periods.length
): BurstSettlement {
  const n = periods.length;
  const eligible = periods.map((p, i) =>
    Dec.max(ZERO, Dec.min(usage[i], multiple.times(commit[i])).minus(p.covered))
  );
  const balanced = Array<Dec>(n).fill(ZERO);
  const charge = Array<Dec>(n).fill(ZERO);
  for (let start = 0; start < n; start += window) {
    const end = Math.min(start + window, n) - 1;
    let bursts: Dec = ZERO;
    let lost: Dec = ZERO;
    for (let i = start; i <= end; i++) {
      bursts = bursts.plus(eligible[i]);
      lost = lost.plus(periods[i].forfeited);
    }
    // What is still carried when the term ends is lost too.
    if (end === n - 1) lost = lost.plus(periods[end].carriedOut);
    balanced[end] = Dec.min(bursts, lost);
    charge[end] = bursts.minus(balanced[end]);
  }
  return { eligible, balanced, charge };
}
