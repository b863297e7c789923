import type { RolloverPeriod } from "../../../pricing";
import type { Read } from "./ledgerEngine";

/*
 * The ledger computes in floating point, DEAL exactly: the tests measure how far apart they are,
 * against the call's scale (its largest usage or commitment), and plainly where DEAL's figure is
 * not 0 (a figure that is a small difference of large amounts can be off by more, relatively).
 */

/** How far the ledger may be from DEAL, as a share of the call's scale. */
export const SCALE_TOLERANCE = 1e-12;

/** The five figures of a period in DEAL.ROLLOVER's column order. */
export const spilled = (p: RolloverPeriod): number[] => [
  p.carriedIn,
  p.covered,
  p.overage,
  p.carriedOut,
  p.forfeited,
];

export interface Measured {
  /** The largest |ledger − DEAL| / scale. */
  readonly ofScale: number;
  /** The largest |ledger − DEAL| / |DEAL| where DEAL's figure is not 0, and that figure. */
  readonly relative: number;
  readonly at: number;
  /** Cells that hold something other than a number. */
  readonly notNumbers: readonly string[];
}

/** Compares a ledger's outputs (periods × 5) with the core's periods. */
export function measure(
  outputs: readonly (readonly Read[])[],
  expected: readonly RolloverPeriod[],
  scale: number
): Measured {
  let ofScale = 0;
  let relative = 0;
  let at = 0;
  const notNumbers: string[] = [];
  expected.forEach((period, r) =>
    spilled(period).forEach((deal, c) => {
      const got = outputs[r]?.[c];
      if (typeof got !== "number") {
        notNumbers.push(`period ${r + 1}, column ${c + 1}: ${String(got)}`);
        return;
      }
      const difference = Math.abs(got - deal);
      ofScale = Math.max(ofScale, difference / scale);
      if (deal !== 0 && difference / Math.abs(deal) > relative) {
        relative = difference / Math.abs(deal);
        at = deal;
      }
    })
  );
  return { ofScale, relative, at, notNumbers };
}
