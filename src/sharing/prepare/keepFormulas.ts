import { freeSheetName, takenNames } from "../../workbook/names";
import { refuseSharing } from "../../workbook/refusals";
import { STORE_SHEET_NAME, storeRows } from "./store";
import type { ScopeRead, SharingStep, StoredFormula } from "./types";

/*
 * Keeping formulas in the store before DEAL replaces them ("values", and "native" for
 * DEAL.ROLLOVER), so that Restore puts them back: one step that rewrites the store with the
 * records it holds and the new ones.
 */

/** The store's name: the one the workbook has, or a free one for a new store. */
export function storeName(read: ScopeRead): string {
  return read.store?.sheetName ?? freeSheetName(STORE_SHEET_NAME, takenNames(read.sheetNames));
}

/**
 * Refuses when sheets must be added (`wanted`, by name with what each is for) and the
 * workbook's structure is protected.
 */
export function refuseNewSheets(
  read: ScopeRead,
  wanted: readonly { readonly name: string; readonly holds: string }[]
): void {
  if (wanted.length > 0 && read.structureProtected) throw refuseSharing.structureProtected(wanted);
}

/** What the store must add for these records, when its sheet does not exist yet. */
export const newStore = (read: ScopeRead) =>
  read.store === undefined
    ? [{ name: storeName(read), holds: "keeps the formulas for Restore" }]
    : [];

/**
 * The step that keeps `records` in the store, creating it when the workbook has none. A new
 * record replaces an older one of the same cell (that cell held a formula again); rows DEAL
 * could not read are kept as they are.
 */
export function keepStep(read: ScopeRead, records: readonly StoredFormula[]): SharingStep {
  const store = read.store;
  const replaced = (old: StoredFormula) =>
    records.some((record) => record.sheetId === old.sheetId && record.address === old.address);
  const kept = (store?.records ?? []).filter((old) => !replaced(old));
  return {
    kind: "writeStore",
    sheetName: storeName(read),
    create: store === undefined,
    ...(store?.used === undefined ? {} : { clear: store.used }),
    rows: storeRows([...kept, ...records], store?.unreadable ?? []),
  };
}
