import { Dec, ZERO, dec } from "../pricing/decimal";
import type { Burst } from "./offerTerms";

/*
 * The burst rule of a monthly commitment (schedule.ts, rule 7; playbook CST-05: "up to 2x normal
 * monthly usage at the committed rate, provided the average balances out"), settled from
 * DEAL.ROLLOVER's draw-down with native formulas on the sheet:
 * - a month's burst usage is the part of its overage within the multiple of its commitment:
 *   eligible = MAX(0, MIN(overage, multiple × commitment released − covered)), which is
 *   MIN(usage, multiple × released) − covered written so that no overage gives exactly none;
 * - months fall in windows of W from month 1 (the last may be shorter). In a window's last month,
 *   balanced = MIN(Σ eligible, Σ lost in the window, plus what is still carried when the window
 *   ends the term): commitment that would be lost pays for the bursts, so they cost nothing more;
 * - the rest of the window's burst usage, Σ eligible − balanced, is charged then at the committed
 *   rate (× 1); overage beyond the allowance, overage − eligible, at the overage rate in its month.
 * With a multiple of 1 nothing is burst usage: the rule without bursts.
 *
 * Each figure is the number nearest the exact decimal of its cell's formula.
 */

/** One month of the draw-down, as the sheet holds ROLLOVER's spill and the usage cost. */
export interface DrawnMonth {
  readonly released: number;
  readonly covered: number;
  readonly overage: number;
  readonly forfeited: number;
  readonly carriedOut: number;
}

/** What the burst rule makes of one month. */
export interface BurstMonth {
  /** Overage within the multiple of the month's commitment. */
  readonly eligible: number;
  /** In a window's last month, the burst usage that commitment otherwise lost pays for; else 0. */
  readonly balanced: number;
  /** In a window's last month, its burst usage charged at the committed rate; else 0. */
  readonly settled: number;
}

const sum = (values: readonly number[]): Dec => values.reduce((s: Dec, v) => s.plus(dec(v)), ZERO);

/** The burst rule over the term's months (`null`: no bursts, every figure 0). */
export function settleBursts(months: readonly DrawnMonth[], burst: Burst | null): BurstMonth[] {
  if (burst === null) return months.map(() => ({ eligible: 0, balanced: 0, settled: 0 }));
  const multiple = dec(burst.multiple);
  const eligible = months.map((m) => {
    const room = multiple.times(dec(m.released)).minus(dec(m.covered));
    return Dec.max(ZERO, Dec.min(dec(m.overage), room)).toNumber();
  });
  const n = months.length;
  return months.map((m, i) => {
    const month = i + 1;
    if (month % burst.windowMonths !== 0 && month !== n) {
      return { eligible: eligible[i], balanced: 0, settled: 0 };
    }
    const start = i - ((month - 1) % burst.windowMonths);
    const bursts = sum(eligible.slice(start, i + 1));
    const lost = sum(months.slice(start, i + 1).map((w) => w.forfeited)).plus(
      dec(month === n ? m.carriedOut : 0)
    );
    const balanced = Dec.min(bursts, lost);
    return {
      eligible: eligible[i],
      balanced: balanced.toNumber(),
      settled: bursts.minus(dec(balanced.toNumber())).toNumber(),
    };
  });
}
