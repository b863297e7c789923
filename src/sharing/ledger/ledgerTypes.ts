import type { CellBlock } from "../../workbook/plan";
import type { PeriodGrid } from "./periodColumns";

/**
 * A DEAL.ROLLOVER call as argument texts usable from any cell of any sheet: references absolute and
 * sheet-qualified ('DEAL model'!$K$60:$K$95), or constants; "" for an omitted argument.
 */
export interface RolloverCallText {
  readonly commit: string;
  readonly usage: string;
  readonly cap: string;
  readonly expiry: string;
  readonly trueup: string;
  /** Where the call sits, for the ledger's title, e.g. "'DEAL model'!K60". */
  readonly source: string;
}

/** A DEAL.COMMITCOST call's argument texts: ROLLOVER's, then its own four. */
export interface CommitCostCallText extends RolloverCallText {
  readonly rate: string;
  readonly scale: string;
  readonly burst: string;
  readonly window: string;
}

/** Where a ledger goes: its top-left cell on the ledger sheet, zero-based. */
export interface LedgerPlacement {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/** A DEAL.ROLLOVER call written out as native formulas, one row per period. */
export interface RolloverLedger {
  /** Title, argument cells, header and one row per period, placed on the ledger sheet. */
  readonly blocks: CellBlock[];
  /** Rows and columns the ledger occupies from its placement. */
  readonly height: number;
  readonly width: number;
  /**
   * Periods × 5 formula texts ("='DEAL draw-downs'!$D$9") for the cells the DEAL formula spilled
   * into: carried in, covered, overage, carried out, forfeited.
   */
  readonly outputs: string[][];
  /** Where its period rows are and the absolute addresses of the cells they read. */
  readonly grid: PeriodGrid;
}

/** What a function built on the ledger (COMMITCOST) changes in it. */
export interface LedgerExtension {
  /** The title, in the ledger's top-left cell. */
  readonly title: string;
  /** The two lines of how to read it. */
  readonly note: readonly [string, string];
  /** Argument rows to leave free under the true-up's, for the extension's own. */
  readonly moreArgumentRows: number;
  /** The absolute address of a cell whose value multiplies every period's commitment. */
  readonly scaleCell?: string;
}
