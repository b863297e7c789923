import { WorkbookRefusal } from "../../workbook/workbookService";
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
});
