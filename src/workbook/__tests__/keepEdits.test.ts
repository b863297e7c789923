import { reconcile } from "../reconcile";
import { WorkbookRefusal } from "../workbookRefusal";
import { checklistPlan, PlanTexts } from "./reconcileFixtures";
import { SimSheet, SimWorkbook } from "./support/simulateEdit";

/*
 * Inserting again into a workbook the user has worked in, end to end on a stand-in workbook: the
 * first insert, what the user did, the second insert, and what the workbook holds after it.
 * The checklist's table has its header on row 4 (Item ID in A, Ask in B), its items from row 5.
 */

const IDS = ["SLA-01", "SLA-02", "SLA-03"];
const TABLE = "DEAL_Checklist_SLA";
const newWording: PlanTexts = { ask: (id) => `New wording of ${id}`, note: "New example" };

function firstInsert(ids: readonly string[] = IDS): SimWorkbook {
  const book = new SimWorkbook();
  return book.apply(reconcile(book.snapshot(), [checklistPlan(ids)]));
}

/** Inserts again, applies the edit to the workbook, and gives the edit. */
function insertAgain(book: SimWorkbook, ids: readonly string[] = IDS, texts: PlanTexts = {}) {
  const edit = reconcile(book.snapshot(), [checklistPlan(ids, texts)]);
  book.apply(edit);
  return edit;
}

const sheetOf = (book: SimWorkbook): SimSheet => book.sheet("DEAL SLA checklist");
/** Each item's ask after the insert, by item id (rows without an id left out). */
const asks = (book: SimWorkbook) =>
  Object.fromEntries(
    sheetOf(book)
      .rowsOf(TABLE)
      .filter((row) => row[0] !== null)
      .map((row) => [row[0], row[1]])
  );
/** Zero-based row of the item's row on the sheet. */
const rowOf = (book: SimWorkbook, id: string) =>
  4 +
  sheetOf(book)
    .rowsOf(TABLE)
    .findIndex((row) => row[0] === id);
/** Every non-blank cell of column A below the table, as [row, text]. */
function belowTable(book: SimWorkbook): [number, unknown][] {
  const sheet = sheetOf(book);
  const end = 4 + sheet.rowsOf(TABLE).length;
  return [...sheet.cells]
    .map(([key, value]) => [...key.split(":").map(Number), value] as [number, number, unknown])
    .filter(([row, column]) => column === 0 && row >= end)
    .map(([row, , value]) => [row, value]);
}

describe("inserting again keeps what the user typed into DEAL's cells", () => {
  it("refreshes every cell that still holds what DEAL wrote, with DEAL's new text", () => {
    const book = firstInsert();
    const edit = insertAgain(book, IDS, newWording);
    expect(edit.report.sheets[0].editsKept).toEqual([]);
    expect(asks(book)).toEqual({
      "SLA-01": "New wording of SLA-01",
      "SLA-02": "New wording of SLA-02",
      "SLA-03": "New wording of SLA-03",
    });
    expect(belowTable(book)).toEqual([[8, "New example"]]);
  });

  it("writes the same edit on every insert that brings nothing new, and the workbook stays as it is", () => {
    const book = firstInsert();
    sheetOf(book).set(rowOf(book, "SLA-02"), 1, "Ask for 99.95%");
    const once = insertAgain(book, IDS, newWording);
    const before = book.snapshot();
    expect(insertAgain(book, IDS, newWording)).toEqual(once);
    expect(book.snapshot()).toEqual(before);
  });

  it("keeps an ask the user retyped, reports it by item id and column, and refreshes the rest", () => {
    const book = firstInsert();
    sheetOf(book).set(rowOf(book, "SLA-02"), 1, "Ask for 99.95%");
    const edit = insertAgain(book, IDS, newWording);
    expect(edit.report.sheets[0].editsKept).toEqual([
      { cell: "B6", itemId: "SLA-02", column: "Ask" },
    ]);
    expect(asks(book)).toEqual({
      "SLA-01": "New wording of SLA-01",
      "SLA-02": "Ask for 99.95%",
      "SLA-03": "New wording of SLA-03",
    });
  });

  it("keeps and reports it again on every insert, and gives the cell back once the user clears it", () => {
    const book = firstInsert();
    sheetOf(book).set(rowOf(book, "SLA-02"), 1, "Ask for 99.95%");
    insertAgain(book, IDS, newWording);
    expect(insertAgain(book, IDS, newWording).report.sheets[0].editsKept).toHaveLength(1);
    expect(asks(book)["SLA-02"]).toBe("Ask for 99.95%");

    sheetOf(book).set(rowOf(book, "SLA-02"), 1, null);
    expect(insertAgain(book, IDS, newWording).report.sheets[0].editsKept).toEqual([]);
    expect(asks(book)["SLA-02"]).toBe("New wording of SLA-02");
  });

  it("does not report a cell the user set to DEAL's own new text", () => {
    const book = firstInsert();
    sheetOf(book).set(rowOf(book, "SLA-01"), 1, "New wording of SLA-01");
    expect(insertAgain(book, IDS, newWording).report.sheets[0].editsKept).toEqual([]);
  });

  it("follows each row by its id when the user sorted the table and added rows of their own", () => {
    const book = firstInsert();
    const sheet = sheetOf(book);
    sheet.setRows(TABLE, [...sheet.rowsOf(TABLE)].reverse());
    sheet.insertTableRows(TABLE, 0, 2);
    sheet.set(4, 1, "An ask of our own");
    sheet.set(rowOf(book, "SLA-01"), 1, "Our wording");
    const edit = insertAgain(book, IDS, newWording);
    // SLA-03, SLA-02, SLA-01 below the user's two rows: SLA-01 is the fifth data row.
    expect(edit.report.sheets[0]).toMatchObject({
      userRowsKept: 2,
      editsKept: [{ cell: "B9", itemId: "SLA-01", column: "Ask" }],
    });
    expect(asks(book)).toEqual({
      "SLA-01": "Our wording",
      "SLA-02": "New wording of SLA-02",
      "SLA-03": "New wording of SLA-03",
    });
    expect(sheet.get(4, 1)).toBe("An ask of our own");
  });

  it("keeps the note the user rewrote below the table, wherever the table's growth took it", () => {
    const book = firstInsert();
    const sheet = sheetOf(book);
    sheet.set(8, 0, "Our own lesson from the telco deal");
    sheet.insertTableRows(TABLE, 3, 1);
    // A new item is appended: the note moves down by the user's row and the new one.
    const edit = insertAgain(book, [...IDS, "SLA-04"], newWording);
    expect(edit.report.sheets[0].editsKept).toEqual([{ cell: "A11" }]);
    expect(belowTable(book)).toEqual([[10, "Our own lesson from the telco deal"]]);
  });

  it("moves its own note down as the table grows, and leaves no copy of it behind", () => {
    const book = firstInsert();
    sheetOf(book).insertTableRows(TABLE, 3, 1);
    const edit = insertAgain(book, [...IDS, "SLA-04", "SLA-05"], newWording);
    expect(edit.report.sheets[0].editsKept).toEqual([]);
    expect(belowTable(book)).toEqual([[11, "New example"]]);
  });

  it("keeps a cell the user typed into where DEAL writes a blank, and a title the user retyped", () => {
    const book = firstInsert();
    sheetOf(book).set(0, 0, "SLA asks for the 2026 renewal");
    const edit = insertAgain(book, IDS, newWording);
    expect(edit.report.sheets[0].editsKept).toEqual([{ cell: "A1" }]);
    expect(sheetOf(book).get(0, 0)).toBe("SLA asks for the 2026 renewal");
  });
});

describe("a workbook DEAL wrote before it remembered its cells", () => {
  /** The first insert as an earlier DEAL left it: no memory sheet. */
  function earlierInsert(): SimWorkbook {
    const book = firstInsert();
    book.sheets.splice(
      book.sheets.findIndex((sheet) => sheet.dealKey === "memory"),
      1
    );
    return book;
  }

  it("takes cells that hold its current text (or nothing) as its own, and keeps and reports the rest", () => {
    const book = earlierInsert();
    sheetOf(book).set(rowOf(book, "SLA-01"), 1, "Our wording");
    sheetOf(book).set(rowOf(book, "SLA-02"), 1, null);
    const edit = insertAgain(book, IDS, {
      ask: (id) => (id === "SLA-03" ? "Reworded" : `Ask ${id}`),
    });
    // SLA-03 still holds DEAL's earlier text, which DEAL cannot tell from an edit without memory.
    expect(edit.report.sheets[0].editsKept).toEqual([
      { cell: "B5", itemId: "SLA-01", column: "Ask" },
      { cell: "B7", itemId: "SLA-03", column: "Ask" },
    ]);
    expect(asks(book)).toEqual({
      "SLA-01": "Our wording",
      "SLA-02": "Ask SLA-02",
      "SLA-03": "Ask SLA-03",
    });
    expect(edit.memory).toMatchObject({ sheetName: "DEAL memory", create: true });
  });

  it("remembers from then on: DEAL's next new text reaches every cell it wrote", () => {
    const book = earlierInsert();
    insertAgain(book);
    const edit = insertAgain(book, IDS, newWording);
    expect(edit.report.sheets[0].editsKept).toEqual([]);
    expect(Object.values(asks(book))).toEqual(IDS.map((id) => `New wording of ${id}`));
    expect(belowTable(book)).toEqual([[8, "New example"]]);
  });
});

describe("duplicate item ids", () => {
  it("are refused before anything is written, naming the sheet, the rows and the id", () => {
    const book = firstInsert();
    sheetOf(book).set(rowOf(book, "SLA-03"), 0, "SLA-01");
    let message = "";
    try {
      reconcile(book.snapshot(), [checklistPlan(IDS)]);
    } catch (error) {
      expect(error).toBeInstanceOf(WorkbookRefusal);
      message = (error as Error).message;
    }
    expect(message).toBe(
      'In the table "DEAL_Checklist_SLA" on "DEAL SLA checklist", more than one row has the same Item ID: "SLA-01" on rows 5 and 7. DEAL matches its rows by Item ID, so it cannot tell which row is its own. Give each of these rows its own Item ID, or clear the Item ID of a row you added (DEAL leaves rows without one alone), and insert again. Nothing was changed.'
    );
  });

  it("name the first five ids and count the others", () => {
    const ids = Array.from({ length: 7 }, (_, i) => `SLA-0${i + 1}`);
    const book = firstInsert(ids);
    const sheet = sheetOf(book);
    sheet.insertTableRows(TABLE, 7, 7);
    ids.forEach((id, i) => sheet.set(4 + 7 + i, 0, id));
    expect(() => reconcile(book.snapshot(), [checklistPlan(ids)])).toThrow(
      /"SLA-01" on rows 5 and 12; "SLA-02" on rows 6 and 13; .*"SLA-05" on rows 9 and 16; and 2 more ids\./
    );
  });

  it("do not count blank ids: rows of the user's without one are left alone", () => {
    const book = firstInsert();
    sheetOf(book).insertTableRows(TABLE, 0, 2);
    expect(() => insertAgain(book)).not.toThrow();
  });
});
