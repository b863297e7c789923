import { rolloverFunction } from "../../../functions/rollover";
import { ensureCustomFunctionsGlobal } from "../../../functions/standInRuntime";
import { describeSharingReport, STORE_SHEET_KEY } from "../../../sharing/prepare";
import { WorkbookRefusal } from "../../../workbook/workbookRefusal";
import { calculateFake } from "./support/calculateFake";
import { run, syncsOf } from "./support/runSharing";
import {
  FakeExcel,
  FakeResult,
  installExcel,
  SheetSetup,
  WorkbookSetup,
} from "./support/fakeExcel";

/*
 * "Native formulas" for DEAL.ROLLOVER through Office.js, against the fake Excel: each call's
 * draw-down becomes its native ledger on the sheet of draw-downs, the call's cells refer to it,
 * and a real spreadsheet engine (HyperFormula) calculates them to DEAL's numbers. Restore puts
 * the call back and removes the ledger.
 */

const CALL = "=DEAL.ROLLOVER(B1,A3:A6,0.5,2)";
const OTHER_CALL = "=DEAL.ROLLOVER(B1,A3:A5)";
const USAGE = [80, 100, 160, 40];

/** The sheet "Plan": a commitment in B1, usage in A3:A6, and the call in C3. */
const PLAN: SheetSetup = {
  name: "Plan",
  cells: { B1: 100, A3: USAGE[0], A4: USAGE[1], A5: USAGE[2], A6: USAGE[3], C3: CALL },
};
/** The sheet "Q2": another call, in B3, on three periods. */
const Q2: SheetSetup = {
  name: "Q2",
  cells: { B1: 90, A3: 50, A4: 120, A5: 70, B3: OTHER_CALL },
};

ensureCustomFunctionsGlobal();
/** What DEAL spills for the calls, computed by DEAL's own function. */
const SPILL = rolloverFunction(
  [[100]],
  USAGE.map((u) => [u]),
  0.5,
  2
);
const OTHER_SPILL = rolloverFunction([[90]], [[50], [120], [70]]);

const RESULTS: Record<string, FakeResult> = {
  [CALL]: SPILL,
  [OTHER_CALL]: OTHER_SPILL,
  "=2*DEAL.ROLLOVER(B1,A3:A6)": 0,
  "=DEAL.ROLLOVER(B1,Usage)": SPILL,
  "=DEAL.ROLLOVER(B1,A3:A6,-1)": { error: "#VALUE!" },
};

const workbook = (sheets: readonly SheetSetup[], extra: Partial<WorkbookSetup> = {}) =>
  installExcel({ sheets, evaluate: (formula) => RESULTS[formula], ...extra });

let excel: FakeExcel;
/** The cells C3:G6 (or another spill) of a sheet, as the engine calculates them. */
function calculatedSpill(sheet: string, rows: number, top = 3, left = "C"): number[][] {
  const read = calculateFake(excel.workbook);
  const columns = Array.from({ length: 5 }, (_, c) => String.fromCharCode(left.charCodeAt(0) + c));
  return Array.from({ length: rows }, (_, r) =>
    columns.map((column) => read(sheet, `${column}${top + r}`) as number)
  );
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe("native formulas for DEAL.ROLLOVER", () => {
  it("writes its draw-down as a native ledger on a new sheet, in three syncs, to DEAL's numbers", async () => {
    excel = workbook([PLAN]);
    let report;
    expect(await syncsOf(excel, async () => (report = await run("native")))).toBe(3);
    expect(report).toEqual({
      action: "native",
      scope: "sheet",
      changed: [{ sheet: "Plan", address: "C3:G6" }],
      skipped: [],
      namesDefined: [],
      drawDowns: { sheet: "DEAL draw-downs", ledgers: 1 },
    });

    // Every cell of the spill refers to the ledger; a spreadsheet without DEAL calculates them.
    const formulas = excel.workbook.grid(excel.workbook.sheet("Plan"), {
      row: 2,
      column: 2,
      rows: 4,
      columns: 5,
    }).formulas;
    for (const formula of formulas.flat()) {
      expect(formula).toMatch(/^='DEAL draw-downs'!\$[D-N]\$1[3-6]$/);
    }
    expect(calculatedSpill("Plan", 4)).toEqual(SPILL);

    const ledgers = excel.workbook.sheet("DEAL draw-downs");
    expect(ledgers.properties.get("DEAL.key")).toBe("draw-downs");
    expect(ledgers.tabColor).toBe("#8764B8");
    expect(ledgers.printArea).toBe("A1:N16");
    expect(excel.workbook.shown("DEAL draw-downs", "A1").value).toBe(
      "DEAL.ROLLOVER at 'Plan'!C3, in native formulas"
    );
    // The ledger reads the call's own cells, so it follows edits of them.
    expect(excel.workbook.shown("DEAL draw-downs", "B13").formula).toContain("N('Plan'!$A$3)");

    // The call is kept first, then the ledger is written, then the cells that refer to it.
    const order = [
      "worksheets.add(DEAL formulas)",
      "worksheets.add(DEAL draw-downs)",
      "Plan!C3:G6.formulas=",
    ].map((write) => excel.writes.indexOf(write));
    expect(order[0]).toBeGreaterThanOrEqual(0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const store = excel.workbook.sheet("DEAL formulas");
    expect(store.visibility).toBe("VeryHidden");
    expect(store.properties.get("DEAL.key")).toBe(STORE_SHEET_KEY);

    expect(describeSharingReport(report!).text).toBe(
      "Wrote the draw-down of 1 DEAL.ROLLOVER as native formulas on 'DEAL draw-downs', which any spreadsheet calculates; the cells it spilled into now refer there. Restore DEAL formulas puts DEAL.ROLLOVER back."
    );
  });

  it("follows an edit of the usage, as the ledger reads the call's cells", async () => {
    excel = workbook([PLAN]);
    await run("native");
    excel.workbook.type(excel.workbook.sheet("Plan"), { row: 3, column: 0, rows: 1, columns: 1 }, [
      [10],
    ]);
    const edited = rolloverFunction([[100]], [[80], [10], [160], [40]], 0.5, 2);
    expect(calculatedSpill("Plan", 4)).toEqual(edited);
  });

  it("restores DEAL.ROLLOVER exactly, removing its ledger and the sheet it leaves empty", async () => {
    excel = workbook([PLAN]);
    await run("native");
    let report;
    expect(await syncsOf(excel, async () => (report = await run("restore")))).toBe(3);
    expect(excel.workbook.formulas("Plan")).toEqual({ C3: CALL });
    expect(excel.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Plan"]);
    expect(report).toEqual(
      expect.objectContaining({
        changed: [{ sheet: "Plan", address: "C3:G6" }],
        skipped: [],
        drawDowns: { sheet: "DEAL draw-downs", ledgers: 1 },
      })
    );
    expect(describeSharingReport(report!).text).toBe(
      "Restored 1 DEAL formula. Removed its native ledger of DEAL.ROLLOVER from 'DEAL draw-downs'."
    );
    expect(excel.workbook.shown("Plan", "E5")).toEqual({ value: SPILL[2][2] });
  });

  it("finds the sheet of draw-downs after a rename, places new ledgers below everything on it, and restores one call alone", async () => {
    excel = workbook([PLAN, Q2]);
    await run("native");
    const ledgers = excel.workbook.sheet("DEAL draw-downs");
    ledgers.name = "Ledgers";
    excel.workbook.type(ledgers, { row: 29, column: 1, rows: 1, columns: 1 }, [["'my note"]]);
    excel.workbook.active = "Q2";
    // Excel rewrites references to a renamed sheet.
    renameReferences(excel, "'DEAL draw-downs'!", "'Ledgers'!");

    const report = await run("native");
    expect(report.drawDowns).toEqual({ sheet: "Ledgers", ledgers: 1 });
    expect(excel.workbook.sheets.map((sheet) => sheet.name)).toEqual([
      "Plan",
      "Q2",
      "DEAL formulas",
      "Ledgers",
    ]);
    // Three rows below the note, each ledger from the top of a page.
    expect(excel.workbook.shown("Ledgers", "A33").value).toBe(
      "DEAL.ROLLOVER at 'Q2'!B3, in native formulas"
    );
    expect(excel.workbook.shown("Ledgers", "B30").value).toBe("my note");
    expect(ledgers.breaks).toEqual([32]);
    expect(ledgers.printArea).toBe("A1:N47");
    expect(calculatedSpill("Q2", 3, 3, "B")).toEqual(OTHER_SPILL);
    expect(calculatedSpill("Plan", 4)).toEqual(SPILL);

    // Restoring Q2 removes its ledger only; the sheet keeps the other one and the note.
    await run("restore");
    expect(excel.workbook.formulas("Q2")).toEqual({ B3: OTHER_CALL });
    expect(excel.workbook.shown("Ledgers", "A33").value).toBe("");
    expect(excel.workbook.shown("Ledgers", "A1").value).toMatch(/^DEAL\.ROLLOVER at 'Plan'!C3/);
    expect(excel.writes).toContain("Ledgers!A33:N47.clear(All)");
    excel.workbook.active = "Plan";
    await run("restore");
    expect(excel.workbook.formulas("Plan")).toEqual({ C3: CALL });
    // The note keeps the sheet.
    expect(excel.workbook.shown("Ledgers", "B30").value).toBe("my note");
  });

  it("reads a defined name that stands for cells as those cells", async () => {
    const named = { ...PLAN, cells: { ...PLAN.cells, C3: "=DEAL.ROLLOVER(B1,Usage,0.5,2)" } };
    excel = workbook([named], {
      names: [{ name: "usage", formula: "=Plan!$A$3:$A$6", comment: "" }],
      evaluate: (formula) => (formula === "=DEAL.ROLLOVER(B1,Usage,0.5,2)" ? SPILL : undefined),
    });
    const report = await run("native");
    expect(report.changed).toEqual([{ sheet: "Plan", address: "C3:G6" }]);
    expect(calculatedSpill("Plan", 4)).toEqual(SPILL);
  });

  it("takes a free name when a sheet of the user's is called DEAL draw-downs", async () => {
    excel = workbook([PLAN, { name: "deal DRAW-DOWNS", cells: { A1: "'mine" } }]);
    const report = await run("native", "workbook");
    expect(report.drawDowns).toEqual({ sheet: "DEAL draw-downs (2)", ledgers: 1 });
    expect(excel.workbook.shown("deal DRAW-DOWNS", "A1").value).toBe("mine");
    expect(calculatedSpill("Plan", 4)).toEqual(SPILL);
  });

  it("converts only the calls whose cell is selected, a spill whole", async () => {
    excel = workbook([{ ...PLAN, cells: { ...PLAN.cells, C9: CALL } }], { selection: ["C9"] });
    const report = await run("native", "selection");
    expect(report.changed).toEqual([{ sheet: "Plan", address: "C9:G12" }]);
    expect(excel.workbook.formulas("Plan").C3).toBe(CALL);
  });

  it("says why it leaves a call alone: stuck on #NAME?, inside a larger formula, a name as usage, an error", async () => {
    excel = workbook([
      {
        name: "Plan",
        cells: {
          ...PLAN.cells,
          C3: "=2*DEAL.ROLLOVER(B1,A3:A6)",
          C10: "=DEAL.ROLLOVER(B1,Usage)",
          C20: "=DEAL.ROLLOVER(B1,A3:A6,-1)",
        },
        stuck: { C30: CALL },
      },
    ]);
    const report = await run("native");
    expect(report.changed).toEqual([]);
    expect(report.skipped.map((skip) => `${skip.address}: ${skip.reason}`)).toEqual([
      "C3: DEAL.ROLLOVER is part of a larger formula here; DEAL writes a native ledger only for a cell that holds the DEAL.ROLLOVER call alone (put the call in a cell of its own and refer to its results)",
      "C20: it shows #VALUE!: DEAL.ROLLOVER has no draw-down for these inputs, so there is none to write as native formulas (correct the inputs, then try again)",
      "C30: it shows #NAME? (the add-in was not loaded when it calculated): run Repair first, then Values",
      "C10: DEAL cannot write its draw-down as native formulas: the usage of DEAL.ROLLOVER (Usage) is a name or a formula: the ledger needs its cells, such as 'Usage'!$B$2:$B$37, or numbers typed in braces, to give each period its own row",
    ]);
    expect(excel.writes).toEqual([]);
  });

  it("refuses, writing nothing, when a sheet must be added to a protected structure, or the sheet of draw-downs is protected", async () => {
    excel = workbook([PLAN], { structureProtected: true });
    await expect(run("native")).rejects.toEqual(
      new WorkbookRefusal(
        `The workbook's structure is protected, so DEAL cannot add the sheets "DEAL draw-downs" (it holds the native draw-downs of DEAL.ROLLOVER) and "DEAL formulas" (it keeps the formulas for Restore). Unprotect the workbook (Review > Protect Workbook) and try again. Nothing was changed.`
      )
    );
    expect(excel.writes).toEqual([]);

    excel = workbook([PLAN, Q2]);
    await run("native");
    excel.workbook.sheet("DEAL draw-downs").protected = true;
    excel.workbook.active = "Q2";
    const writes = excel.writes.length;
    await expect(run("native")).rejects.toThrow(
      /^The sheet "DEAL draw-downs" is protected, so DEAL cannot change its formulas/
    );
    expect(excel.writes).toHaveLength(writes);
  });
});

/** Rewrites references in every formula of the fake, as Excel does when a sheet is renamed. */
function renameReferences(fake: FakeExcel, from: string, to: string): void {
  for (const sheet of fake.workbook.sheets) {
    for (const [at, entry] of sheet.entries) {
      if (entry.formula?.includes(from)) {
        sheet.entries.set(at, { ...entry, formula: entry.formula.split(from).join(to) });
      }
    }
  }
}
