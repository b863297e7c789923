import { rectBetween } from "../../formula";
import type { SheetPlan } from "../plan";
import { PRINT_DEFAULTS } from "../printSetup";
import { reconcile } from "../reconcile";
import { checklistPlan, editedDealSheet, workbook } from "./reconcileFixtures";

const range = (top: number, left: number, bottom: number, right: number) =>
  rectBetween({ row: top, column: left }, { row: bottom, column: right });

/** The checklist plan with print settings: its table header repeated, a page break at its note. */
const printedChecklist = (ids?: readonly string[]): SheetPlan => {
  const plan = checklistPlan(ids);
  const noteRow = plan.blocks[2].at.row;
  return { ...plan, print: { titleRows: { first: 3, last: 3 }, rowBreaks: [noteRow, noteRow] } };
};

describe("how a DEAL sheet prints", () => {
  it("is landscape, one page wide, headed by the sheet's name and numbered, without a print plan", () => {
    const [sheet] = reconcile(workbook([]), [checklistPlan()]).sheets;
    expect(sheet.print).toMatchObject({
      orientation: "landscape",
      pagesWide: 1,
      header: "&A",
      footer: "Page &P",
      firstPageNumber: 1,
      rowBreaks: [],
    });
    expect(sheet.print.titleRows).toBeUndefined();
    expect(PRINT_DEFAULTS.orientation).toBe("landscape");
  });

  it("prints by default everything DEAL writes: blocks with their merges, inputs and tables", () => {
    const [sheet] = reconcile(workbook([]), [checklistPlan()]).sheets;
    // Table A4:D6, note merged over A8:D8, the input in F2.
    expect(sheet.print.area).toEqual(range(0, 0, 7, 5));
  });

  it("takes in a chart's cells", () => {
    const plan: SheetPlan = {
      ...checklistPlan(),
      charts: [
        {
          kind: "tableBar",
          key: "chart",
          title: "Asks",
          table: "checklist-SLA",
          categoryColumn: "Item ID",
          valueColumn: "Ask",
          at: { row: 10, column: 2 },
          widthInColumns: 8,
          heightInRows: 18,
        },
      ],
    };
    const [sheet] = reconcile(workbook([]), [plan]).sheets;
    expect(sheet.print.area).toEqual(range(0, 0, 27, 9));
  });

  it("keeps the plan's title rows, area and page breaks on a new sheet, breaks once each", () => {
    const plan: SheetPlan = {
      ...printedChecklist(),
      print: { ...printedChecklist().print, area: range(0, 0, 5, 3) },
    };
    const [sheet] = reconcile(workbook([]), [plan]).sheets;
    expect(sheet.print).toMatchObject({
      titleRows: { first: 3, last: 3 },
      area: range(0, 0, 5, 3),
      rowBreaks: [7],
    });
  });
});

describe("how a DEAL sheet the user has worked in prints", () => {
  const userWork = [
    ["SLA-01", "Old wording of ask 1", "Agreed", "Signed 3 March", "their value"],
    ["", "Our own extra ask", "Asked", "Added by legal", null],
    ["SLA-02", "Old wording of ask 2", "Countered", null, null],
  ];
  const reinsert = (plan: SheetPlan) =>
    reconcile(workbook([editedDealSheet(userWork)]), [plan]).sheets[0];

  it("moves a page break below the table down with the rows the table gained", () => {
    // Planned for 3 rows, the note at 8; the table holds 4 (3 + the user's row), the note moves to 9.
    const sheet = reinsert(printedChecklist(["SLA-01", "SLA-02", "SLA-03"]));
    expect(sheet.blocks[2].at.row).toBe(9);
    expect(sheet.print.rowBreaks).toEqual([9]);
    expect(sheet.print.titleRows).toEqual({ first: 3, last: 3 });
  });

  it("prints the table with the user's rows and columns, and what else the sheet held", () => {
    const sheet = reinsert(checklistPlan(["SLA-01", "SLA-02", "SLA-03"]));
    // The table A4:E8 (five headers, four rows), the note in row 10, the used range A1:F2.
    expect(sheet.print.area).toEqual(range(0, 0, 9, 5));
  });

  it("grows a planned area that ends with the table's last row by the rows it gained", () => {
    const plan: SheetPlan = {
      ...checklistPlan(["SLA-01", "SLA-02", "SLA-03"]),
      print: { area: range(0, 0, 6, 4) },
    };
    expect(reinsert(plan).print.area).toEqual(range(0, 0, 7, 4));
  });
});
