import { WorkbookRefusal } from "../../../workbook/workbookRefusal";
import { planNative } from "../planNative";
import { planRepair } from "../planRepair";
import { planRestore } from "../planRestore";
import { planValues, valuesCandidates } from "../planValues";
import { dealFormulas } from "../scopeCells";
import { twinComment } from "../twinNames";
import { readStoreRows } from "../store";
import type { FormulaResult, OfficeCell, ScopeRead, SharingStep, StoreRead } from "../types";
import { scopeRead, scopeSheet, SheetSpec, stored } from "./support/scopeReads";
import { TEST_TWINS } from "./support/testTwins";

const TIERED = "=DEAL.TIEREDCOST(B2,E2:G4)";
const SLA = "=DEAL.SLACREDIT(B3,B4,E6:F8)";
const ROLLOVER = "=DEAL.ROLLOVER(B5,C10:C12)";
const SPILL: OfficeCell[][] = [
  [0, 100, 0, 20, 0],
  [20, 80, 0, 0, 0],
  [0, 90, 10, 0, 0],
];

/** A pricing sheet: two DEAL formulas with twins, a ROLLOVER that spills 3 × 5, and the rest. */
const PRICES: SheetSpec = {
  name: "Prices",
  cells: {
    A1: "=DEAL.TIEREDCOST(1,2) is how you call it", // text, not a formula
    B2: 1000,
    B6: { f: TIERED, v: 1250.5 },
    B7: { f: SLA, v: 42 },
    B8: { f: "=B6+B7", v: 1292.5 },
    ...Object.fromEntries(
      SPILL.flatMap((row, r) =>
        row.map((value, c) => [
          `${"DEFGH"[c]}${10 + r}`,
          r === 0 && c === 0 ? { f: ROLLOVER, v: value } : value,
        ])
      )
    ),
  },
};

const writes = (steps: readonly SharingStep[]) =>
  steps.flatMap((step) =>
    step.kind === "write"
      ? [
          `${step.sheet}!${step.rect.row},${step.rect.column} ${step.property}=${JSON.stringify(step.cells)}`,
        ]
      : []
  );
const kinds = (steps: readonly SharingStep[]) => steps.map((step) => step.kind);

describe("dealFormulas", () => {
  it("finds the formulas calling DEAL, not text that looks like one, nor other formulas", () => {
    const cells = dealFormulas(scopeRead([PRICES]), TEST_TWINS);
    expect(cells.map((cell) => [cell.row, cell.column, cell.formula])).toEqual([
      [5, 1, TIERED],
      [6, 1, SLA],
      [9, 3, ROLLOVER],
    ]);
  });

  it("keeps to the selected areas", () => {
    const read = scopeRead([{ ...PRICES, areas: [{ row: 6, column: 0, rows: 10, columns: 3 }] }]);
    expect(dealFormulas(read, TEST_TWINS).map((cell) => cell.formula)).toEqual([SLA]);
  });
});

describe("planNative", () => {
  it("rewrites the calls that have twins, defines only the twins used, and gives ROLLOVER its ledger", () => {
    const read = scopeRead([PRICES]);
    const plan = planNative(read, TEST_TWINS, rolloverResults(read));
    expect(plan.steps.slice(0, 3)).toEqual([
      {
        kind: "defineName",
        name: "DEAL_TIEREDCOST",
        formula: TEST_TWINS[0].lambda,
        comment: twinComment(TEST_TWINS[0]),
        how: "add",
      },
      // SLACREDIT's LAMBDA calls DEAL_RAMPPRICE, so it comes along (in the twins' order).
      expect.objectContaining({ kind: "defineName", name: "DEAL_SLACREDIT" }),
      expect.objectContaining({ kind: "defineName", name: "DEAL_RAMPPRICE" }),
    ]);
    // The ROLLOVER is kept for Restore, and its ledger written, before any cell refers to it.
    expect(kinds(plan.steps).slice(3)).toEqual([
      "writeStore",
      "writeSheet",
      "write",
      "write",
      "write",
    ]);
    const ledgerRefs = SPILL.map((row, r) =>
      row.map((_, c) => `='DEAL draw-downs'!$${"DGHMN"[c]}$${13 + r}`)
    );
    expect(writes(plan.steps)).toEqual([
      'Prices!5,1 formulas=[["=DEAL_TIEREDCOST(B2,E2:G4)"]]',
      'Prices!6,1 formulas=[["=DEAL_SLACREDIT(B3,B4,E6:F8)"]]',
      `Prices!9,3 formulas=${JSON.stringify(ledgerRefs)}`,
    ]);
    expect(plan.report).toEqual({
      action: "native",
      scope: "sheet",
      changed: [
        { sheet: "Prices", address: "B6" },
        { sheet: "Prices", address: "B7" },
        { sheet: "Prices", address: "D10:H12" },
      ],
      skipped: [],
      namesDefined: ["DEAL_TIEREDCOST", "DEAL_SLACREDIT", "DEAL_RAMPPRICE"],
      drawDowns: { sheet: "DEAL draw-downs", ledgers: 1 },
    });
    expect(twinComment(TEST_TWINS[0])).toMatch(/^Native form of DEAL\.TIEREDCOST, .*Excel 365/);
  });

  it("defines no name the formulas in scope do not need", () => {
    const sheet: SheetSpec = {
      name: "Q",
      cells: { A1: { f: "=2*DEAL.TIEREDCOST(1,B1:C3)", v: 8 } },
    };
    const plan = planNative(scopeRead([sheet]), TEST_TWINS);
    expect(plan.report.namesDefined).toEqual(["DEAL_TIEREDCOST"]);
    expect(writes(plan.steps)).toEqual(['Q!0,0 formulas=[["=2*DEAL_TIEREDCOST(1,B1:C3)"]]']);
  });

  it("keeps a name that is already there with the same formula, as Excel may spell it", () => {
    const spelled =
      "=LAMBDA(_xlpm.units, _xlpm.tiers, [_xlpm.mode], [_xlpm.per], sumproduct(_xlpm.units*INDEX(_xlpm.tiers,,2)))";
    const read = scopeRead(
      [{ name: "Q", cells: { A1: { f: "=DEAL.TIEREDCOST(1,B1:C3)", v: 8 } } }],
      {
        names: [{ name: "deal_tieredcost", formula: spelled, comment: "" }],
      }
    );
    const plan = planNative(read, TEST_TWINS);
    expect(kinds(plan.steps)).toEqual(["write"]);
    expect(plan.report.namesDefined).toEqual([]);
  });

  it("updates DEAL's own name when its formula is an older one", () => {
    const read = scopeRead(
      [{ name: "Q", cells: { A1: { f: "=DEAL.TIEREDCOST(1,B1:C3)", v: 8 } } }],
      {
        names: [
          {
            name: "DEAL_TIEREDCOST",
            formula: "=LAMBDA(u,t,0)",
            comment: twinComment(TEST_TWINS[0]),
          },
        ],
      }
    );
    expect(planNative(read, TEST_TWINS).steps[0]).toEqual(
      expect.objectContaining({ kind: "defineName", name: "DEAL_TIEREDCOST", how: "update" })
    );
  });

  it("never overwrites the user's name, and skips the formulas that would need it", () => {
    const read = scopeRead([PRICES], {
      names: [{ name: "DEAL_RAMPPRICE", formula: "=Sheet1!$A$1", comment: "my ramp" }],
    });
    const plan = planNative(read, TEST_TWINS);
    expect(plan.report.namesDefined).toEqual(["DEAL_TIEREDCOST"]);
    expect(plan.report.skipped).toEqual([
      {
        sheet: "Prices",
        address: "B7",
        reason:
          "Name Manager already has a name DEAL_RAMPPRICE with another formula that is not DEAL's; DEAL left it alone (rename or delete that name, then try again)",
      },
      expect.objectContaining({ address: "D10" }),
    ]);
  });

  it("reports a DEAL.COMMITCOST as having no native form in an open workbook; Values takes it", () => {
    const sizing: SheetSpec = {
      name: "Sizing",
      cells: { B2: { f: "=DEAL.COMMITCOST(100,C10:C12,0,,,1.05,0.8)+B1", v: 321 } },
    };
    const plan = planNative(scopeRead([sizing]), TEST_TWINS);
    expect(plan.report.skipped).toEqual([
      {
        sheet: "Sizing",
        address: "B2",
        reason: "no native form of DEAL.COMMITCOST (needs the add-in)",
      },
    ]);
    expect(valuesCandidates(scopeRead([sizing]), TEST_TWINS)).toHaveLength(1);
  });

  it("skips formulas on a sheet whose own name would hide the twin", () => {
    const plan = planNative(scopeRead([{ ...PRICES, names: ["Deal_TieredCost"] }]), TEST_TWINS);
    expect(plan.report.skipped[0]).toEqual({
      sheet: "Prices",
      address: "B6",
      reason:
        "the sheet has its own name DEAL_TIEREDCOST, which would hide DEAL's (rename it in Name Manager, then try again)",
    });
  });

  it("sends formulas Excel did not recognise to Repair, and skips those it could not undo exactly", () => {
    const sheet: SheetSpec = {
      name: "Q",
      cells: {
        A1: { f: "=_xldudf_DEAL_TIEREDCOST(1,B1:C3)", v: "#NAME?" },
        A2: { f: "=deal.tieredcost(1,B1:C3)", v: "#NAME?" },
        A3: { f: "=DEAL_TIEREDCOST(1,B1:C3)+DEAL.SLACREDIT(1,2,B1:C3)", v: 3 },
        A4: { f: "=DEAL_TIEREDCOST(1,B1:C3)", v: 3 },
      },
    };
    const plan = planNative(scopeRead([sheet]), TEST_TWINS);
    expect(plan.steps).toEqual([]);
    expect(plan.report.skipped.map((skip) => `${skip.address}: ${skip.reason}`)).toEqual([
      "A1: Excel does not recognise DEAL.TIEREDCOST in it (it shows _xldudf_DEAL_TIEREDCOST): run Repair first",
      "A2: Excel did not recognise DEAL.TIEREDCOST in it (it was typed before the add-in was loaded): run Repair first",
      "A3: it already calls DEAL_TIEREDCOST too, so the conversion could not be undone exactly",
    ]);
  });

  it("plans nothing, and reports nothing, for a workbook without DEAL formulas", () => {
    const read = scopeRead(
      [{ name: "Plain", cells: { A1: 1, A2: { f: "=A1*2", v: 2 }, A3: "=DEAL.X( in text" } }],
      {
        scope: "workbook",
      }
    );
    for (const plan of [
      planNative(read, TEST_TWINS),
      planRepair(read, TEST_TWINS),
      planRestore(read, TEST_TWINS),
    ]) {
      expect(plan.steps).toEqual([]);
      expect(plan.report.changed).toEqual([]);
      expect(plan.report.skipped).toEqual([]);
    }
    expect(valuesCandidates(read, TEST_TWINS)).toEqual([]);
    expect(planValues(read, []).steps).toEqual([]);
  });

  it("refuses a read-only workbook, and a protected sheet it would change", () => {
    expect(() => planNative(scopeRead([PRICES], { readOnly: true }), TEST_TWINS)).toThrow(
      /open read-only.*Nothing was changed\.$/
    );
    expect(() => planRepair(scopeRead([{ ...PRICES, protected: true }]), TEST_TWINS)).toThrow(
      new WorkbookRefusal(
        'The sheet "Prices" is protected, so DEAL cannot change its formulas. Unprotect it (Review > Unprotect Sheet) and try again. Nothing was changed.'
      )
    );
    // A protected sheet without DEAL formulas is no reason to refuse.
    const plain = { name: "Locked", protected: true, cells: { A1: 1 } };
    const both = scopeRead([PRICES, plain]);
    expect(planNative(both, TEST_TWINS, rolloverResults(both)).steps).toHaveLength(8);
  });
});

describe("planRepair", () => {
  it("enters every DEAL formula again, in Excel's spelling, and leaves native ones alone", () => {
    const sheet: SheetSpec = {
      ...PRICES,
      cells: {
        ...PRICES.cells,
        B9: { f: "=_xldudf_DEAL_SLACREDIT(B3,B4,E6:F8)", v: "#NAME?" },
        B10: { f: "=DEAL_TIEREDCOST(B2,E2:G4)", v: 1250.5 },
      },
    };
    const plan = planRepair(scopeRead([sheet]), TEST_TWINS);
    expect(writes(plan.steps)).toEqual([
      `Prices!5,1 formulas=[["${TIERED}"]]`,
      `Prices!6,1 formulas=[["${SLA}"]]`,
      'Prices!8,1 formulas=[["=DEAL.SLACREDIT(B3,B4,E6:F8)"]]',
      `Prices!9,3 formulas=[["${ROLLOVER}"]]`,
    ]);
    expect(plan.report.changed.map((place) => place.address)).toEqual(["B6", "B7", "B9", "D10"]);
  });
});

/** The result "native" reads for PRICES: the ROLLOVER's spill. */
function rolloverResults(read: ScopeRead): FormulaResult[] {
  return pricesResults(read).filter((result) => result.cell.formula === ROLLOVER);
}

/** The results "values" reads for PRICES: two single values and the ROLLOVER spill. */
function pricesResults(
  read: ScopeRead,
  overrides: Partial<Record<string, Partial<FormulaResult>>> = {}
) {
  return valuesCandidates(read, TEST_TWINS).map((cell): FormulaResult => {
    const address = `${"ABCD"[cell.column]}${cell.row + 1}`;
    const base: FormulaResult =
      cell.formula === ROLLOVER
        ? {
            cell,
            value: 0,
            valueType: "Double",
            spill: {
              rect: { row: 9, column: 3, rows: 3, columns: 5 },
              values: SPILL,
              valueTypes: SPILL.map((row) => row.map(() => "Double")),
            },
          }
        : { cell, value: cell.formula === TIERED ? 1250.5 : 42, valueType: "Double" };
    return { ...base, ...overrides[address] };
  });
}

describe("planValues", () => {
  it("keeps the formulas in a new store first, then writes values over cells and whole spill ranges", () => {
    const read = scopeRead([PRICES]);
    const plan = planValues(read, pricesResults(read));
    expect(kinds(plan.steps)).toEqual(["writeStore", "write", "write", "write"]);
    const store = plan.steps[0] as Extract<SharingStep, { kind: "writeStore" }>;
    expect(store).toEqual(expect.objectContaining({ sheetName: "DEAL formulas", create: true }));
    expect(store.clear).toBeUndefined();
    // Every text of the store carries Excel's text marker, so a formula stays text.
    expect(store.rows[1].slice(0, 4)).toEqual(["'Prices", "'{Prices}", "'B6", `'${TIERED}`]);
    expect(writes(plan.steps)).toEqual([
      "Prices!5,1 values=[[1250.5]]",
      "Prices!6,1 values=[[42]]",
      `Prices!9,3 values=${JSON.stringify(SPILL)}`,
    ]);
    expect(plan.report.changed.map((place) => place.address)).toEqual(["B6", "B7", "D10:H12"]);
    const typedBack = store.rows.map((row) =>
      row.map((cell) => (typeof cell === "string" ? cell.slice(1) : cell))
    );
    expect(readStoreRows(typedBack).records).toEqual([
      stored("Prices", "B6", TIERED, 1250.5),
      stored("Prices", "B7", SLA, 42),
      stored("Prices", "D10", ROLLOVER, 0, 3, 5),
    ]);
  });

  it("writes text as text and errors as errors, and skips results that are not results yet", () => {
    const read = scopeRead([PRICES]);
    const results = pricesResults(read, {
      B6: { value: "=not a formula", valueType: "String" },
      B7: { value: "#N/A", valueType: "Error" },
      D10: { value: "#BUSY!", valueType: "Error", spill: undefined },
    });
    const plan = planValues(read, results);
    expect(writes(plan.steps)).toEqual([
      'Prices!5,1 values=[["\'=not a formula"]]',
      'Prices!6,1 values=[["#N/A"]]',
    ]);
    expect(plan.report.skipped).toEqual([
      {
        sheet: "Prices",
        address: "D10",
        reason: "it is still calculating: wait until it shows its result, then try again",
      },
    ]);
    const names = planValues(
      read,
      pricesResults(read, { B6: { value: "#NAME?", valueType: "Error" } })
    );
    expect(names.report.skipped[0].reason).toMatch(
      /^it shows #NAME\? .*run Repair first, then Values$/
    );
  });

  it("adds to the store it finds, replacing a record of the same cell, keeping rows it cannot read", () => {
    const existing: StoreRead = {
      sheetName: "DEAL formulas (2)",
      records: [
        stored("Other", "A1", "=DEAL.RAMPPRICE(1,2)", 2),
        stored("Prices", "B6", "=DEAL.TIEREDCOST(1,B1:C2)", 5),
      ],
      unreadable: [["edited by hand"]],
      used: { row: 0, column: 0, rows: 4, columns: 8 },
    };
    const read = scopeRead([PRICES], { store: existing, structureProtected: true });
    const plan = planValues(read, pricesResults(read));
    const store = plan.steps[0] as Extract<SharingStep, { kind: "writeStore" }>;
    expect(store).toEqual(
      expect.objectContaining({
        sheetName: "DEAL formulas (2)",
        create: false,
        clear: existing.used,
      })
    );
    const typedBack = store.rows.map((row) =>
      row.map((cell) => (typeof cell === "string" ? cell.slice(1) : cell))
    );
    const back = readStoreRows(typedBack);
    expect(
      back.records.map((record) => `${record.sheetName}!${record.address} ${record.formula}`)
    ).toEqual([
      "Other!A1 =DEAL.RAMPPRICE(1,2)",
      `Prices!B6 ${TIERED}`,
      `Prices!B7 ${SLA}`,
      `Prices!D10 ${ROLLOVER}`,
    ]);
    expect(back.unreadable).toEqual([["edited by hand", "", "", "", "", "", "", ""]]);
  });

  it("takes a free name for a new store, and refuses when the structure is protected", () => {
    const read = scopeRead([PRICES, { name: "deal FORMULAS", cells: {} }]);
    const plan = planValues(read, pricesResults(read));
    expect(plan.steps[0]).toEqual(
      expect.objectContaining({ sheetName: "DEAL formulas (2)", create: true })
    );
    const locked = scopeRead([PRICES], { structureProtected: true });
    expect(() => planValues(locked, pricesResults(locked))).toThrow(
      /structure is protected.*"DEAL formulas".*Nothing was changed\.$/
    );
  });
});

/** PRICES after "values": the DEAL formulas are values, their formulas in the store. */
const CONVERTED: SheetSpec = {
  name: "Prices",
  cells: {
    ...PRICES.cells,
    B6: 1250.5,
    B7: 42,
    D10: 0,
    B11: { f: "=DEAL_TIEREDCOST(B2,E2:G4)", v: 1250.5 },
  },
};
const STORE: StoreRead = {
  sheetName: "DEAL formulas",
  records: [
    stored("Prices", "B6", TIERED, 1250.5),
    stored("Prices", "B7", SLA, 42),
    stored("Prices", "D10", ROLLOVER, 0, 3, 5),
  ],
  unreadable: [],
  used: { row: 0, column: 0, rows: 4, columns: 8 },
};

describe("planRestore", () => {
  it("clears the spill range, puts every kept formula back, turns twins back, and removes the store", () => {
    const plan = planRestore(scopeRead([CONVERTED], { store: STORE }), TEST_TWINS);
    expect(plan.steps).toEqual([
      { kind: "clear", sheet: "Prices", rect: { row: 9, column: 3, rows: 3, columns: 5 } },
      expect.objectContaining({
        kind: "write",
        cells: [["=DEAL.TIEREDCOST(B2,E2:G4)"]],
        rect: { row: 10, column: 1, rows: 1, columns: 1 },
      }),
      expect.objectContaining({
        kind: "write",
        cells: [[TIERED]],
        rect: { row: 5, column: 1, rows: 1, columns: 1 },
      }),
      expect.objectContaining({ kind: "write", cells: [[SLA]] }),
      expect.objectContaining({
        kind: "write",
        cells: [[ROLLOVER]],
        rect: { row: 9, column: 3, rows: 1, columns: 1 },
      }),
      { kind: "deleteSheet", sheetName: "DEAL formulas" },
    ]);
    expect(plan.report.changed.map((place) => place.address)).toEqual([
      "B11",
      "B6",
      "B7",
      "D10:H12",
    ]);
    expect(plan.report.skipped).toEqual([]);
  });

  it("leaves a cell that changed since, says why, and keeps its formula in the store", () => {
    const changed: SheetSpec = {
      name: "Prices",
      cells: { ...CONVERTED.cells, B6: 999, B7: { f: "=1+1", v: 2 }, F11: { f: "=A1", v: 0 } },
    };
    const plan = planRestore(
      scopeRead([changed], { store: STORE, structureProtected: true }),
      TEST_TWINS
    );
    expect(plan.report.skipped.map((skip) => `${skip.address}: ${skip.reason}`)).toEqual([
      `B6: the cell no longer holds the value DEAL left there (edited, or moved by inserted rows or columns?); its original formula is ${TIERED}`,
      `B7: the cell holds another formula now, so DEAL left it (the original was ${SLA})`,
      "D10: a formula now sits in the cells its result spilled into: move it, then restore again",
    ]);
    // Nothing restored from the store: it stays as it is.
    expect(kinds(plan.steps)).toEqual(["write"]);
  });

  it("rewrites the store without what came back, and drops records whose formula is back already", () => {
    const partly: SheetSpec = {
      name: "Prices",
      cells: { ...CONVERTED.cells, B6: { f: TIERED, v: 1250.5 }, B7: 7 },
    };
    const plan = planRestore(scopeRead([partly], { store: STORE }), TEST_TWINS);
    const last = plan.steps[plan.steps.length - 1] as Extract<SharingStep, { kind: "writeStore" }>;
    expect(last).toEqual(
      expect.objectContaining({ kind: "writeStore", create: false, clear: STORE.used })
    );
    const typedBack = last.rows.map((row) =>
      row.map((cell) => (typeof cell === "string" ? cell.slice(1) : cell))
    );
    expect(readStoreRows(typedBack).records).toEqual([STORE.records[1]]);
    expect(plan.report.changed.map((place) => place.address)).toEqual(["B11", "D10:H12"]);
  });

  it("restores only in scope, and names a sheet that is gone when the whole workbook is in scope", () => {
    const store: StoreRead = {
      ...STORE,
      records: [...STORE.records, stored("Gone", "A1", "=DEAL.RAMPPRICE(1,2)", 2)],
    };
    const selected = scopeRead(
      [{ ...CONVERTED, areas: [{ row: 5, column: 1, rows: 1, columns: 1 }] }],
      { store, scope: "selection" }
    );
    const plan = planRestore(selected, TEST_TWINS);
    expect(plan.report.changed).toEqual([{ sheet: "Prices", address: "B6" }]);
    expect(plan.report.skipped).toEqual([]);

    const whole = planRestore(scopeRead([CONVERTED], { store, scope: "workbook" }), TEST_TWINS);
    expect(whole.report.skipped).toEqual([
      {
        sheet: "Gone",
        address: "A1",
        reason: 'the sheet "Gone" it was on is no longer in the workbook; DEAL keeps its formula',
      },
    ]);
  });

  it("finds the sheet by its id after a rename", () => {
    const renamed = scopeRead([{ ...CONVERTED, name: "Prices 2026", id: "{Prices}" }], {
      store: STORE,
    });
    expect(planRestore(renamed, TEST_TWINS).report.changed[1]).toEqual({
      sheet: "Prices 2026",
      address: "B6",
    });
  });
});

describe("planRestore of a DEAL.ROLLOVER given a native ledger", () => {
  const LEDGER_REFS = SPILL.map((row, r) =>
    row.map((_, c) => `='Ledgers'!$${"DGHMN"[c]}$${13 + r}`)
  );
  /** PRICES after "native": the spill refers to the ledger, on the sheet of draw-downs renamed "Ledgers". */
  const linked: SheetSpec = {
    name: "Prices",
    cells: {
      ...PRICES.cells,
      ...Object.fromEntries(
        LEDGER_REFS.flatMap((row, r) =>
          row.map((f, c) => [`${"DEFGH"[c]}${10 + r}`, { f, v: SPILL[r][c] }])
        )
      ),
    },
  };
  const drawDowns = (protectedSheet = false, extra: SheetSpec["cells"] = {}) => ({
    name: "Ledgers",
    protected: protectedSheet,
    cells: {
      A1: "DEAL.ROLLOVER at 'Prices'!D10, in native formulas",
      N15: { f: "=M15", v: 0 },
      ...extra,
    },
  });
  const store: StoreRead = {
    sheetName: "DEAL formulas",
    records: [
      {
        ...stored("Prices", "D10", ROLLOVER, 0, 3, 5),
        value: JSON.stringify({ ledger: "A1:N15", first: "D13" }),
      },
    ],
    unreadable: [],
    used: { row: 0, column: 0, rows: 2, columns: 8 },
  };
  const readWith = (prices: SheetSpec, ledgers: SheetSpec, structureProtected = false) =>
    scopeRead([prices], { store, structureProtected, drawDowns: scopeSheet(ledgers) });

  it("clears the spill, puts the call back and deletes the sheet its ledger leaves empty", () => {
    const plan = planRestore(readWith(linked, drawDowns()), TEST_TWINS);
    expect(plan.steps).toEqual([
      { kind: "clear", sheet: "Prices", rect: { row: 9, column: 3, rows: 3, columns: 5 } },
      expect.objectContaining({ kind: "write", cells: [[ROLLOVER]] }),
      { kind: "deleteSheet", sheetName: "Ledgers" },
      { kind: "deleteSheet", sheetName: "DEAL formulas" },
    ]);
    expect(plan.report.drawDowns).toEqual({ sheet: "Ledgers", ledgers: 1 });
  });

  it("clears the ledger alone when the sheet holds more, and keeps it where the sheet is protected or its title moved", () => {
    const more = planRestore(readWith(linked, drawDowns(false, { B40: "mine" })), TEST_TWINS);
    expect(more.steps[2]).toEqual({
      kind: "clear",
      sheet: "Ledgers",
      rect: { row: 0, column: 0, rows: 15, columns: 14 },
      formats: true,
    });
    for (const ledgers of [drawDowns(true), { ...drawDowns(), cells: { A2: "moved" } }]) {
      const plan = planRestore(readWith(linked, ledgers), TEST_TWINS);
      expect(kinds(plan.steps)).toEqual(["clear", "write", "deleteSheet"]);
      expect(plan.report.drawDowns).toBeUndefined();
    }
  });

  it("leaves a call whose cell now holds another formula, or whose spill a formula of the user's sits in", () => {
    const edited = { ...linked, cells: { ...linked.cells, D10: { f: "=1+1", v: 2 } } };
    const blocked = { ...linked, cells: { ...linked.cells, F11: { f: "=A1", v: 0 } } };
    const reasons = [edited, blocked].map(
      (sheet) => planRestore(readWith(sheet, drawDowns()), TEST_TWINS).report.skipped[0]?.reason
    );
    expect(reasons).toEqual([
      `the cell holds another formula now, so DEAL left it (the original was ${ROLLOVER})`,
      "a formula now sits in the cells its result spilled into: move it, then restore again",
    ]);
  });
});
