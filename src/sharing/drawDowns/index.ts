/** Share-safe plans: DEAL.ROLLOVER's spills as native ledgers on a sheet of draw-downs. */
export { DRAW_DOWNS_KEY, DRAW_DOWNS_SHEET, nativeDrawDowns } from "./nativeDrawDowns";
export { qualifyReferences } from "./qualifyReferences";
