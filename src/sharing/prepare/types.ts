import type { Rect } from "../../formula";
import type { SheetEdit } from "../../workbook/edit";

/*
 * "Prepare for sharing" as plain data: what the adapter reads from the workbook (ScopeRead), what
 * the planners decide to change (SharingPlan) and what the taskpane tells the user
 * (SharingReport). Nothing here calls Office; src/excel/sharing reads and writes.
 */

/**
 * - native:  DEAL calls become calls of the native twins (LAMBDA names in Name Manager), and each
 *            DEAL.ROLLOVER its native ledger on the sheet of draw-downs;
 * - values:  DEAL formulas become their current values, the formulas kept for restore;
 * - restore: the kept formulas come back, and native twin calls become DEAL calls again;
 * - repair:  DEAL formulas are entered again, so that cells stuck on #NAME? calculate.
 */
export type SharingAction = "native" | "values" | "restore" | "repair";

/** Which cells an action looks at: the selected cells, the active sheet, or every sheet. */
export type SharingScope = "selection" | "sheet" | "workbook";

/** A cell as Office.js reports it: "" for blank. */
export type OfficeCell = string | number | boolean;

/** A sheet whose cells are in scope, as read. */
export interface ScopeSheet {
  readonly name: string;
  /** Excel's worksheet id: stable when the sheet is renamed. */
  readonly id: string;
  readonly protected: boolean;
  /** Names defined on this sheet only (they hide workbook names of the same spelling there). */
  readonly names: readonly string[];
  /** Where the used range starts; `formulas` and `values` are the used range's cells. */
  readonly at: { readonly row: number; readonly column: number };
  /** Range.formulas: "=…" for a formula, the value otherwise (also for cells a formula spills into). */
  readonly formulas: readonly (readonly OfficeCell[])[];
  /** Range.values of the same cells: tells a formula from text that merely starts with "=". */
  readonly values: readonly (readonly OfficeCell[])[];
  /** The rectangles in scope (the selection); undefined for the whole sheet. */
  readonly areas?: readonly Rect[];
}

/** A workbook-level name in Name Manager. */
export interface WorkbookName {
  readonly name: string;
  readonly formula: string;
  readonly comment: string;
}

/** The formulas DEAL kept when it turned them into values (see store.ts). */
export interface StoreRead {
  /** The store sheet's name as it is now. */
  readonly sheetName: string;
  readonly records: readonly StoredFormula[];
  /** Rows DEAL could not read back (edited by hand?), kept as they are on every rewrite. */
  readonly unreadable: readonly (readonly OfficeCell[])[];
  /** The store's used range (header included), cleared before a rewrite; undefined when empty. */
  readonly used?: Rect;
}

/** One formula turned into its value, kept exactly so that restore puts it back. */
export interface StoredFormula {
  readonly sheetId: string;
  readonly sheetName: string;
  /** The formula's cell (the spill anchor for a dynamic array), e.g. "B4". */
  readonly address: string;
  /** The formula, exactly as Excel reported it, with its "=". */
  readonly formula: string;
  /** Size of what it spilled (1 × 1 for a single-cell result). */
  readonly rows: number;
  readonly columns: number;
  /**
   * JSON of what DEAL wrote into the formula's cell, how restore knows the cell is unchanged: the
   * value ("values"), or for a DEAL.ROLLOVER given a native ledger a LedgerLink (store.ts).
   */
  readonly value: string;
}

/** Everything an action reads before it plans. */
export interface ScopeRead {
  readonly scope: SharingScope;
  readonly readOnly: boolean;
  readonly structureProtected: boolean;
  /** The sheets in scope (DEAL's own store sheet is never among them). */
  readonly sheets: readonly ScopeSheet[];
  /** Every sheet's name, DEAL's store included: a new store sheet needs a free name. */
  readonly sheetNames: readonly string[];
  /** Workbook-level names (read for "native" only; empty otherwise). */
  readonly names: readonly WorkbookName[];
  /** The store, when the workbook has one and the action needs it (values, restore, native). */
  readonly store?: StoreRead;
  /**
   * The sheet of draw-downs (DEAL's key "draw-downs"), when the workbook has one and the action
   * needs it: "native" places new ledgers below its cells, "restore" removes ledgers from it.
   */
  readonly drawDowns?: ScopeSheet;
}

/** A DEAL formula in scope: where it is and what it calls. */
export interface DealFormulaCell {
  readonly sheet: ScopeSheet;
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

/** A DEAL formula's result as read for "values" (and for ROLLOVER, "native"): its cell and spill. */
export interface FormulaResult {
  readonly cell: DealFormulaCell;
  /** The cell's value and Excel's type for it ("Error", "String", "Double", "Boolean", "Empty"). */
  readonly value: OfficeCell;
  readonly valueType: string;
  /** The spill range (anchor included) when the formula spills; undefined otherwise. */
  readonly spill?: {
    readonly rect: Rect;
    readonly values: readonly (readonly OfficeCell[])[];
    readonly valueTypes: readonly (readonly string[])[];
  };
}

/** A place in the workbook, as the report names it. */
export interface Place {
  readonly sheet: string;
  /** "B4", or "D2:H13" for a whole spill range. */
  readonly address: string;
}

/** A cell the action changed. */
export type ChangedPlace = Place;

/** A cell the action left alone, and why, in the user's words. */
export interface SkippedPlace extends Place {
  readonly reason: string;
}

/** What an action did, for the taskpane to tell the user. */
export interface SharingReport {
  readonly action: SharingAction;
  readonly scope: SharingScope;
  /** The formulas changed (one place per formula; a spill range counts as its formula). */
  readonly changed: readonly ChangedPlace[];
  /** The DEAL formulas in scope left as they were, with the reason. */
  readonly skipped: readonly SkippedPlace[];
  /** Names DEAL defined or updated in Name Manager ("native"). */
  readonly namesDefined: readonly string[];
  /**
   * The ledgers of DEAL.ROLLOVER that DEAL wrote ("native") or removed ("restore"), and the
   * sheet of draw-downs they are on; undefined when there were none.
   */
  readonly drawDowns?: { readonly sheet: string; readonly ledgers: number };
}

/** One change to the workbook, applied in the order of the plan. */
export type SharingStep =
  | {
      readonly kind: "defineName";
      readonly name: string;
      readonly formula: string;
      readonly comment: string;
      /** "add" a new name, or "update" DEAL's own earlier definition. */
      readonly how: "add" | "update";
    }
  | {
      /** Cells set as if typed: `formulas` for formulas, `values` for values. */
      readonly kind: "write";
      readonly sheet: string;
      readonly rect: Rect;
      readonly property: "formulas" | "values";
      readonly cells: readonly (readonly OfficeCell[])[];
    }
  | {
      readonly kind: "clear";
      readonly sheet: string;
      readonly rect: Rect;
      /** Formats too (a ledger's), not only the contents. */
      readonly formats?: boolean;
    }
  | {
      /** A DEAL sheet written as an insert writes it: the sheet of draw-downs and its ledgers. */
      readonly kind: "writeSheet";
      readonly edit: SheetEdit;
    }
  | {
      /** Rewrites the store: creates it (very hidden) when needed, clears its old rows, writes all. */
      readonly kind: "writeStore";
      readonly sheetName: string;
      readonly create: boolean;
      /** The old content, cleared first. */
      readonly clear?: Rect;
      readonly rows: readonly (readonly OfficeCell[])[];
    }
  /** Deletes one of DEAL's sheets: the store once empty, or the sheet of draw-downs. */
  | { readonly kind: "deleteSheet"; readonly sheetName: string };

/** The changes of one action, in order, and its report. No steps: the workbook is left untouched. */
export interface SharingPlan {
  readonly steps: readonly SharingStep[];
  readonly report: SharingReport;
}
