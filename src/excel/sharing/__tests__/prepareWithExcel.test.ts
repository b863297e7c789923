import { TEST_TWINS } from "../../../sharing/prepare/__tests__/support/testTwins";
import { findDealCalls, renameCalls, STORE_SHEET_KEY } from "../../../sharing/prepare";
import { NATIVE_TWINS } from "../../../sharing/twins";
import { WorkbookRefusal } from "../../../workbook/workbookRefusal";
import { createExcelWorkbookService } from "../../excelWorkbookService";
import { FakeExcel, FakeResult, installExcel, WorkbookSetup } from "./support/fakeExcel";
import { run, syncsOf } from "./support/runSharing";

/*
 * The adapter against a fake Excel that calculates and spills: what it reads, what it writes,
 * in how many syncs, and that converting and restoring give back every formula exactly.
 */

const TIERED = "=DEAL.TIEREDCOST(B2,E2:G4)";
const SLA = "=DEAL.SLACREDIT(B3,B4,E6:F8)";
const ROLLOVER = "=DEAL.ROLLOVER(B5,C10:C12)";
const SPILL = [
  [0, 100, 0, 20, 0],
  [20, 80, 0, 0, 0],
  [0, 90, 10, 0, 0],
];

const TWIN_NAMES = new Map(TEST_TWINS.map((twin) => [twin.name.toUpperCase(), twin.fn]));

/** What the formulas calculate to, in DEAL's spelling or the twins'. */
const RESULTS: Record<string, FakeResult> = {
  [TIERED]: 1250.5,
  [SLA]: 42,
  [ROLLOVER]: SPILL,
  "=DEAL.RAMPPRICE(B2,3)": "Year 3: 1,000",
  "=B6+B7": 1292.5,
  "=SUM(D10#)": 220,
};

function evaluate(formula: string): FakeResult | undefined {
  // A twin calculates what its DEAL function does.
  const calls = findDealCalls(formula, TWIN_NAMES).filter((call) => call.form === "twin");
  return RESULTS[renameCalls(formula, calls, (call) => `DEAL.${call.fn}`)];
}

/** The workbook of the issue: TIEREDCOST and SLACREDIT formulas and a ROLLOVER that spills. */
const PRICES: WorkbookSetup = {
  sheets: [
    {
      name: "Prices",
      cells: {
        A1: "'=DEAL.TIEREDCOST(1,2) is how you call it",
        B2: 1000,
        B3: 0.995,
        B4: 5000,
        B5: 100,
        B6: TIERED,
        B7: SLA,
        B8: "=B6+B7",
        B9: "=DEAL.RAMPPRICE(B2,3)",
        D10: ROLLOVER,
      },
    },
    { name: "Notes", cells: { A1: "'Plain text", A2: 12 } },
  ],
  evaluate,
};

const ORIGINAL_FORMULAS = {
  B6: TIERED,
  B7: SLA,
  B8: "=B6+B7",
  B9: "=DEAL.RAMPPRICE(B2,3)",
  D10: ROLLOVER,
};

let excel: FakeExcel;
afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe("native formulas", () => {
  it("rewrites the DEAL calls, defines only the twins used, and gives ROLLOVER its ledger, in three syncs", async () => {
    excel = installExcel(PRICES);
    const before = excel.syncs();
    const report = await run("native");
    expect(excel.syncs() - before).toBe(3);

    const formulas = excel.workbook.formulas("Prices");
    expect(formulas).toEqual(
      expect.objectContaining({
        B6: "=DEAL_TIEREDCOST(B2,E2:G4)",
        B7: "=DEAL_SLACREDIT(B3,B4,E6:F8)",
        B8: "=B6+B7",
        B9: "=DEAL_RAMPPRICE(B2,3)",
        D10: "='DEAL draw-downs'!$D$13",
        H12: "='DEAL draw-downs'!$N$15",
      })
    );
    expect(Object.keys(formulas)).toHaveLength(4 + 15);
    expect(excel.workbook.names.map((name) => name.name)).toEqual([
      "DEAL_TIEREDCOST",
      "DEAL_SLACREDIT",
      "DEAL_RAMPPRICE",
    ]);
    expect(excel.workbook.names[0]).toEqual({
      name: "DEAL_TIEREDCOST",
      formula: TEST_TWINS[0].lambda,
      comment: expect.stringMatching(/^Native form of DEAL\.TIEREDCOST/),
    });
    // Names, the kept ROLLOVER and its ledger before the formulas that need them, in one batch.
    expect(excel.writes.slice(0, 5)).toEqual([
      "names.add(DEAL_TIEREDCOST)",
      "names.add(DEAL_SLACREDIT)",
      "names.add(DEAL_RAMPPRICE)",
      "worksheets.add(DEAL formulas)",
      "DEAL formulas.customProperties.add(DEAL.key)",
    ]);
    expect(excel.writes.slice(-4)).toEqual([
      "Prices!B6.formulas=",
      "Prices!B7.formulas=",
      "Prices!B9.formulas=",
      "Prices!D10:H12.formulas=",
    ]);
    expect(report.skipped).toEqual([]);
    expect(report.drawDowns).toEqual({ sheet: "DEAL draw-downs", ledgers: 1 });
    // The twins calculate what DEAL did.
    expect(excel.workbook.shown("Prices", "B6")).toEqual({
      formula: "=DEAL_TIEREDCOST(B2,E2:G4)",
      value: 1250.5,
    });
  });

  it("defines no name a sheet does not use, and none that is there already", async () => {
    excel = installExcel({
      sheets: [{ name: "Q", cells: { A1: 1000, A2: "=DEAL.TIEREDCOST(A1,E2:G4)" } }],
      names: [{ name: "DEAL_SLACREDIT", formula: TEST_TWINS[1].lambda, comment: "" }],
      evaluate: () => 1,
    });
    const report = await run("native", "workbook");
    expect(report.namesDefined).toEqual(["DEAL_TIEREDCOST"]);
    expect(excel.workbook.names.map((name) => name.name)).toEqual([
      "DEAL_SLACREDIT",
      "DEAL_TIEREDCOST",
    ]);
    // A second run finds everything native and the name in place: no write at all.
    const writes = excel.writes.length;
    expect((await run("native", "workbook")).changed).toEqual([]);
    expect(excel.writes).toHaveLength(writes);
  });

  it("leaves the user's own name of the same spelling alone and says so", async () => {
    excel = installExcel({
      ...PRICES,
      names: [{ name: "DEAL_TIEREDCOST", formula: "=Prices!$B$2", comment: "" }],
    });
    const report = await run("native");
    expect(excel.workbook.names[0]).toEqual({
      name: "DEAL_TIEREDCOST",
      formula: "=Prices!$B$2",
      comment: "",
    });
    expect(excel.workbook.formulas("Prices").B6).toBe(TIERED);
    expect(report.skipped[0]).toEqual(
      expect.objectContaining({
        address: "B6",
        reason: expect.stringMatching(/^Name Manager already has a name DEAL_TIEREDCOST/),
      })
    );
  });

  it("comes back exactly with Restore DEAL formulas", async () => {
    excel = installExcel(PRICES);
    await run("native");
    const report = await run("restore");
    expect(excel.workbook.formulas("Prices")).toEqual(ORIGINAL_FORMULAS);
    expect(report.changed.map((place) => place.address)).toEqual(["B6", "B7", "B9", "D10:H12"]);
    expect(excel.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Prices", "Notes"]);
  });
});

describe("values", () => {
  it("replaces each DEAL formula and its spill with values, keeping the formulas in a very hidden sheet, in three syncs", async () => {
    excel = installExcel(PRICES);
    const syncs = await syncsOf(excel, () => run("values"));
    expect(syncs).toBe(3);

    expect(excel.workbook.formulas("Prices")).toEqual({ B8: "=B6+B7" });
    expect(excel.workbook.shown("Prices", "B6")).toEqual({ value: 1250.5 });
    expect(excel.workbook.shown("Prices", "B9")).toEqual({ value: "Year 3: 1,000" });
    expect(
      excel.workbook.grid(excel.workbook.sheet("Prices"), {
        row: 9,
        column: 3,
        rows: 3,
        columns: 5,
      }).values
    ).toEqual(SPILL);
    // The text that only looks like a formula stays text.
    expect(excel.workbook.shown("Prices", "A1")).toEqual({
      value: "=DEAL.TIEREDCOST(1,2) is how you call it",
    });

    const store = excel.workbook.sheet("DEAL formulas");
    expect(store.visibility).toBe("VeryHidden");
    expect(store.properties.get("DEAL.key")).toBe(STORE_SHEET_KEY);
    const kept = excel.workbook.grid(store, { row: 1, column: 0, rows: 4, columns: 7 });
    expect(kept.formulas.map((row) => row[3])).toEqual([
      TIERED,
      SLA,
      "=DEAL.RAMPPRICE(B2,3)",
      ROLLOVER,
    ]);
    expect(kept.valueTypes.map((row) => row[3])).toEqual(["String", "String", "String", "String"]);
    expect(kept.values[3]).toEqual(["Prices", "{sheet-1}", "D10", ROLLOVER, 3, 5, "0"]);
    // The store is written before the cells: if Excel stops halfway, no formula is lost.
    expect(excel.writes.indexOf("worksheets.add(DEAL formulas)")).toBe(0);
    expect(excel.writes.slice(-4)).toEqual([
      "Prices!B6.values=",
      "Prices!B7.values=",
      "Prices!B9.values=",
      "Prices!D10:H12.values=",
    ]);
  });

  it("then restore gives back every original formula exactly, the spill included, and removes the store", async () => {
    excel = installExcel(PRICES);
    await run("values");
    const syncs = await syncsOf(excel, async () => {
      const report = await run("restore");
      expect(report.changed.map((place) => place.address)).toEqual(["B6", "B7", "B9", "D10:H12"]);
      expect(report.skipped).toEqual([]);
    });
    expect(syncs).toBe(3);
    expect(excel.workbook.formulas("Prices")).toEqual(ORIGINAL_FORMULAS);
    expect(excel.workbook.shown("Prices", "E11")).toEqual({ value: 80 });
    expect(excel.workbook.shown("Prices", "D10")).toEqual({ formula: ROLLOVER, value: 0 });
    expect(excel.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Prices", "Notes"]);
    expect(excel.writes.slice(-3)).toEqual([
      "Prices!D10.formulas=",
      "DEAL formulas.visibility=Hidden",
      "DEAL formulas.delete()",
    ]);
  });

  it("keeps a formula whose cell was edited since, restores the rest, and restores it once the value is back", async () => {
    excel = installExcel(PRICES);
    await run("values");
    excel.workbook.type(
      excel.workbook.sheet("Prices"),
      { row: 5, column: 1, rows: 1, columns: 1 },
      [[7]]
    );
    const report = await run("restore");
    expect(report.skipped).toEqual([
      expect.objectContaining({
        address: "B6",
        reason: expect.stringContaining(`its original formula is ${TIERED}`),
      }),
    ]);
    expect(excel.workbook.formulas("Prices")).toEqual({ ...ORIGINAL_FORMULAS, B6: undefined });
    expect(excel.workbook.sheet("DEAL formulas").visibility).toBe("VeryHidden");

    excel.workbook.type(
      excel.workbook.sheet("Prices"),
      { row: 5, column: 1, rows: 1, columns: 1 },
      [[1250.5]]
    );
    await run("restore");
    expect(excel.workbook.formulas("Prices")).toEqual(ORIGINAL_FORMULAS);
    expect(excel.workbook.sheets).toHaveLength(2);
  });

  it("converts a second sheet into the same store, and restores sheet by sheet", async () => {
    excel = installExcel({
      ...PRICES,
      sheets: [...PRICES.sheets, { name: "Q2", cells: { B2: 1000, C1: TIERED } }],
    });
    await run("values", "workbook");
    excel.workbook.active = "Q2";
    await run("restore");
    expect(excel.workbook.formulas("Q2")).toEqual({ C1: TIERED });
    expect(excel.workbook.formulas("Prices")).toEqual({ B8: "=B6+B7" });
    await run("restore", "workbook");
    expect(excel.workbook.formulas("Prices")).toEqual(ORIGINAL_FORMULAS);
    expect(excel.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Prices", "Notes", "Q2"]);
  });

  it("skips a cell stuck on #NAME? and says to repair it first", async () => {
    excel = installExcel({
      sheets: [{ name: "S", cells: { A1: TIERED }, stuck: { A2: SLA } }],
      evaluate,
    });
    const report = await run("values");
    expect(report.changed).toEqual([{ sheet: "S", address: "A1" }]);
    expect(report.skipped).toEqual([
      expect.objectContaining({
        address: "A2",
        reason: expect.stringMatching(/^it shows #NAME\?/),
      }),
    ]);
    expect(excel.workbook.formulas("S")).toEqual({ A2: SLA });
  });
});

describe("repair", () => {
  it("enters each DEAL formula again, so that cells stuck on #NAME? calculate, in two syncs", async () => {
    excel = installExcel({
      sheets: [
        {
          name: "S",
          cells: { B2: 1000, A1: TIERED, A3: "=B6+B7" },
          stuck: { A2: SLA, A4: "=_xldudf_DEAL_TIEREDCOST(B2,E2:G4)", D10: ROLLOVER },
        },
      ],
      evaluate,
    });
    expect(excel.workbook.shown("S", "A2").value).toBe("#NAME?");
    const syncs = await syncsOf(excel, async () => {
      const report = await run("repair");
      expect(report.changed.map((place) => place.address)).toEqual(["A1", "A2", "A4", "D10"]);
    });
    expect(syncs).toBe(2);
    expect(excel.writes).toEqual([
      "S!A1.formulas=",
      "S!A2.formulas=",
      "S!A4.formulas=",
      "S!D10.formulas=",
    ]);
    expect(excel.workbook.formulas("S")).toEqual({
      A1: TIERED,
      A2: SLA,
      A3: "=B6+B7",
      A4: TIERED,
      D10: ROLLOVER,
    });
    expect(excel.workbook.shown("S", "A2").value).toBe(42);
    expect(excel.workbook.shown("S", "E11").value).toBe(80);
  });
});

describe("a workbook without DEAL formulas", () => {
  it.each(["native", "values", "restore", "repair"] as const)(
    "gets no write at all from %s",
    async (action) => {
      excel = installExcel({
        sheets: [
          { name: "Plain", cells: { A1: 1, A2: "=A1*2", A3: "'=DEAL.X(1)" } },
          { name: "Empty" },
        ],
        evaluate: () => 2,
      });
      const sheetSyncs = await syncsOf(excel, async () => {
        const report = await run(action);
        expect(report.changed).toEqual([]);
        expect(report.skipped).toEqual([]);
      });
      const workbookSyncs = await syncsOf(excel, () => run(action, "workbook"));
      const selectionSyncs = await syncsOf(excel, () => run(action, "selection"));
      expect(excel.writes).toEqual([]);
      expect([sheetSyncs, workbookSyncs, selectionSyncs]).toEqual([1, 2, 1]);
    }
  );
});

describe("sync counts", () => {
  it.each([
    // DEAL.ROLLOVER's spill is read before it gets its ledger.
    ["native", "sheet", 3],
    ["native", "selection", 3],
    ["native", "workbook", 4],
    ["repair", "sheet", 2],
    ["repair", "workbook", 3],
    ["values", "sheet", 3],
    ["values", "selection", 3],
    ["values", "workbook", 4],
  ] as const)("%s on the %s takes %i syncs", async (action, scope, syncs) => {
    excel = installExcel({ ...PRICES, selection: ["A1:D12"] });
    expect(await syncsOf(excel, () => run(action, scope))).toBe(syncs);
  });

  it.each([
    ["sheet", 2],
    ["selection", 2],
    ["workbook", 3],
  ] as const)("native without DEAL.ROLLOVER on the %s takes %i syncs", async (scope, syncs) => {
    const [prices, notes] = PRICES.sheets;
    const cells = { ...prices.cells, D10: "'no call here" };
    excel = installExcel({ ...PRICES, sheets: [{ ...prices, cells }, notes], selection: ["B6"] });
    expect(await syncsOf(excel, () => run("native", scope))).toBe(syncs);
  });

  it.each(["sheet", "selection", "workbook"] as const)(
    "restore on the %s takes three syncs",
    async (scope) => {
      excel = installExcel({ ...PRICES, selection: ["A1:D12"] });
      await run("values", scope);
      expect(await syncsOf(excel, () => run("restore", scope))).toBe(3);
      expect(excel.workbook.formulas("Prices")).toEqual(ORIGINAL_FORMULAS);
    }
  );
});

describe("selection", () => {
  it("changes only the selected formulas, and a spill whole when its anchor is selected", async () => {
    excel = installExcel({ ...PRICES, selection: ["B7", "D10:D11"] });
    const report = await run("values", "selection");
    expect(report.changed).toEqual([
      { sheet: "Prices", address: "B7" },
      { sheet: "Prices", address: "D10:H12" },
    ]);
    expect(excel.workbook.formulas("Prices")).toEqual({
      B6: TIERED,
      B8: "=B6+B7",
      B9: "=DEAL.RAMPPRICE(B2,3)",
    });
  });
});

describe("refusals", () => {
  it("refuses a read-only workbook and a protected sheet before writing anything", async () => {
    excel = installExcel({ ...PRICES, readOnly: true });
    await expect(run("values")).rejects.toThrow(/read-only.*Nothing was changed\.$/);
    excel = installExcel({ ...PRICES, sheets: [{ ...PRICES.sheets[0], protected: true }] });
    await expect(run("native")).rejects.toEqual(
      new WorkbookRefusal(
        'The sheet "Prices" is protected, so DEAL cannot change its formulas. Unprotect it (Review > Unprotect Sheet) and try again. Nothing was changed.'
      )
    );
    excel = installExcel({ ...PRICES, structureProtected: true });
    await expect(run("values")).rejects.toThrow(/structure is protected/);
    expect(excel.writes).toEqual([]);
  });

  it("turns Office errors into refusals that say whether anything changed", async () => {
    excel = installExcel(PRICES);
    excel.failSync(1, "InvalidOperationInCellEditMode");
    await expect(run("native")).rejects.toThrow(/Press Enter or Esc.*Nothing was changed\.$/);
    excel.failSync(3, "AccessDenied");
    await expect(run("values")).rejects.toThrow(
      /protected.*Part of the change may already be in the workbook/
    );
    excel.failSync(2, "InvalidArgument", "The argument is invalid.");
    await expect(run("native")).rejects.toThrow(
      /native formulas need LAMBDA, which Excel 365 and Excel 2024 have/
    );
    excel.failSync(1, "GeneralException", "Odd.");
    await expect(run("repair")).rejects.toEqual(
      expect.objectContaining({ code: "GeneralException" })
    );
    expect(excel.writes).toEqual([]);
  });
});

describe("the workbook service", () => {
  it("defines DEAL's own twins under comments Name Manager takes, and restores exactly", async () => {
    excel = installExcel(PRICES);
    const service = createExcelWorkbookService();
    const report = await service.prepareForSharing("native", "workbook");
    expect(report.namesDefined).toEqual(["DEAL_TIEREDCOST", "DEAL_SLACREDIT", "DEAL_RAMPPRICE"]);
    for (const name of excel.workbook.names) {
      expect(name.formula).toBe(NATIVE_TWINS.find((twin) => twin.name === name.name)?.lambda);
      expect(name.formula).toMatch(/^=LAMBDA\(/);
      expect(name.comment.length).toBeLessThanOrEqual(255);
      expect(name.comment).toMatch(
        /^Native form of DEAL\.[A-Z]+, .* Needs Excel for Microsoft 365/
      );
    }
    expect((await service.prepareForSharing("native", "workbook")).namesDefined).toEqual([]);
    await service.prepareForSharing("restore", "workbook");
    expect(excel.workbook.formulas("Prices")).toEqual(ORIGINAL_FORMULAS);
  });
});
