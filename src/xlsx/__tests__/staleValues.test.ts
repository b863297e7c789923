import ExcelJS from "exceljs";
import { rolloverFunction } from "../../functions/rollover";
import { ensureCustomFunctionsGlobal } from "../../functions/standInRuntime";
import { nativeDrawDowns } from "../../sharing/drawDowns";
import type { SheetPlan } from "../../workbook/plan";
import { reconcile } from "../../workbook/reconcile";
import { applyEditToExcelJs } from "../applyEdit";
import { EMPTY_SNAPSHOT } from "../demoWorkbook";
import { writeXlsx } from "../writeFile";

/*
 * A share-safe file whose DEAL.ROLLOVER cannot get a native ledger (its usage is a table
 * column): its cells hold values, and the sheet must say so on screen and on paper.
 */

const USAGE = [80, 100, 120];

/** A titled sheet: usage in a table, and a ROLLOVER reading the table's column (or cells). */
const plan = (usage: string): SheetPlan => ({
  key: "pricing",
  preferredName: "Pricing",
  blocks: [
    { at: { row: 0, column: 0 }, cells: [[{ value: "Pricing plan" }]], style: { bold: true } },
    { at: { row: 3, column: 3 }, cells: [[{ formula: `=DEAL.ROLLOVER(100,${usage})` }]] },
  ],
  inputs: [],
  tables: [
    {
      key: "usage",
      preferredName: "Usage",
      at: { row: 2, column: 0 },
      columns: [{ header: "Tokens", owner: "deal", width: 10 }],
      idColumn: 0,
      rows: USAGE.map((tokens) => [{ value: tokens }]),
      style: "TableStyleLight9",
    },
  ],
  charts: [],
  freezeRows: 0,
});

async function shareSafe(plans: SheetPlan[]) {
  const workbook = new ExcelJS.Workbook();
  const report = applyEditToExcelJs(workbook, reconcile(EMPTY_SNAPSHOT, nativeDrawDowns(plans)), {
    shareSafe: true,
  });
  const read = new ExcelJS.Workbook();
  await read.xlsx.load((await writeXlsx(workbook, report)) as unknown as ArrayBuffer);
  return { report, sheet: read.getWorksheet("Pricing")! };
}

/** What a stored cell holds and how it looks. */
const look = (cell: ExcelJS.Cell) => ({
  formula: cell.formula,
  value: cell.value,
  fill: (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb,
  italic: cell.font?.italic,
  bold: cell.font?.bold,
});

describe("share-safe values that cannot follow edits", () => {
  it("are flagged in their cells, in a note, in the sheet's first line and in the printed header", async () => {
    const { report, sheet } = await shareSafe([plan("{{table:usage}}[Tokens]")]);
    ensureCustomFunctionsGlobal();
    const spill = rolloverFunction(
      [[100]],
      USAGE.map((u) => [u])
    );
    expect(report.valuesWithoutTwin).toHaveLength(15);
    spill.forEach((row, r) =>
      row.forEach((value, c) => {
        expect(look(sheet.getCell(4 + r, 4 + c))).toEqual(
          expect.objectContaining({ formula: undefined, value, fill: "FFFFC7CE", italic: true })
        );
      })
    );
    expect(String(sheet.getCell("D4").note)).toMatch(
      /^Stale: DEAL wrote the values of =DEAL\.ROLLOVER\(100,Usage\[Tokens\]\) here .*D4:H6 included.*do not change when its inputs change/
    );
    expect(sheet.getCell("E5").note).toBeUndefined();

    const banner = look(sheet.getCell("A1"));
    expect(banner.value).toBe(
      "STALE VALUES in D4:H6: they will not follow edits (red cells: DEAL could not write this formula as native formulas; see the note on it). Pricing plan"
    );
    expect([banner.fill, banner.bold]).toEqual(["FFFFC7CE", true]);
    // The first row prints on every page (the sheet's title row), and so does the header.
    expect(sheet.headerFooter.oddHeader).toBe(
      "&C&A (STALE VALUES in D4:H6: they will not follow edits)"
    );
  });

  it("are nowhere when the ROLLOVER gets its native ledger", async () => {
    const { report, sheet } = await shareSafe([plan("A4:A6")]);
    expect(report.valuesWithoutTwin).toEqual([]);
    expect(sheet.getCell("A1").value).toBe("Pricing plan");
    expect(sheet.getCell("D4").formula).toMatch(/^'DEAL draw-downs'!\$D\$13$/);
    expect(look(sheet.getCell("D4")).fill).toBeUndefined();
    expect(sheet.headerFooter.oddHeader).toBe("&C&A");
  });
});
