/*
 * The ledger: DEAL.ROLLOVER (and DEAL.COMMITCOST, built on it) written out as native formulas, a row per period on a helper sheet,
 * for workbooks shared with people who do not have the add-in (see ../twins/README.md).
 */
export { LedgerUnsupported } from "./ledgerUnsupported";
export { isLedgerTitle, rolloverLedger } from "./rolloverLedger";
export { commitCostLedger, type CommitCostLedger } from "./commitCostLedger";
export type {
  CommitCostCallText,
  LedgerPlacement,
  RolloverCallText,
  RolloverLedger,
} from "./ledgerTypes";
