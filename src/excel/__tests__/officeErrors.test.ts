import { WorkbookRefusal } from "../../workbook/workbookRefusal";
import { refusalForOfficeError } from "../officeErrors";

const officeError = (code: string, message = "Excel message.") =>
  Object.assign(new Error(message), { code, name: "RichApi.Error" });

describe("refusalForOfficeError", () => {
  it("explains a protected workbook, saying whether anything changed", () => {
    const read = refusalForOfficeError(officeError("AccessDenied"), "read");
    expect(read).toBeInstanceOf(WorkbookRefusal);
    expect((read as Error).message).toMatch(/Unprotect Sheet.*Nothing was changed\.$/);
    const write = refusalForOfficeError(officeError("AccessDenied"), "write");
    expect((write as Error).message).toMatch(/inserting again completes it\.$/);
  });

  it("quotes Excel's own words for an invalid operation", () => {
    const refusal = refusalForOfficeError(
      officeError("InvalidOperation", "The range cannot be merged."),
      "write"
    );
    expect((refusal as Error).message).toMatch(
      /^Excel refused the change: The range cannot be merged\. /
    );
  });

  it("leaves refusals, defects and unknown codes as they are", () => {
    const refusal = new WorkbookRefusal("Read-only.");
    expect(refusalForOfficeError(refusal, "read")).toBe(refusal);
    const defect = new TypeError("x is undefined");
    expect(refusalForOfficeError(defect, "write")).toBe(defect);
    const unknown = officeError("GeneralException");
    expect(refusalForOfficeError(unknown, "write")).toBe(unknown);
    expect(refusalForOfficeError("a string", "read")).toBe("a string");
  });

  it.each(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"])(
    "explains Excel on the web's payload limit (%s)",
    (code) => {
      const refusal = refusalForOfficeError(officeError(code), "read");
      expect((refusal as Error).message).toBe(
        "Excel on the web refused a request of DEAL's as too large (it takes at most 5 MB at once): the workbook may hold very long text in the cells DEAL works on. Use Excel for Windows or Mac, or shorten that text, then insert again. Nothing was changed."
      );
    }
  );

  it.each([
    "Timeout",
    "RequestAborted",
    "InvalidOrTimedOutSession",
    "ActivityLimitReached",
    "ConnectionFailure",
  ])("explains a request that timed out or was cut off (%s)", (code) => {
    const refusal = refusalForOfficeError(officeError(code), "write");
    expect((refusal as Error).message).toMatch(
      /^Excel did not finish in time or lost the connection while DEAL was inserting .* Wait a moment, then insert again\. Part of the insert may already be in the workbook; inserting again completes it\.$/
    );
  });

  it("says how much of a split write was done when a later sync fails", () => {
    const partial = refusalForOfficeError(officeError("Timeout"), "write", undefined, {
      done: 3,
      total: 10,
    });
    expect((partial as Error).message).toMatch(
      / DEAL had written 3 of the 10 parts of the insert, so the workbook holds part of it; inserting again completes it\.$/
    );
    const first = refusalForOfficeError(officeError("Timeout"), "write", undefined, {
      done: 0,
      total: 10,
    });
    expect((first as Error).message).toMatch(/Part of the insert may already be in the workbook/);
  });
});
