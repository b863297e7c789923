import ExcelJS from "exceljs";
import type { MemoryEdit, WorkbookEdit } from "../../workbook/edit";
import { readMemory } from "../../workbook/memory/cellMemory";
import { rememberedCell } from "../../workbook/__tests__/reconcileFixtures";
import { fingerprint } from "../../workbook/memory/fingerprint";
import type { CellValue, SheetPlan } from "../../workbook/plan";
import { PRINT_DEFAULTS } from "../../workbook/printSetup";
import { reconcile } from "../../workbook/reconcile";
import { applyEditToExcelJs } from "../applyEdit";
import { EMPTY_SNAPSHOT } from "../demoWorkbook";
import { writeXlsx } from "../writeFile";
import { storedCells } from "./support/sheetXml";
import { zipParts } from "./support/zipParts";

/** Text Office.js would read as a formula, number, boolean or date if it were typed. */
const TRICKY_TEXTS = [
  "=1+1",
  "+A1",
  "-5",
  "@SUM(A1)",
  "0012",
  "TRUE",
  "'quoted",
  "2026-11",
  '=HYPERLINK("x")',
];

const plan = (overrides: Partial<SheetPlan>): SheetPlan => ({
  key: "test",
  preferredName: "Test",
  blocks: [],
  inputs: [],
  tables: [],
  charts: [],
  freezeRows: 0,
  ...overrides,
});

async function write(plans: SheetPlan[], shareSafe = false) {
  const workbook = new ExcelJS.Workbook();
  const report = applyEditToExcelJs(workbook, reconcile(EMPTY_SNAPSHOT, plans), {
    shareSafe,
    twins: [],
  });
  const bytes = await writeXlsx(workbook, report);
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(bytes as unknown as ArrayBuffer);
  return { report, bytes, read, cells: storedCells(bytes), parts: zipParts(bytes) };
}

describe("applyEditToExcelJs", () => {
  it("stores text from data as text, never as a formula, whatever it starts with", async () => {
    const { cells, read } = await write([
      plan({
        blocks: [
          { at: { row: 0, column: 0 }, cells: TRICKY_TEXTS.map((text) => [{ value: text }]) },
        ],
        tables: [
          {
            key: "t",
            preferredName: "Tricky",
            at: { row: 0, column: 2 },
            columns: [{ header: "Text", owner: "deal", width: 20 }],
            idColumn: 0,
            rows: TRICKY_TEXTS.map((text) => [{ value: text }]),
            style: "TableStyleLight9",
          },
        ],
      }),
    ]);
    const sheet = cells.get("Test");
    TRICKY_TEXTS.forEach((text, i) => {
      for (const address of [`A${i + 1}`, `C${i + 2}`]) {
        expect(sheet?.get(address)).toEqual({
          type: "s",
          value: text,
          formula: undefined,
          arrayRef: undefined,
          cm: undefined,
        });
        expect(read.getWorksheet("Test")?.getCell(address).value).toBe(text);
      }
    });
  });

  it("writes a table with its style, header, formats, widths, drop-down and colours", async () => {
    const { read, parts } = await write([
      plan({
        tables: [
          {
            key: "t",
            preferredName: "Tasks",
            at: { row: 2, column: 1 },
            columns: [
              { header: "ID", owner: "deal", width: 9, style: { numberFormat: "@" } },
              {
                header: "Status",
                owner: "user",
                width: 15,
                list: ["Open", 'Say "done"'],
                colors: [{ equals: "Open", fill: "#DFF6DD", fontColor: "#107C10" }],
              },
              {
                header: "Cost",
                owner: "deal",
                width: 12,
                style: { numberFormat: "$#,##0", bold: true },
              },
            ],
            idColumn: 0,
            rows: [
              [{ value: "a" }, { value: "Open" }, { value: 1 }],
              [{ value: "b" }, { value: "Closed" }, { formula: '=[@ID]&"!"' }],
            ],
            style: "TableStyleMedium2",
          },
        ],
      }),
    ]);
    const sheet = read.getWorksheet("Test") as ExcelJS.Worksheet;
    const table = sheet.getTable("Tasks") as unknown as {
      table: { tableRef: string; columns: { name: string }[]; style: { theme: string } };
    };
    expect(table.table.tableRef).toBe("B3:D5");
    expect(table.table.columns.map((c) => c.name)).toEqual(["ID", "Status", "Cost"]);
    expect(table.table.style.theme).toBe("TableStyleMedium2");
    expect(["B3", "C3", "D3"].map((a) => sheet.getCell(a).value)).toEqual(["ID", "Status", "Cost"]);
    expect(sheet.getCell("C4").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Open,Say ""done"""'],
    });
    expect(sheet.getCell("C5").dataValidation).toMatchObject({ type: "list" });
    expect(sheet.getCell("D4").numFmt).toBe("$#,##0");
    expect(sheet.getCell("D4").font?.bold).toBe(true);
    expect(sheet.getCell("B4").numFmt).toBe("@");
    expect([2, 3, 4].map((c) => Number(sheet.getColumn(c).width?.toFixed(6)))).toEqual([9, 15, 12]);
    const [cf] = conditionalFormats(sheet) as {
      ref: string;
      rules: { operator: string; formulae: string[] }[];
    }[];
    expect(cf.ref).toBe("C4:C5");
    expect(cf.rules[0]).toMatchObject({ operator: "equal", formulae: ['"Open"'] });
    expect(parts.get("xl/worksheets/sheet1.xml")).toContain(
      "<f>Tasks[[#This Row],[ID]]&amp;&quot;!&quot;</f><v>b!</v>"
    );
    expect(parts.get("xl/styles.xml")).toMatch(/<dxf>.*FF107C10.*FFDFF6DD/s);
  });

  it("gives inputs the input look, merges note rows, freezes rows and sets column widths", async () => {
    const { read, parts } = await write([
      plan({
        tabColor: "#107C10",
        blocks: [
          {
            at: { row: 0, column: 0 },
            cells: [[{ value: "Title" }]],
            style: { bold: true, fontSize: 14 },
          },
          {
            at: { row: 5, column: 0 },
            cells: [[{ value: "Note 1" }], [{ value: "Note 2" }]],
            style: { italic: true, wrap: true },
            mergeAcross: 4,
          },
        ],
        inputs: [
          {
            at: { row: 2, column: 1 },
            label: "Units",
            value: 2000,
            style: { numberFormat: "#,##0" },
          },
        ],
        freezeRows: 3,
        columnWidths: { 0: 30, 6: 3 },
      }),
    ]);
    const sheet = read.getWorksheet("Test") as ExcelJS.Worksheet;
    expect(sheet.getCell("B3").value).toBe(2000);
    expect(sheet.getCell("B3").numFmt).toBe("#,##0");
    expect(sheet.getCell("B3").fill).toMatchObject({
      pattern: "solid",
      fgColor: { argb: "FFFFF4CE" },
    });
    expect(sheet.getCell("B3").border?.top).toMatchObject({ style: "thin" });
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(sheet.getCell("A6").alignment?.wrapText).toBe(true);
    expect(parts.get("xl/worksheets/sheet1.xml")).toContain('<mergeCell ref="A6:D6"/>');
    expect(parts.get("xl/worksheets/sheet1.xml")).toContain('<mergeCell ref="A7:D7"/>');
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getColumn(7).width).toBe(3);
    expect(sheet.properties.tabColor).toMatchObject({ argb: "FF107C10" });
  });

  it("writes a styled cell's font whole, in the workbook's Calibri 11 unless the style says otherwise", async () => {
    const { read } = await write([
      plan({
        blocks: [
          { at: { row: 0, column: 0 }, cells: [[{ value: "Title" }]], style: { fontSize: 14 } },
          { at: { row: 1, column: 0 }, cells: [[{ value: "Note" }]], style: { italic: true } },
        ],
        inputs: [{ at: { row: 2, column: 0 }, label: "Units", value: 1 }],
      }),
    ]);
    const sheet = read.getWorksheet("Test") as ExcelJS.Worksheet;
    expect(sheet.getCell("A1").font).toMatchObject({ name: "Calibri", size: 14 });
    expect(sheet.getCell("A2").font).toMatchObject({ name: "Calibri", size: 11, italic: true });
    expect(sheet.getCell("A3").font).toMatchObject({ name: "Calibri", size: 11 });
  });

  it("caches an error value for a DEAL formula Excel would show as an error", async () => {
    const { cells, report } = await write([
      plan({
        blocks: [
          {
            at: { row: 0, column: 0 },
            cells: [[{ formula: "=DEAL.SLACREDIT(99.9,1000,0.999,0.02)" }]],
          },
        ],
      }),
    ]);
    expect(cells.get("Test")?.get("A1")).toMatchObject({
      formula: "_xldudf_DEAL_SLACREDIT(99.9,1000,0.999,0.02)",
      type: "e",
      value: "#VALUE!",
    });
    expect(report.dealFormulasCached).toBe(1);
  });

  it("caches formulas above a spill that read it, though they are written before its anchor", async () => {
    // The deal model's layout: totals at the top sum columns ROLLOVER spills further down.
    const totals = plan({
      blocks: [
        {
          at: { row: 0, column: 0 },
          cells: [[{ formula: "=SUM($C$10:$C$13)" }, { formula: "=INDEX($B$10:$F$13,2,4)" }]],
        },
        {
          at: { row: 9, column: 0 },
          cells: [
            [{ value: 80 }, { formula: "=DEAL.ROLLOVER(100,$A$10:$A$13)" }],
            [{ value: 100 }],
            [{ value: 120 }],
            [{ value: 100 }],
          ],
        },
      ],
    });
    for (const shareSafe of [false, true]) {
      const { cells, report } = await write([totals], shareSafe);
      const sheet = cells.get("Test");
      expect([sheet?.get("A1")?.value, sheet?.get("B1")?.value]).toEqual([400, 20]);
      expect([sheet?.get("C10")?.value, sheet?.get("E11")?.value]).toEqual([80, 20]);
      expect(report.uncachedFormulas).toEqual([]);
      // Share-safe, a ROLLOVER left as it is has no twin: each cell of its spill is written as
      // a value, and the totals still read them.
      expect(report.valuesWithoutTwin).toHaveLength(shareSafe ? 20 : 0);
      expect(report.valuesWithoutTwin[0]).toEqual(
        shareSafe ? { cell: "'Test'!B10", fn: "ROLLOVER" } : undefined
      );
    }
  });

  it("formats the cells a formula spills into as its own cell, when the block says how far it spills", async () => {
    const rollover = plan({
      blocks: [
        { at: { row: 0, column: 0 }, cells: [[{ value: 80 }], [{ value: 100 }]] },
        {
          at: { row: 0, column: 1 },
          cells: [[{ formula: "=DEAL.ROLLOVER(100,$A$1:$A$2)" }]],
          style: { numberFormat: "$#,##0" },
          spills: { rows: 2, columns: 5 },
        },
      ],
    });
    const { read } = await write([rollover]);
    const sheet = read.getWorksheet("Test")!;
    expect(["B1", "C2", "F2"].map((a) => sheet.getCell(a).numFmt)).toEqual([
      "$#,##0",
      "$#,##0",
      "$#,##0",
    ]);
    expect(sheet.getCell("G2").numFmt).toBeUndefined();
  });

  it("tells Excel the values are current when all are cached, and to calculate when some are not", async () => {
    const cached = await write([
      plan({ blocks: [{ at: { row: 0, column: 0 }, cells: [[{ formula: "=1+1" }]] }] }),
    ]);
    expect(cached.parts.get("xl/workbook.xml")).toContain('<calcPr calcId="191029"/>');
    const uncached = await write([
      plan({ blocks: [{ at: { row: 0, column: 0 }, cells: [[{ formula: "=NOW()" }]] }] }),
    ]);
    expect(uncached.parts.get("xl/workbook.xml")).toContain(
      '<calcPr calcId="191029" fullCalcOnLoad="1"/>'
    );
    expect(uncached.report.uncachedFormulas).toEqual([
      { cell: "'Test'!A1", reason: "the function NOW" },
    ]);
    expect(uncached.cells.get("Test")?.get("A1")).toEqual(
      expect.objectContaining({ formula: "NOW()", value: undefined })
    );
  });

  it("refuses to compute a DEAL value it cannot, rather than cache a wrong one", () => {
    const edit = reconcile(EMPTY_SNAPSHOT, [
      plan({
        blocks: [
          { at: { row: 0, column: 0 }, cells: [[{ formula: "=DEAL.RAMPPRICE(Other!A1,1)" }]] },
        ],
      }),
    ]);
    expect(() => applyEditToExcelJs(new ExcelJS.Workbook(), edit, { twins: [] })).toThrow(
      /'Test'!A1: DEAL cannot compute the value to cache/
    );
  });

  it("adds new tables only: updating a table needs a workbook read first", () => {
    const edit: WorkbookEdit = {
      report: { sheets: [] },
      sheets: [
        {
          key: "k",
          name: "Test",
          create: true,
          clear: [],
          blocks: [],
          inputs: [],
          charts: [],
          freezeRows: 0,
          rowHeights: {},
          print: {
            ...PRINT_DEFAULTS,
            area: { row: 0, column: 0, rows: 1, columns: 1 },
            rowBreaks: [],
          },
          tables: [
            { kind: "update", name: "T", refresh: [], addColumns: [], append: [], columns: [] },
          ],
        },
      ],
    };
    expect(() => applyEditToExcelJs(new ExcelJS.Workbook(), edit, { twins: [] })).toThrow(
      /adds new tables only/
    );
  });
});

describe("applyEditToExcelJs: DEAL's memory of its cells", () => {
  const remembered = plan({
    blocks: [{ at: { row: 0, column: 0 }, cells: [[{ value: "Title" }], [{ value: 42 }]] }],
    tables: [
      {
        key: "t",
        preferredName: "Asks",
        at: { row: 3, column: 0 },
        columns: [
          { header: "ID", owner: "deal", width: 10 },
          { header: "Ask", owner: "deal", width: 20 },
          { header: "Status", owner: "user", width: 10 },
        ],
        idColumn: 0,
        // Ids that Excel would read as a number, a date and a formula if they were typed.
        rows: ["0012", "2026-11", "=A1"].map((id) => [
          { value: id },
          { value: `Ask ${id}` },
          { value: "Open" },
        ]),
        style: "TableStyleLight9",
      },
    ],
  });

  it("writes it on a very hidden sheet after the others, and it reads back as written", async () => {
    const edit = reconcile(EMPTY_SNAPSHOT, [remembered]);
    const { read, cells } = await write([remembered]);
    expect(read.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ["Test", "visible"],
      ["DEAL memory", "veryHidden"],
    ]);
    const sheet = read.getWorksheet("DEAL memory") as ExcelJS.Worksheet;
    const rows = (edit.memory?.rows ?? []).map((row, r) =>
      row.map((_, c) => (sheet.getCell(r + 1, c + 1).value ?? null) as CellValue)
    );
    expect(rows).toEqual(edit.memory?.rows);
    const memory = readMemory(rows).get("test");
    expect(memory?.cells).toEqual(
      new Map([
        ["A1", fingerprint("Title")],
        ["A2", fingerprint(42)],
      ])
    );
    expect(rememberedCell(memory?.tables.get("t"), "=A1", "Ask")).toBe(fingerprint("Ask =A1"));
    // No cell of the memory holds a formula.
    expect([...(cells.get("DEAL memory")?.values() ?? [])].some((cell) => cell.formula)).toBe(
      false
    );
  });

  it("adds a new memory sheet only: rewriting one needs a workbook read first", () => {
    const edit = reconcile(EMPTY_SNAPSHOT, [remembered]);
    const again: WorkbookEdit = {
      ...edit,
      memory: { ...(edit.memory as MemoryEdit), create: false },
    };
    expect(() => applyEditToExcelJs(new ExcelJS.Workbook(), again, { twins: [] })).toThrow(
      /adds a new memory sheet only/
    );
  });
});

describe("applyEditToExcelJs: print and row heights", () => {
  const LONG =
    "Ask for tiered unit prices that step down as your committed token volume grows, with the " +
    "tier bounds written into the order form rather than a rate card the vendor can change.";
  const printed = () =>
    write([
      plan({
        blocks: [
          { at: { row: 0, column: 0 }, cells: [[{ value: "Title" }]] },
          {
            at: { row: 9, column: 0 },
            cells: [[{ value: LONG }]],
            style: { italic: true, wrap: true },
            mergeAcross: 3,
          },
        ],
        tables: [
          {
            key: "t",
            preferredName: "Asks",
            at: { row: 5, column: 0 },
            columns: [
              { header: "ID", owner: "deal", width: 10 },
              { header: "Ask", owner: "deal", width: 50, style: { wrap: true } },
            ],
            idColumn: 0,
            rows: [
              [{ value: "A-1" }, { value: LONG }],
              [{ value: "A-2" }, { value: "Short" }],
            ],
            style: "TableStyleLight9",
          },
        ],
        print: { titleRows: { first: 5, last: 5 }, rowBreaks: [9] },
      }),
    ]);

  it("prints landscape, one page wide and as tall as it needs, headed and numbered from 1", async () => {
    const { parts, read } = await printed();
    const xml = parts.get("xl/worksheets/sheet1.xml") ?? "";
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toMatch(
      /<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/
    );
    expect(xml).toContain(
      "<headerFooter><oddHeader>&amp;C&amp;A</oddHeader><oddFooter>&amp;CPage &amp;P</oddFooter></headerFooter>"
    );
    expect(read.getWorksheet("Test")?.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      firstPageNumber: 1,
    });
    expect(xml).toMatch(/<pageSetup [^>]*firstPageNumber="1" useFirstPageNumber="1"/);
  });

  it("names the print area over what the sheet holds and repeats the title rows", async () => {
    const { parts } = await printed();
    const names = parts.get("xl/workbook.xml") ?? "";
    // The table A6:B8, the note merged over A10:C10.
    expect(names).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Test&apos;!$A$1:$C$10</definedName>'
    );
    expect(names).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Test&apos;!$6:$6</definedName>'
    );
  });

  it("quotes a sheet name with an apostrophe in its print names as Excel reads it", async () => {
    const { parts, read } = await write([
      plan({
        preferredName: "Bob's plan",
        blocks: [{ at: { row: 0, column: 0 }, cells: [[{ value: "Title" }]] }],
        print: { titleRows: { first: 0, last: 0 } },
      }),
    ]);
    expect(parts.get("xl/workbook.xml")).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Bob&apos;&apos;s plan&apos;!$A$1:$A$1</definedName>'
    );
    expect(read.getWorksheet("Bob's plan")?.pageSetup).toMatchObject({
      printArea: "A1:A1",
      printTitlesRow: "1:1",
    });
  });

  it("starts a page at each planned row: the break goes below the row above it", async () => {
    const { parts } = await printed();
    expect(parts.get("xl/worksheets/sheet1.xml")).toContain(
      '<rowBreaks count="1" manualBreakCount="1"><brk id="9" max="16383" man="1"/></rowBreaks>'
    );
  });

  it("sets the heights of rows with wrapped or merged text, and of no other row", async () => {
    const { read } = await printed();
    const sheet = read.getWorksheet("Test") as ExcelJS.Worksheet;
    // 175 characters: 4 lines at 50 characters, 3 across the merged 10 + 50 + 8.43.
    expect(sheet.getRow(7).height).toBe(60);
    expect(sheet.getRow(8).height).toBe(15);
    expect(sheet.getRow(10).height).toBe(45);
    expect(sheet.getRow(1).height).toBeUndefined();
    expect(sheet.getRow(6).height).toBeUndefined();
  });
});

/** The conditional formats ExcelJS read, which it has but does not declare. */
function conditionalFormats(sheet: ExcelJS.Worksheet): unknown {
  return (sheet as unknown as { conditionalFormattings: unknown }).conditionalFormattings;
}
