import type { ModelPrice } from "../content/catalog/types";
import type { CellsForecast, ModelSettings, Offer } from "../dealModel";
import type { SharingAction, SharingReport, SharingScope } from "../sharing/prepare/types";
import type { ChecklistLayout } from "../workbook/checklistSheets";
import type { InsertReport } from "../workbook/insertReport";

/**
 * What the taskpane asks of the workbook. The Office.js implementation is excelWorkbookService.ts; the
 * taskpane receives it as a prop, so its components hold no Office calls.
 */
export interface WorkbookService {
  /** Inserts or refreshes the checklists of the given sections (codes like "SLA"). */
  insertChecklists(sectionCodes: readonly string[], layout: ChecklistLayout): Promise<InsertReport>;
  /** Inserts or refreshes the competitor benchmark sheet from this price catalog. */
  insertBenchmark(catalog: readonly ModelPrice[]): Promise<InsertReport>;
  /** Both at once, in a single pass over the workbook (one read, one write). */
  insertEverything(
    sectionCodes: readonly string[],
    layout: ChecklistLayout,
    catalog: readonly ModelPrice[]
  ): Promise<InsertReport>;
  /**
   * Writes a deal model comparing these offers (2 to 4, each valid: see offerProblems) with these
   * settings (valid: see settingsProblems) on a new sheet; earlier model sheets are left as they
   * are, so rounds of a negotiation can be compared.
   */
  insertModel(offers: readonly Offer[], settings: ModelSettings): Promise<InsertReport>;
  /**
   * The usage forecast in the cells the user has selected: two columns (input, output tokens in
   * millions), a row per month (see usageFromCells). Refuses (WorkbookRefusal) any other selection.
   */
  readSelectedUsage(): Promise<CellsForecast>;
  /**
   * Prepares the workbook for people without DEAL: DEAL formulas in `scope` become native formulas
   * or values, come back (restore), or are entered again (repair). See src/sharing/prepare.
   */
  prepareForSharing(action: SharingAction, scope: SharingScope): Promise<SharingReport>;
}
