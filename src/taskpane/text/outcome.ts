import type { InsertReport, KeptEdit, SheetOutcome } from "../../workbook/insertReport";
import { WorkbookRefusal } from "../../workbook/workbookRefusal";
import { count } from "./count";

/** How many kept edits a sheet's line names before it says how many more there are. */
const KEPT_NAMED = 8;

const KEPT_EDITS =
  "Cells of DEAL's that you edited keep your text, and DEAL's text for them was not written: " +
  "to take DEAL's text, clear the cell and insert again.";

const AFTER_FAILURE =
  "If a DEAL sheet looks incomplete, insert again: DEAL refreshes its own content and keeps yours.";

/** What the taskpane tells the user after an insert: a headline and, on success, a line per sheet. */
export interface Outcome {
  readonly intent: "success" | "error";
  readonly text: string;
  readonly lines: readonly string[];
}

/** "SLA-03 Target in E9" for a table cell, "A20" for another. */
function describeKept(edit: KeptEdit): string {
  return edit.itemId === undefined ? edit.cell : `${edit.itemId} ${edit.column} in ${edit.cell}`;
}

/** "2 edits of yours kept (SLA-01 Ask in C7, A20)", the first few named. */
function keptEdits(edits: readonly KeptEdit[]): string {
  const named = edits.slice(0, KEPT_NAMED).map(describeKept);
  if (edits.length > KEPT_NAMED) named.push(`${edits.length - KEPT_NAMED} more`);
  return `${count(edits.length, "edit")} of yours kept (${named.join(", ")})`;
}

/** "'DEAL SLA checklist': new sheet, 10 rows added". */
export function describeSheet(sheet: SheetOutcome): string {
  const parts: string[] = [];
  if (sheet.created) parts.push("new sheet");
  if (sheet.rowsAdded > 0) parts.push(`${count(sheet.rowsAdded, "row")} added`);
  if (sheet.rowsRefreshed > 0) parts.push(`${count(sheet.rowsRefreshed, "row")} refreshed`);
  if (sheet.userRowsKept > 0) parts.push(`${count(sheet.userRowsKept, "row")} of yours kept`);
  if (sheet.editsKept.length > 0) parts.push(keptEdits(sheet.editsKept));
  if (parts.length === 0) parts.push("already up to date");
  return `'${sheet.sheetName}': ${parts.join(", ")}`;
}

/**
 * A success outcome: `headline` (what was inserted), then where each sheet's content went; when
 * cells the user edited were kept, how to take DEAL's text instead.
 */
export function successOutcome(headline: string, report: InsertReport): Outcome {
  const where = report.sheets.length === 0 ? "" : ` on ${count(report.sheets.length, "sheet")}`;
  const kept = report.sheets.some((sheet) => sheet.editsKept.length > 0);
  return {
    intent: "success",
    text: `${headline}${where}.${kept ? ` ${KEPT_EDITS}` : ""}`,
    lines: report.sheets.map(describeSheet),
  };
}

/**
 * A failure outcome. A refusal already speaks to the user (and knows whether anything changed) and
 * is shown as it is. Anything else is unexpected, and Excel does not undo a batch that failed
 * halfway, so the message says how to repair: inserting again is safe.
 */
export function failureOutcome(error: unknown): Outcome {
  if (error instanceof WorkbookRefusal) return { intent: "error", text: error.message, lines: [] };
  return {
    intent: "error",
    text: `Could not insert: ${errorClause(error)}. ${AFTER_FAILURE}`,
    lines: [],
  };
}

/** An unexpected error's message as a clause of a sentence: trimmed, without its final stop. */
export function errorClause(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().replace(/\.+$/, "") || "unknown error";
}
