import { WorkbookRefusal } from "../../workbook/workbookService";
import { describeSheet, failureOutcome, successOutcome } from "../text/outcome";

const sheet = {
  key: "checklist-SLA",
  sheetName: "DEAL SLA checklist",
  created: true,
  rowsAdded: 10,
  rowsRefreshed: 0,
  userRowsKept: 0,
};

describe("the outcome of an insert", () => {
  it("names a new sheet and the rows added to it", () => {
    expect(describeSheet(sheet)).toBe("'DEAL SLA checklist': new sheet, 10 rows added");
  });

  it("tells refreshed rows and the user's own rows apart on an existing sheet", () => {
    expect(
      describeSheet({ ...sheet, created: false, rowsAdded: 1, rowsRefreshed: 9, userRowsKept: 2 })
    ).toBe("'DEAL SLA checklist': 1 row added, 9 rows refreshed, 2 rows of yours kept");
  });

  it("says when a sheet needed no change", () => {
    expect(describeSheet({ ...sheet, created: false, rowsAdded: 0 })).toBe(
      "'DEAL SLA checklist': already up to date"
    );
  });

  it("sums up a success and lists one line per sheet", () => {
    const other = { ...sheet, key: "checklist-PRC", sheetName: "DEAL PRC checklist", rowsAdded: 9 };
    expect(successOutcome("Inserted 2 checklists", { sheets: [sheet, other] })).toEqual({
      intent: "success",
      text: "Inserted 2 checklists on 2 sheets.",
      lines: [
        "'DEAL SLA checklist': new sheet, 10 rows added",
        "'DEAL PRC checklist': new sheet, 9 rows added",
      ],
    });
  });

  it("shows a refusal in the service's own words", () => {
    const refusal = new WorkbookRefusal("The workbook is read-only. Save a copy to insert.");
    expect(failureOutcome(refusal)).toEqual({
      intent: "error",
      text: "The workbook is read-only. Save a copy to insert.",
      lines: [],
    });
  });

  it("says that nothing changed after any other failure", () => {
    expect(failureOutcome(new Error("Timeout.")).text).toBe(
      "Could not insert: Timeout. If a DEAL sheet looks incomplete, insert again: DEAL refreshes its own content and keeps yours."
    );
    expect(failureOutcome("lost connection").text).toBe(
      "Could not insert: lost connection. If a DEAL sheet looks incomplete, insert again: DEAL refreshes its own content and keeps yours."
    );
  });
});
