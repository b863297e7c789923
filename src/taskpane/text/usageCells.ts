import { WorkbookRefusal } from "../../workbook/workbookRefusal";
import { errorClause } from "./outcome";

/** What to select for a forecast from cells, as usageFromCells reads it. */
export const USAGE_CELLS_HINT =
  "Select two columns (input and output tokens, millions), a row per month from month 1.";

/**
 * Why the selection could not be used. A refusal already says what to select instead; anything
 * else is unexpected, and reading changes nothing, so the user may simply try again.
 */
export function usageReadFailure(error: unknown): string {
  if (error instanceof WorkbookRefusal) return error.message;
  return `Could not read the selected cells: ${errorClause(error)}. Nothing was changed.`;
}
