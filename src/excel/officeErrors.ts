import { WorkbookRefusal } from "../workbook/workbookService";

/*
 * Office.js errors (OfficeExtension.Error: a `code` such as "AccessDenied") turned into refusals
 * the taskpane can show as is. Whether anything changed depends on when Excel failed: while
 * reading nothing was written; during the write batch, Excel may have applied the commands
 * before the failing one.
 */

/** When the error happened: reading changes nothing; writing may have changed part. */
export type OfficePhase = "read" | "write";

/** How refusals are worded for one kind of action (inserting sheets, preparing for sharing). */
export interface RefusalWording {
  /** What to do after fixing the cause, e.g. "insert again". */
  readonly retry: string;
  /** What DEAL was doing, e.g. "inserting". */
  readonly doing: string;
  /** What a failed write leaves behind, and how to finish it. */
  readonly afterWrite: string;
  /** Explanations of codes only this action meets. */
  readonly extra?: Readonly<Record<string, (message: string) => string>>;
}

/** The wording of inserts. */
export const INSERT_WORDING: RefusalWording = {
  retry: "insert again",
  doing: "inserting",
  afterWrite: "Part of the insert may already be in the workbook; inserting again completes it.",
};

const detail = (message: string, open: string, close: string) =>
  message === "" ? "" : `${open}${message.replace(/\.$/, "")}${close}`;

/** What to tell the user for each Office error code DEAL can explain. */
function explained(code: string, message: string, w: RefusalWording): string | undefined {
  switch (code) {
    case "AccessDenied":
      return `Excel did not allow DEAL to change the workbook: a sheet or the workbook may be protected, or the file opened read-only. Check Review > Unprotect Sheet and Review > Protect Workbook, then ${w.retry}.`;
    case "InvalidOperationInCellEditMode":
      return `Excel is busy editing a cell. Press Enter or Esc to leave the cell, then ${w.retry}.`;
    case "ItemNotFound":
      return `The workbook changed while DEAL was ${w.doing} (a sheet, table, column or name was renamed or removed). Please ${w.retry}.`;
    case "ItemAlreadyExists":
      return `The workbook changed while DEAL was ${w.doing} (a sheet, table or name with the same name appeared). Please ${w.retry}.`;
    case "Conflict":
      return `The workbook changed while DEAL was ${w.doing} (someone else may be editing it). Please ${w.retry}.`;
    case "InsertDeleteConflict":
      return `Excel could not make room for new table rows: another table or merged cells sit below a DEAL table. Move them and ${w.retry}.`;
    case "ApiNotFound":
      return `This version of Excel lacks features DEAL needs (Excel API 1.12 or later). Update Office and ${w.retry}.`;
    case "InvalidOperation":
      return `Excel refused the change${detail(message, ": ", "")}.`;
    default:
      return w.extra?.[code]?.(message);
  }
}

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
export function refusalForOfficeError(
  error: unknown,
  phase: OfficePhase,
  wording: RefusalWording = INSERT_WORDING
): unknown {
  const code = officeCode(error);
  const message = String((error as { message?: unknown } | null)?.message ?? "");
  const explanation = code === undefined ? undefined : explained(code, message, wording);
  if (explanation === undefined) return error;
  return new WorkbookRefusal(
    `${explanation} ${phase === "read" ? "Nothing was changed." : wording.afterWrite}`
  );
}
