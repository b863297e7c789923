import { WorkbookRefusal } from "../workbook/workbookRefusal";

/*
 * Office.js errors (OfficeExtension.Error: a `code` such as "AccessDenied") turned into refusals
 * the taskpane can show as is. Whether anything changed depends on when Excel failed: while
 * reading nothing was written; during a write sync, Excel may have applied the commands before
 * the failing one, and a write split over several syncs (batching/) has written the syncs before.
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
  /**
   * What a write split over several syncs leaves behind when one after the first fails: that
   * part was written, and how to finish it.
   */
  readonly afterPartialWrite?: (done: number, total: number) => string;
  /** Explanations of codes only this action meets. */
  readonly extra?: Readonly<Record<string, (message: string) => string>>;
}

/** The wording of inserts. */
export const INSERT_WORDING: RefusalWording = {
  retry: "insert again",
  doing: "inserting",
  afterWrite: "Part of the insert may already be in the workbook; inserting again completes it.",
  afterPartialWrite: (done, total) =>
    `DEAL had written ${done} of the ${total} parts of the insert, so the workbook holds part of it; inserting again completes it.`,
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
    // Excel on the web's 5 MB limit on one request or response: DEAL sizes its requests at
    // 2 MB, so only an estimate far off (very long text in the workbook) meets it.
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return `Excel on the web refused a request of DEAL's as too large (it takes at most 5 MB at once): the workbook may hold very long text in the cells DEAL works on. Use Excel for Windows or Mac, or shorten that text, then ${w.retry}.`;
    case "RangeExceedsLimit":
      return `Excel refused to read a range of more than 5,000,000 cells. Use fewer or smaller sheets, then ${w.retry}.`;
    // Office.js's own codes for a request that ran out of time or was cut off.
    case "Timeout":
    case "RequestAborted":
    case "InvalidOrTimedOutSession":
    case "ActivityLimitReached":
    case "ConnectionFailure":
      return `Excel did not finish in time or lost the connection while DEAL was ${w.doing} (the workbook may be busy recalculating, or the network slow). Wait a moment, then ${w.retry}.`;
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
  wording: RefusalWording = INSERT_WORDING,
  progress?: { readonly done: number; readonly total: number }
): unknown {
  const code = officeCode(error);
  const message = String((error as { message?: unknown } | null)?.message ?? "");
  const explanation = code === undefined ? undefined : explained(code, message, wording);
  if (explanation === undefined) return error;
  const after =
    phase === "read"
      ? "Nothing was changed."
      : progress !== undefined && progress.done > 0 && wording.afterPartialWrite !== undefined
        ? wording.afterPartialWrite(progress.done, progress.total)
        : wording.afterWrite;
  return new WorkbookRefusal(`${explanation} ${after}`);
}
