import { TableCreate, TableUpdate } from "../edit";
import { reconcile } from "../reconcile";
import { WorkbookRefusal } from "../workbookRefusal";
import {
  checklistPlan,
  editedDealSheet,
  memorySheet,
  rememberedSla,
  workbook,
} from "./reconcileFixtures";

const otherSheet = (name: string, tables: string[] = []) => ({
  name,
  protected: false,
  tables: tables.map((table) => ({
    name: table,
    at: { row: 0, column: 0 },
    headers: [],
    values: [],
  })),
});

describe("reconciling DEAL's plans with a workbook", () => {
  it("creates every sheet and table in an empty workbook under the preferred names", () => {
    const edit = reconcile(workbook([]), [checklistPlan()]);
    const [sheet] = edit.sheets;
    expect(sheet).toMatchObject({ name: "DEAL SLA checklist", create: true });
    expect(sheet.tables[0]).toMatchObject({ kind: "create", name: "DEAL_Checklist_SLA" });
    expect((sheet.tables[0] as TableCreate).rows).toHaveLength(2);
    expect(sheet.inputs).toHaveLength(1);
    expect(edit.report.sheets[0]).toEqual({
      key: "checklist-SLA",
      sheetName: "DEAL SLA checklist",
      created: true,
      rowsAdded: 2,
      rowsRefreshed: 0,
      userRowsKept: 0,
      editsKept: [],
    });
    expect(edit.memory).toMatchObject({ sheetName: "DEAL memory", create: true });
  });

  it("resolves table keys in DEAL's formulas to the tables' workbook names", () => {
    const edit = reconcile(workbook([]), [checklistPlan()]);
    expect(edit.sheets[0].blocks[1].cells[0][0]).toEqual({
      formula: '=COUNTIF(DEAL_Checklist_SLA[Status],"Agreed")',
    });
  });

  it("never takes a sheet or table name used by something not DEAL's, ignoring case", () => {
    const snapshot = workbook([otherSheet("deal sla checklist", ["DEAL_Checklist_SLA"])], {
      definedNames: ["DEAL_Checklist_SLA_2"],
    });
    const [sheet] = reconcile(snapshot, [checklistPlan()]).sheets;
    expect(sheet.name).toBe("DEAL SLA checklist (2)");
    expect(sheet.tables[0]).toMatchObject({ kind: "create", name: "DEAL_Checklist_SLA_3" });
    expect(sheet.blocks[1].cells[0][0]).toEqual({
      formula: '=COUNTIF(DEAL_Checklist_SLA_3[Status],"Agreed")',
    });
  });

  it("shortens a free sheet name to Excel's 31 characters", () => {
    const long = {
      ...checklistPlan(),
      preferredName: "A very long checklist sheet name".slice(0, 31),
    };
    const [sheet] = reconcile(workbook([otherSheet(long.preferredName)]), [long]).sheets;
    expect(sheet.name.length).toBeLessThanOrEqual(31);
    expect(sheet.name.endsWith(" (2)")).toBe(true);
  });

  it("finds its sheet after the user renamed it, and keeps the user's name", () => {
    const snapshot = workbook([editedDealSheet([["SLA-01", "Old ask", "Agreed", "Signed", "x"]])]);
    const [sheet] = reconcile(snapshot, [checklistPlan()]).sheets;
    expect(sheet).toMatchObject({ name: "Our SLA asks", create: false });
  });
});

describe("inserting again into a sheet the user has worked in", () => {
  const userWork = [
    ["SLA-01", "Old wording of ask 1", "Agreed", "Signed 3 March", "their value"],
    ["", "Our own extra ask", "Asked", "Added by legal", null],
    ["SLA-02", "Old wording of ask 2", "Countered", null, null],
  ];
  // DEAL remembers writing the old wording, so the asks are still DEAL's to refresh.
  const remembered = memorySheet(
    rememberedSla({ "SLA-01": "Old wording of ask 1", "SLA-02": "Old wording of ask 2" }, 3)
  );
  const edit = reconcile(workbook([editedDealSheet(userWork), remembered]), [
    checklistPlan(["SLA-01", "SLA-02", "SLA-03"]),
  ]);
  const table = edit.sheets[0].tables[0] as TableUpdate;

  it("updates the existing table instead of adding one", () => {
    expect(table).toMatchObject({ kind: "update", name: "DEAL_Checklist_SLA" });
  });

  it("refreshes only DEAL's columns, and only in the rows DEAL made", () => {
    expect(table.refresh.map((r) => r.header)).toEqual(["Item ID", "Item ID", "Ask", "Ask"]);
    expect(table.refresh.filter((r) => r.header === "Ask")).toEqual([
      { header: "Ask", firstRow: 0, values: [{ value: "Ask SLA-01" }] },
      { header: "Ask", firstRow: 2, values: [{ value: "Ask SLA-02" }] },
    ]);
  });

  it("appends new items with DEAL's defaults and blanks in the user's own columns", () => {
    expect(table.append).toEqual([
      [
        { value: "SLA-03" },
        { value: "Ask SLA-03" },
        { value: "Not started" },
        { value: null },
        { value: null },
      ],
    ]);
  });

  it("reports what it refreshed, added and kept", () => {
    expect(edit.report.sheets[0]).toMatchObject({
      created: false,
      rowsAdded: 1,
      rowsRefreshed: 2,
      userRowsKept: 1,
      editsKept: [],
    });
  });

  it("rewrites its memory in the memory sheet it found", () => {
    expect(edit.memory).toMatchObject({
      sheetName: "DEAL memory",
      create: false,
      clear: { row: 0, column: 0 },
    });
  });

  it("does not write an input cell the user filled", () => {
    expect(edit.sheets[0].inputs).toEqual([]);
  });

  it("moves the note below the table down by the rows the table gained", () => {
    // Planned for 3 rows (note at row 3 + 3 + 2); the table will hold 4 (3 + the user's row).
    expect(edit.sheets[0].blocks[2].at.row).toBe(3 + 3 + 2 + 1);
  });

  it("moves a series chart below the table, and the cells it reads, with the table's growth", () => {
    const chart = {
      kind: "bar" as const,
      key: "chart",
      title: "A chart",
      categories: { row: 12, column: 2, rows: 2, columns: 1 },
      series: [{ name: "Cost", values: { row: 12, column: 1, rows: 2, columns: 1 } }],
      categoryAxisTitle: "Model",
      valueAxisTitle: "USD",
      valueFormat: "$#,##0",
      at: { row: 11, column: 0 },
      widthInColumns: 4,
      heightInRows: 8,
    };
    const plan = { ...checklistPlan(["SLA-01", "SLA-02", "SLA-03"]), charts: [chart] };
    const [moved] = reconcile(workbook([editedDealSheet(userWork)]), [plan]).sheets[0].charts;
    // The table holds one row more than planned (the user's), so what is under it in its columns
    // moves one down.
    expect(moved).toMatchObject({
      at: { row: 12, column: 0 },
      categories: { row: 13, column: 2, rows: 2, columns: 1 },
      series: [{ values: { row: 13, column: 1, rows: 2, columns: 1 } }],
    });
  });

  it("defines a plan's workbook names, replacing DEAL's earlier ones", () => {
    const plan = {
      ...checklistPlan(),
      names: [{ name: "DEAL_Name", refersTo: { row: 1, column: 2, rows: 4, columns: 1 } }],
    };
    expect(reconcile(workbook([]), [plan]).sheets[0].names).toEqual([
      { name: "DEAL_Name", address: "$C$2:$C$5", replace: false },
    ]);
    const again = reconcile(workbook([], { definedNames: ["deal_name"] }), [plan]);
    expect(again.sheets[0].names).toEqual([
      { name: "DEAL_Name", address: "$C$2:$C$5", replace: true },
    ]);
  });

  it("clears DEAL's earlier copy of a note that moved, and nothing else", () => {
    const sheet = editedDealSheet(userWork);
    const note = "Real-world example: a telco…";
    const usedRange = {
      at: { row: 0, column: 0 },
      values: [
        ...Array.from({ length: 7 }, () => [null]),
        [note],
        [null],
        ["a note of the user's"],
      ],
    };
    const moved = reconcile(workbook([{ ...sheet, usedRange }]), [
      checklistPlan(["SLA-01", "SLA-02", "SLA-03"]),
    ]);
    expect(moved.sheets[0].clear).toEqual([{ row: 7, column: 0, rows: 1, columns: 4 }]);
  });

  it("adds back a DEAL column the user deleted, with DEAL's content in DEAL's rows", () => {
    const snapshot = workbook([
      {
        ...editedDealSheet([]),
        tables: [
          {
            name: "DEAL_Checklist_SLA",
            at: { row: 3, column: 0 },
            headers: ["Item ID", "Status"],
            values: [["SLA-01", "Agreed"]],
          },
        ],
      },
    ]);
    const update = reconcile(snapshot, [checklistPlan(["SLA-01"])]).sheets[0]
      .tables[0] as TableUpdate;
    expect(update.addColumns).toEqual([{ header: "Ask", values: [{ value: "Ask SLA-01" }] }]);
    expect(update.append).toEqual([]);
  });

  it("changes nothing of the user's on a second identical insert", () => {
    const once = [
      ["SLA-01", "Ask SLA-01", "Agreed", "note", null],
      ["SLA-02", "Ask SLA-02", "Not started", null, null],
    ];
    const again = reconcile(workbook([editedDealSheet(once)]), [checklistPlan()]);
    const update = again.sheets[0].tables[0] as TableUpdate;
    expect(update.append).toEqual([]);
    expect(update.refresh.every((r) => r.header === "Item ID" || r.header === "Ask")).toBe(true);
  });
});

describe("refusing to write", () => {
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(WorkbookRefusal);
      return (error as Error).message;
    }
    throw new Error("expected a refusal");
  };

  it("refuses a read-only workbook", () => {
    expect(refusal(() => reconcile(workbook([], { readOnly: true }), [checklistPlan()]))).toMatch(
      /read-only.*Nothing was changed\./
    );
  });

  it("refuses a protected DEAL sheet, naming it", () => {
    const snapshot = workbook([{ ...editedDealSheet([]), protected: true }]);
    expect(refusal(() => reconcile(snapshot, [checklistPlan()]))).toMatch(
      /"Our SLA asks" is protected.*Unprotect Sheet/
    );
  });

  it("refuses a protected workbook structure only when a sheet must be added", () => {
    expect(
      refusal(() => reconcile(workbook([], { structureProtected: true }), [checklistPlan()]))
    ).toMatch(/structure is protected/);
    const existing = workbook([editedDealSheet([])], { structureProtected: true });
    expect(() => reconcile(existing, [checklistPlan()])).not.toThrow();
  });

  it("refuses a DEAL table that lost its id column, rather than guess which rows are whose", () => {
    const snapshot = workbook([
      {
        ...editedDealSheet([]),
        tables: [
          {
            name: "DEAL_Checklist_SLA",
            at: { row: 3, column: 0 },
            headers: ["Ask", "Status"],
            values: [],
          },
        ],
      },
    ]);
    expect(refusal(() => reconcile(snapshot, [checklistPlan()]))).toMatch(
      /no longer has its "Item ID" column/
    );
  });
});
