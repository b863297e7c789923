import { WorkbookRefusal } from "../workbook/workbookService";

/*
 * Office.js errors (OfficeExtension.Error: a `code` such as "AccessDenied") turned into refusals
 * the taskpane can show as is. Whether anything changed depends on when Excel failed: while
 * reading nothing was written; during the write batch, Excel may have applied the commands
 * before the failing one.
 */

/** When the error happened: reading changes nothing; writing may have changed part. */
export type InsertPhase = "read" | "write";

const AFTER: Record<InsertPhase, string> = {
  read: "Nothing was changed.",
  write: "Part of the insert may already be in the workbook; inserting again completes it.",
};

/** What to tell the user for each Office error code DEAL can explain. */
const EXPLAINED: Readonly<Record<string, (message: string) => string>> = {
  AccessDenied: () =>
    "Excel did not allow DEAL to change the workbook: a sheet or the workbook may be protected, or the file opened read-only. Check Review > Unprotect Sheet and Review > Protect Workbook, then insert again.",
  InvalidOperationInCellEditMode: () =>
    "Excel is busy editing a cell. Press Enter or Esc to leave the cell, then insert again.",
  ItemNotFound: () =>
    "The workbook changed while DEAL was inserting (a sheet, table or column was renamed or removed). Insert again.",
  ItemAlreadyExists: () =>
    "The workbook changed while DEAL was inserting (a sheet or table with the same name appeared). Insert again.",
  Conflict: () =>
    "The workbook changed while DEAL was inserting (someone else may be editing it). Insert again.",
  InsertDeleteConflict: () =>
    "Excel could not make room for new table rows: another table or merged cells sit below a DEAL table. Move them and insert again.",
  ApiNotFound: () =>
    "This version of Excel lacks features DEAL needs (Excel API 1.12 or later). Update Office and insert again.",
  InvalidOperation: (message) =>
    `Excel refused the change${message === "" ? "" : `: ${message.replace(/\.$/, "")}`}.`,
};

/** The Office error code of `error`, if it is an Office.js error. */
function officeCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || error instanceof WorkbookRefusal) {
    return undefined;
  }
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/**
 * A WorkbookRefusal in the user's words for an Office error DEAL can explain; any other error
 * (a refusal already, a defect, an unknown code) is returned unchanged.
 */
export function refusalForOfficeError(error: unknown, phase: InsertPhase): unknown {
  const code = officeCode(error);
  const explain = code === undefined ? undefined : EXPLAINED[code];
  if (explain === undefined) return error;
  const message = String((error as { message?: unknown }).message ?? "");
  return new WorkbookRefusal(`${explain(message)} ${AFTER[phase]}`);
}
