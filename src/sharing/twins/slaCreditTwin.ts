import { defineTwin } from "./source";

/**
 * DEAL.SLACREDIT(uptime, fee, schedule, [per_step], [step], [cap]) in spreadsheet terms
 * (docs/functions.md#slacredit).
 *
 * A schedule of two columns is a table: the share is the largest one whose threshold uptime is
 * strictly below, or 0. Anything else is the target of a linear clause: steps = the ceiling of
 * (target − uptime) / step. DEAL divides exactly; in binary (0.999 − 0.998) / 0.001 is
 * 1.0000000000000009, whose ceiling would be 2, so the twin rounds the quotient to 10 decimal
 * places before taking the ceiling. That is exact for targets and uptimes of up to 13 decimal
 * places with the default step; a quotient within 5e-11 of a whole number is taken as whole.
 * per_step left out of a linear clause gives #N/A (DEAL gives #VALUE!).
 */
export const SLACREDIT_TWIN = defineTwin(
  "SLACREDIT",
  "uptime, fee, schedule, [per_step], [step], [cap]",
  [
    ["capShare", "orDefault(cap, 1)"],
    ["isTable", "columnCount(schedule)=2"],
    ["i", "rowNumbers(schedule)"],
    ["tableShare", "maxOver(i, IF(uptime<INDEX(schedule, i, 1), INDEX(schedule, i, 2), 0))"],
    ["stepShare", "orDefault(per_step, NA())"],
    ["stepSize", "orDefault(step, 0.001)"],
    ["steps", "IF(uptime<schedule, ROUNDUP(ROUND((schedule-uptime)/stepSize, 10), 0), 0)"],
    ["share", "IF(isTable, tableShare, steps*stepShare)"],
  ],
  "fee*MIN(share, capShare)"
);
