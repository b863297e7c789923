import { WorkbookRefusal } from "../../workbook/workbookRefusal";
import { describeSheet, failureOutcome, successOutcome } from "../text/outcome";

const sheet = {
  key: "checklist-SLA",
  sheetName: "DEAL SLA checklist",
  created: true,
  rowsAdded: 10,
  rowsRefreshed: 0,
  userRowsKept: 0,
  editsKept: [],
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

  it("names the cells of DEAL's the user edited, by item and column, and says how to take DEAL's text", () => {
    const edited = {
      ...sheet,
      created: false,
      rowsAdded: 0,
      rowsRefreshed: 10,
      editsKept: [{ cell: "B7", itemId: "SLA-01", column: "Ask" }, { cell: "A20" }],
    };
    expect(describeSheet(edited)).toBe(
      "'DEAL SLA checklist': 10 rows refreshed, 2 edits of yours kept (SLA-01 Ask in B7, A20)"
    );
    expect(successOutcome("Inserted 1 checklist", { sheets: [edited] }).text).toBe(
      "Inserted 1 checklist on 1 sheet. Cells of DEAL's that you edited keep your text, and DEAL's text for them was not written: to take DEAL's text, clear the cell and insert again."
    );
  });

  it("names the first eight kept edits and counts the rest", () => {
    const editsKept = Array.from({ length: 11 }, (_, i) => ({ cell: `A${i + 1}` }));
    expect(describeSheet({ ...sheet, created: false, rowsAdded: 0, editsKept })).toBe(
      "'DEAL SLA checklist': 11 edits of yours kept (A1, A2, A3, A4, A5, A6, A7, A8, 3 more)"
    );
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
