/** Native ledgers of DEAL.ROLLOVER on a sheet of draw-downs, for share-safe plans and Office.js. */
export { DRAW_DOWNS_KEY, DRAW_DOWNS_SHEET, drawDownsSheetPlan, ledgerTops } from "./drawDownsSheet";
export { type LedgerRequest, nextLedgerTop, type StackedLedger, stackLedgers } from "./ledgerStack";
export { nativeDrawDowns } from "./nativeDrawDowns";
export { qualifyReferences } from "./qualifyReferences";
export { type RolloverFormula, wholeRolloverCall } from "./rolloverCall";
