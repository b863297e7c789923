import { rampPrice } from "../pricing/rampPrice";
import { RAMPPRICE } from "./declarations";
import { cellFunction } from "./runner";

/** Every argument is a number or a list: the runner reads them all by their declarations. */
const run = cellFunction(RAMPPRICE, {}, (base, period, ramp, uplift, term) =>
  rampPrice({ base, period, ramp, uplift, term })
);

/**
 * The unit price in force in a period of a ramped, multi-period deal: base × the ramp's changes up to that period, then the renewal uplift compounded each period after the term.
 * @customfunction RAMPPRICE
 * @helpurl https://localhost:3000/help.html#rampprice
 * @param base The price before any change, ≥ 0.
 * @param period Which period to price, a whole number from 1 to 1200.
 * @param [ramp] Changes per period within the term, each > -1 (-0.15 is a 15% cut); one row or column, blanks count as 0.
 * @param [uplift] Change applied each period after the term, compounded (a 5% renewal cap is 0.05); default 0.
 * @param [term] Periods in the committed term, a whole number ≥ 1; default the length of ramp, or 1.
 * @returns The price in force in that period.
 */
export function rampPriceFunction(
  base: unknown,
  period: unknown,
  ramp?: unknown[][],
  uplift?: unknown,
  term?: unknown
): number {
  return run(base, period, ramp, uplift, term);
}
