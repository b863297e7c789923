import type { SharingAction } from "../../sharing/prepare";
import { OfficePhase, refusalForOfficeError, RefusalWording } from "../officeErrors";

/*
 * Office.js errors during "Prepare for sharing", worded for that action: every plan keeps a
 * formula before replacing it, so after a failed write, running the action again completes it.
 */

function sharingWording(action: SharingAction): RefusalWording {
  return {
    retry: "try again",
    doing: "working",
    afterWrite:
      "Part of the change may already be in the workbook; DEAL kept every formula it replaced, so running the action again completes it.",
    afterPartialWrite: (done, total) =>
      `DEAL had written ${done} of the ${total} parts of the change, so the workbook holds part of it; DEAL kept every formula it replaced, so running the action again completes it.`,
    extra: {
      InvalidArgument: (message) =>
        action === "native"
          ? `Excel did not accept a native formula${message === "" ? "" : ` (${message.replace(/\.$/, "")})`}: native formulas need LAMBDA, which Excel 365 and Excel 2024 have.`
          : `Excel did not accept a change${message === "" ? "" : `: ${message.replace(/\.$/, "")}`}.`,
    },
  };
}

/**
 * A WorkbookRefusal in the user's words for an Office error DEAL can explain; any other error (a
 * refusal already, a defect, an unknown code) is returned unchanged.
 */
export function sharingRefusalFor(
  error: unknown,
  phase: OfficePhase,
  action: SharingAction,
  progress?: { readonly done: number; readonly total: number }
): unknown {
  return refusalForOfficeError(error, phase, sharingWording(action), progress);
}
