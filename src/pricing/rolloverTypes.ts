/** The most periods ROLLOVER computes: a hundred years of months. */
export const ROLLOVER_MAX_PERIODS = 1200;

/** A commitment drawn down period by period, with unused capacity rolling over. */
export interface RolloverTerms {
  /** The commitment: the same amount every period, or one amount per period (as many as `usage`). */
  readonly commit: number | readonly number[];
  /** Usage per period, each ≥ 0; 1 to 1200 periods. */
  readonly usage: readonly number[];
  /** Share of a period's own commitment that may roll over when unused, 0 to 1; default 1 (all). */
  readonly cap?: number;
  /** Periods a rolled amount stays usable: rolled at the end of period i, usable in i+1 … i+expiry. Default: never expires. */
  readonly expiry?: number;
  /** Every `trueUp` periods (12 for an annual true-up of monthly periods), all carried capacity is forfeited. Default: none. */
  readonly trueUp?: number;
}

/** One period of the draw-down, the five columns DEAL.ROLLOVER spills. */
export interface RolloverPeriod<T = number> {
  /** Capacity carried into the period from earlier ones. */
  readonly carriedIn: T;
  /** Usage met by carried capacity and the period's commitment. */
  readonly covered: T;
  /** Usage beyond what was available. */
  readonly overage: T;
  /** Capacity carried to the next period. */
  readonly carriedOut: T;
  /** Capacity lost in the period: unused commitment above the cap, expired carry, or a true-up. */
  readonly forfeited: T;
}
