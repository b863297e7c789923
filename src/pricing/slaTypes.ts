/** One row of a credit table: below `threshold` uptime, `share` of the fee is credited. */
export interface CreditTableRow {
  /** Uptime as a fraction, 0 to 1. Uptime exactly at the threshold earns nothing from this row. */
  readonly threshold: number;
  /** Share of the fee, 0 to 1. */
  readonly share: number;
  /** Row of the user's table, for error messages; defaults to its position. */
  readonly row?: number;
}

/**
 * A service-credit schedule: a table of thresholds ("below 99.9%: 10%"), or a linear clause
 * ("`perStep` of the fee for every `step` below `target`, or portion thereof").
 */
export type CreditSchedule =
  | { readonly kind: "table"; readonly rows: readonly CreditTableRow[] }
  | {
      readonly kind: "linear";
      readonly target: number;
      readonly perStep: number;
      /** Default 0.001: one tenth of a percentage point. */
      readonly step?: number;
    };

/** What SLACREDIT needs: measured uptime, the fee the credit is a share of, the schedule and a cap. */
export interface SlaCreditTerms {
  /** Measured availability as a fraction, 0 to 1 (99.9% is 0.999). */
  readonly uptime: number;
  /** The period's charge, ≥ 0. */
  readonly fee: number;
  readonly schedule: CreditSchedule;
  /** The largest share credited, 0 to 1; default 1. */
  readonly cap?: number;
}
