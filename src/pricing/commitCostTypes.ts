import type { RolloverTerms } from "./rolloverTypes";

/** A commitment drawn down as in ROLLOVER, with what uncovered usage costs: DEAL.COMMITCOST's terms. */
export interface CommitCostTerms extends RolloverTerms {
  /** Multiplier on uncovered usage, ≥ 0; default 1 (the committed price). */
  readonly rate?: number;
  /** Multiplies every period's commitment, ≥ 0; default 1. */
  readonly scale?: number;
  /** ≥ 1: uncovered usage up to this multiple of the period's commitment is burst usage; default 1 (none). */
  readonly burst?: number;
  /** Whole ≥ 1: bursts balance within blocks of this many periods from period 1; default all the periods. */
  readonly window?: number;
}
