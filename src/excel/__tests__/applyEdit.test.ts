import { INPUT_LOOK } from "../../workbook/plan";
import { readWorkbook } from "../readSnapshot";
import { editOf, MODEL_SHEET_EDIT, NEW_SHEET_EDIT, RENAMED_SHEET_EDIT } from "./support/edits";
import { mockWorkbook, WorkbookSetup } from "./support/mockWorkbook";
import { writeEdit } from "./support/writeEdit";
import { EMPTY_WORKBOOK, MODEL_WORKBOOK, RENAMED_WORKBOOK } from "./support/workbooks";
import type { SheetEdit } from "../../workbook/edit";

/** Reads the mock workbook as the adapter would, then writes `sheets`, counting syncs after the read. */
async function apply(setup: WorkbookSetup, sheets: readonly SheetEdit[]) {
  const workbook = mockWorkbook(setup);
  const read = await readWorkbook(workbook.context);
  const sync = jest.spyOn(workbook.mock, "sync");
  await writeEdit(workbook.context, editOf(sheets), read);
  return { workbook, syncs: sync.mock.calls.length };
}

describe("applyWorkbookEdit on a new sheet", () => {
  async function newSheet() {
    const { workbook, syncs } = await apply(EMPTY_WORKBOOK, [NEW_SHEET_EDIT]);
    return { workbook, syncs, sheet: workbook.sheet("DEAL benchmark") };
  }

  it("writes everything in one sync", async () => {
    const { syncs } = await newSheet();
    expect(syncs).toBe(1);
  });

  it("adds the sheet with its DEAL key and tab colour", async () => {
    const { workbook, sheet } = await newSheet();
    expect(workbook.calls).toContain("worksheets.add(DEAL benchmark)");
    expect(sheet.properties).toEqual([["DEAL.key", "benchmark"]]);
    expect(sheet.tabColor).toBe("#107C10");
  });

  it("writes text that looks like a formula as text, and DEAL's formulas as formulas", async () => {
    const { sheet } = await newSheet();
    expect(sheet.range("A1").values).toEqual([["'=SUM(A1) is how not to start a title"]]);
    expect(sheet.range("A1").format.font).toEqual({ bold: true, size: 14 });
    expect(sheet.range("A2:B2").formulas).toEqual([["Items", "=ROWS(DEAL_Prices)"]]);
    expect(sheet.range("A2:B2").values).toBeUndefined();
  });

  it("writes a note's rows of one length as one rectangle, styles and merges each row across", async () => {
    const { sheet } = await newSheet();
    expect(sheet.range("A21:A22").values).toEqual([
      ["Note one"],
      ["'-5% is a discount, not a formula"],
    ]);
    const note = sheet.range("A21:D22");
    expect(note.format.font.italic).toBe(true);
    expect(note.format.wrapText).toBe(true);
    expect(note.merges).toEqual([true]);
  });

  it("styles what a block's formula spills like the formula's own cell", async () => {
    const spilling: SheetEdit = {
      ...NEW_SHEET_EDIT,
      tables: [],
      charts: [],
      blocks: [
        {
          at: { row: 30, column: 1 },
          cells: [[{ formula: "=DEAL.ROLLOVER(100,A31:A66)" }]],
          style: { numberFormat: "$#,##0" },
          spills: { rows: 36, columns: 5 },
        },
      ],
    };
    const { workbook } = await apply(EMPTY_WORKBOOK, [spilling]);
    const sheet = workbook.sheet("DEAL benchmark");
    expect(sheet.range("B31").formulas).toEqual([["=DEAL.ROLLOVER(100,A31:A66)"]]);
    expect(sheet.range("B31:F66").numberFormat).toEqual([["$#,##0"]]);
  });

  it("writes an input in the input look with its number format", async () => {
    const { sheet } = await newSheet();
    const input = sheet.range("B4");
    expect(input.values).toEqual([[100]]);
    expect(input.format.fill.color).toBe(INPUT_LOOK.fill);
    expect(input.format.font.color).toBe(INPUT_LOOK.fontColor);
    expect(input.numberFormat).toEqual([["#,##0"]]);
    expect(input.format.edges.get("EdgeBottom")).toEqual({
      style: "Continuous",
      weight: "Thin",
      color: INPUT_LOOK.borderColor,
    });
  });

  it("adds the table on its header and values, named and styled, then writes its formulas", async () => {
    const { sheet } = await newSheet();
    const [table] = sheet.tablesAdded;
    expect(table.source?.address).toBe("A6:D8");
    expect(table.hasHeaders).toBe(true);
    expect(table.name).toBe("DEAL_Prices");
    expect(table.style).toBe("TableStyleMedium2");
    // [@Input] is only valid inside a table: the range holds values until the table exists.
    expect(sheet.range("A6:D8").values).toEqual([
      ["Model", "Input", "Monthly cost", "Status"],
      ["'@cheap-model", 0.5, "", "Open"],
      ["Model B", 1, "", ""],
    ]);
    expect(table.column("Monthly cost").body.formulas).toEqual([
      ["=[@Input]*$B$4"],
      ["=[@Input]*$B$4"],
    ]);
  });

  it("formats the table's columns: number formats, widths, drop-down list and colours", async () => {
    const { sheet } = await newSheet();
    const table = sheet.tablesAdded[0];
    expect(table.column("Input").body.numberFormat).toEqual([["$#,##0.00"]]);
    expect(table.column("Model").whole.format.columnWidth).toBe(140);

    const status = table.column("Status").body;
    expect(status.format.wrapText).toBe(true);
    expect(status.dataValidation.events).toEqual(["clear", "rule"]);
    expect(status.dataValidation.rule).toEqual({
      list: { inCellDropDown: true, source: "Open,Agreed" },
    });
    expect(status.conditionalFormats.events).toEqual([
      "clearAll",
      "add(CellValue)",
      "add(CellValue)",
    ]);
    const [agreed, no] = status.conditionalFormats.added;
    expect(agreed.cellValue.rule).toEqual({ formula1: '="Agreed"', operator: "EqualTo" });
    expect(agreed.cellValue.format.fill.color).toBe("#DFF6DD");
    expect(agreed.cellValue.format.font.color).toBe("#107C10");
    expect(no.cellValue.rule).toEqual({ formula1: '="Say ""no"""', operator: "EqualTo" });
  });

  it("freezes the rows and sets the sheet's column widths", async () => {
    const { sheet } = await newSheet();
    expect(sheet.frozenRows).toBe(6);
    expect(sheet.range("A:A").format.columnWidth).toBe(210);
    expect(sheet.range("C:C").format.columnWidth).toBe(84);
  });

  it("draws the chart from the table's columns at its cells, every bar labelled", async () => {
    const { sheet } = await newSheet();
    const table = sheet.tablesAdded[0];
    expect(sheet.chartsDeleted).toEqual([]);
    const [chart] = sheet.chartsAdded;
    expect(chart.type).toBe("BarClustered");
    expect(chart.seriesBy).toBe("Columns");
    expect(chart.source).toBe(table.column("Monthly cost").body);
    expect(chart.name).toBe("DEAL_benchmark-cost");
    expect(chart.title.text).toBe("Monthly cost by model");
    expect(chart.legend.visible).toBe(false);
    expect(chart.seriesSet(0)?.name).toBe("Monthly cost");
    expect(chart.seriesSet(0)?.xAxisValues).toBe(table.column("Model").body);
    expect(chart.position).toEqual(["G11", "N28"]);
    expect(chart.axes.categoryAxis.tickLabelSpacing).toBe(1);
    expect(chart.axes.categoryAxis.tickMarkSpacing).toBe(1);
  });

  it("sets the heights of the rows the edit gives, whole rows at a time", async () => {
    const { sheet } = await newSheet();
    expect(sheet.range("21:21").format.rowHeight).toBe(30);
    expect(sheet.range("22:22").format.rowHeight).toBe(45.75);
    expect(sheet.addresses().filter((address) => /^\d+:\d+$/.test(address))).toEqual([
      "21:21",
      "22:22",
    ]);
  });

  it("prints landscape, one page wide, its area and title rows, headed and numbered from 1", async () => {
    const { sheet } = await newSheet();
    const layout = sheet.pageLayout;
    expect(layout.orientation).toBe("Landscape");
    expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(layout.printArea).toBe("A1:N28");
    expect(layout.printTitleRows).toBe("6:6");
    expect(layout.firstPageNumber).toBe(1);
    expect(layout.headersFooters.defaultForAllPages).toEqual({
      centerHeader: "&A",
      centerFooter: "Page &P",
    });
  });

  it("adds a page break above each planned row, and removes none on a new sheet", async () => {
    const { sheet } = await newSheet();
    expect(sheet.pageBreakCalls).toEqual(["add(A11)", "add(A21)"]);
  });
});

describe("applyWorkbookEdit on a DEAL sheet the user renamed and edited", () => {
  async function renamed() {
    const { workbook, syncs } = await apply(RENAMED_WORKBOOK, [RENAMED_SHEET_EDIT]);
    const table = workbook.tables.get("DEAL_Checklist_SLA");
    return { workbook, syncs, table, sheet: workbook.sheet("Our SLA asks") };
  }

  it("writes everything in one sync, on the existing sheet", async () => {
    const { workbook, syncs, sheet } = await renamed();
    expect(syncs).toBe(1);
    expect(workbook.calls).toContain("worksheets.getItem(Our SLA asks)");
    expect(workbook.calls.some((call) => call.startsWith("worksheets.add"))).toBe(false);
    expect(sheet.properties).toEqual([]);
  });

  it("refreshes DEAL's columns in DEAL's rows only, by the table's own header spelling", async () => {
    const { table } = await renamed();
    const id = table.column("item id").body;
    expect(id.getCell(0, 0).getResizedRange(0, 0).values).toEqual([["SLA-01"]]);
    expect(id.getCell(2, 0).getResizedRange(0, 0).values).toEqual([["SLA-02"]]);
    const ask = table.column("Ask").body;
    expect(ask.getCell(0, 0).getResizedRange(0, 0).values).toEqual([["'+1 ask, as text"]]);
    expect(ask.getCell(2, 0).getResizedRange(0, 0).formulas).toEqual([['="Ask "&[@[Item ID]]']]);
    // Row 1 is the user's: nothing derived from any column touches it.
    expect([...id.derivedAddresses(), ...ask.derivedAddresses()]).not.toContain(
      "[item id] body.getCell(1,0)"
    );
    expect(table.columnsAsked).not.toContain("Item ID");
    expect(table.columnsAsked).not.toContain("Their column");
    expect(table.column("Status").body.derivedAddresses()).toEqual([]);
    expect(table.column("Notes").body.derivedAddresses()).toEqual([]);
  });

  it("adds back DEAL's deleted column, then appends the new row", async () => {
    const { workbook, table } = await renamed();
    expect(table.columns.added).toEqual([
      { index: undefined, values: [["Priority"], ["High"], [""], [2]] },
    ]);
    expect(table.rows.added).toEqual([
      { index: undefined, values: [["SLA-03", "Ask SLA-03", "Not started", "", "", "'=Medium"]] },
    ]);
    const order = workbook.calls.filter((call) => /columns\.add|rows\.add/.test(call));
    expect(order).toEqual(["DEAL_Checklist_SLA.columns.add", "DEAL_Checklist_SLA.rows.add"]);
  });

  it("formats only the columns the table has, a user column the user deleted staying deleted", async () => {
    const { table } = await renamed();
    expect(table.columnsAsked).not.toContain("Owner");
    expect(table.column("Priority").whole.format.columnWidth).toBe(70);
    expect(table.column("Status").body.dataValidation.rule).toEqual({
      list: { inCellDropDown: true, source: "Not started,Agreed" },
    });
  });

  it("clears the old note before the table grows, and writes blocks after", async () => {
    const { workbook, sheet } = await renamed();
    expect(sheet.range("A9:E9").unmerged).toBe(true);
    expect(sheet.range("A9:E9").cleared).toBe("Contents");
    const order = workbook.calls.filter((call) =>
      ["A9:E9.clear(Contents)", "DEAL_Checklist_SLA.rows.add", "A10.values="].includes(call)
    );
    expect(order).toEqual(["A9:E9.clear(Contents)", "DEAL_Checklist_SLA.rows.add", "A10.values="]);
    expect(sheet.range("A10:E10").merges).toEqual([true]);
  });

  it("replaces its earlier page breaks and prints the sheet as the edit says", async () => {
    const { sheet } = await renamed();
    expect(sheet.pageBreakCalls).toEqual(["removePageBreaks"]);
    expect(sheet.pageLayout.printArea).toBe("A1:G27");
    expect(sheet.pageLayout.printTitleRows).toBeUndefined();
  });

  it("replaces DEAL's earlier chart, by the table's header spelling", async () => {
    const { sheet, table } = await renamed();
    expect(sheet.chartsDeleted).toEqual(["DEAL_checklist-SLA-status"]);
    const [chart] = sheet.chartsAdded;
    expect(chart.name).toBe("DEAL_checklist-SLA-status");
    expect(chart.source).toBe(table.column("Priority").body);
    expect(chart.seriesSet(0)?.xAxisValues).toBe(table.column("item id").body);
    expect(chart.position).toEqual(["A13", "F27"]);
    expect(sheet.frozenRows).toBe(4);
  });
});

describe("applyWorkbookEdit redrawing series charts on a DEAL sheet", () => {
  it("deletes only DEAL's earlier chart of each key, then draws both charts from the sheet's cells", async () => {
    const { workbook, syncs } = await apply(MODEL_WORKBOOK, [MODEL_SHEET_EDIT]);
    const sheet = workbook.sheet("DEAL model");
    expect(syncs).toBe(1);
    // The line chart's earlier copy, by the name Excel has for it; the user's chart stays.
    expect(sheet.chartsDeleted).toEqual(["deal_MODEL-cumulative"]);
    const charts = workbook.calls.filter((call) => call.includes(".charts."));
    expect(charts).toEqual([
      "DEAL model.charts.getItem(deal_MODEL-cumulative).delete",
      "DEAL model.charts.add(Line)",
      "DEAL model.charts.add(ColumnClustered)",
    ]);
    const [line, column] = sheet.chartsAdded;
    expect(line.name).toBe("DEAL_model-cumulative");
    expect(line.source).toBe(sheet.range("B5:B40"));
    expect(line.seriesSet(2)?.values).toBe(sheet.range("D5:D40"));
    expect(column.name).toBe("DEAL_model-yearly");
    expect(column.seriesSet(0)?.xAxisValues).toBe(sheet.range("B43:D43"));
  });
});
