/*
 * "Prepare for sharing", pure: find DEAL calls in formulas, plan each action, keep formulas for
 * restore, and say what happened. src/excel/sharing reads the workbook and applies the plans.
 */
export * from "./types";
export { findDealCalls, renameCalls, dealName } from "./formulaCalls";
export type { CallForm, DealCall } from "./formulaCalls";
export { dealFormulas } from "./scopeCells";
export { ledgerCandidates, planNative } from "./planNative";
export { planRepair } from "./planRepair";
export { planRestore } from "./planRestore";
export { planValues, valuesCandidates } from "./planValues";
export { twinComment, TWIN_COMMENT_PREFIX } from "./twinNames";
export { readStoreRows, storeRows, STORE_HEADER, STORE_SHEET_KEY, STORE_SHEET_NAME } from "./store";

export { describeSharingFailure, describeSharingReport } from "./describe";
export type { SharingMessage } from "./describe";
