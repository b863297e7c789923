import fc from "fast-check";
import { cellFate, rememberedAfter } from "../memory/cellFate";
import {
  MEMORY_WIDTH,
  memoryRows,
  readMemory,
  SheetMemory,
  WorkbookMemory,
} from "../memory/cellMemory";
import { fingerprint, sameCellValue } from "../memory/fingerprint";
import { memoryEdit, memoryOf } from "../memoryEdit";
import {
  checklistPlan,
  editedDealSheet,
  memorySheet,
  rememberedSla,
  workbook,
} from "./reconcileFixtures";
import { reconcile } from "../reconcile";
import { defaultOffers } from "../../dealModel";
import { buildModelSheet } from "../model";

describe("a value's fingerprint", () => {
  it("is at most 7 letters and digits, and tells one changed character apart", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 1 }),
        (text, at, char) => {
          const print = fingerprint(text);
          expect(print).toMatch(/^[0-9a-z]{1,7}$/);
          const i = at % text.length;
          const changed = text.slice(0, i) + char + text.slice(i + 1);
          if (changed !== text) expect(fingerprint(changed)).not.toBe(print);
        }
      )
    );
  });

  it("takes numbers at Excel's 15 digits, and tells text, numbers and booleans apart", () => {
    expect(fingerprint(0.1 + 0.2)).toBe(fingerprint(0.3));
    expect(sameCellValue(0.1 + 0.2, 0.3)).toBe(true);
    expect(fingerprint("0.3")).not.toBe(fingerprint(0.3));
    expect(fingerprint("TRUE")).not.toBe(fingerprint(true));
    expect(sameCellValue(null, "")).toBe(true);
  });
});

describe("whether DEAL writes one of its cells again", () => {
  const wrote = fingerprint("Ask for 99.9%");

  it("writes a cell that holds what DEAL wrote, what it would write, or nothing", () => {
    expect(cellFate("Ask for 99.9%", "Ask for 99.95%", wrote)).toBe("write");
    expect(cellFate("Ask for 99.95%", "Ask for 99.95%", wrote)).toBe("write");
    expect(cellFate(null, "Ask for 99.95%", wrote)).toBe("write");
    expect(cellFate("", "Ask for 99.95%", undefined)).toBe("write");
  });

  it("keeps anything else, and without memory anything but DEAL's current text", () => {
    expect(cellFate("Ask for 99.99%", "Ask for 99.95%", wrote)).toBe("keep");
    expect(cellFate("Ask for 99.9%", "Ask for 99.95%", undefined)).toBe("keep");
    expect(cellFate(12, null, undefined)).toBe("keep");
  });

  it("remembers what it writes, and for a kept cell what it had written", () => {
    expect(rememberedAfter("write", "Ask for 99.95%", wrote)).toBe(fingerprint("Ask for 99.95%"));
    expect(rememberedAfter("keep", "Ask for 99.95%", wrote)).toBe(wrote);
    expect(rememberedAfter("write", null, wrote)).toBeUndefined();
  });
});

/** Any memory: sheets of tables of rows of fingerprints, and cells by address. */
const printArb = fc.string({ minLength: 1 }).map(fingerprint);
const textArb = fc.string({ minLength: 1 });
const few = { maxKeys: 4 };
/** A table's memory: some headers, and rows with a fingerprint (or none, "") under each. */
const tableArb = fc.uniqueArray(textArb, { minLength: 1, maxLength: 4 }).chain((headers) =>
  fc.record({
    rowCount: fc.nat(5000),
    headers: fc.constant(headers),
    rows: fc
      .dictionary(
        textArb,
        fc
          .array(fc.oneof(printArb, fc.constant("")), {
            minLength: headers.length,
            maxLength: headers.length,
          })
          // A row of which DEAL remembers nothing is not written.
          .filter((prints) => prints.some((print) => print !== "")),
        few
      )
      .map((rows) => new Map(Object.entries(rows))),
  })
);
const sheetArb: fc.Arbitrary<SheetMemory> = fc.record({
  tables: fc.dictionary(textArb, tableArb, few).map((tables) => new Map(Object.entries(tables))),
  cells: fc
    .dictionary(
      fc
        .tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 30 }))
        .map(([row, column]) => `${String.fromCharCode(65 + (column % 26))}${row + 1}`),
      printArb,
      few
    )
    .map((cells) => new Map(Object.entries(cells))),
});
// A sheet of which DEAL remembers nothing is not written: it reads as no memory, the same thing.
const memoryArb: fc.Arbitrary<WorkbookMemory> = fc
  .dictionary(
    textArb,
    sheetArb.filter((sheet) => sheet.tables.size + sheet.cells.size > 0),
    few
  )
  .map((sheets) => new Map(Object.entries(sheets)));

describe("the memory sheet's rows", () => {
  it("read back as the memory they were written from, each row five cells wide", () => {
    fc.assert(
      fc.property(memoryArb, (memory) => {
        const rows = memoryRows(memory);
        expect(rows.every((row) => row.length === MEMORY_WIDTH)).toBe(true);
        expect(readMemory(rows)).toEqual(memory);
      }),
      { numRuns: 200 }
    );
  });

  it("are read as nothing when they are not DEAL's, or of a version DEAL does not know", () => {
    const rows = memoryRows(rememberedSla({ "SLA-01": "Ask" }, 1));
    expect(readMemory([["Something else"], ...rows.slice(1)]).size).toBe(0);
    expect(readMemory([["DEAL memory", 2], ...rows.slice(1)]).size).toBe(0);
    expect(readMemory([]).size).toBe(0);
  });

  it("skip rows they cannot read, and rows before any table", () => {
    const rows = memoryRows(rememberedSla({ "SLA-01": "Ask" }, 1, { A9: "Note" }));
    const [head, ...records] = rows;
    const read = readMemory([
      head,
      ["row", "SLA-09", "abc", null, null],
      ["table", "x", "y", "not a count", "[]"],
      ["row", "SLA-10", "abc", null, null],
      ["cell", "x", null, null, null],
      ...records,
    ]);
    expect(read).toEqual(rememberedSla({ "SLA-01": "Ask" }, 1, { A9: "Note" }));
  });
});

describe("the memory edit", () => {
  const elsewhere: SheetMemory = { tables: new Map(), cells: new Map([["A1", fingerprint("x")]]) };

  const written = new Map([["checklist-SLA", elsewhere]]);

  it("keeps what DEAL remembers of its other sheets, and forgets sheets that are gone", () => {
    const before = new Map([
      ...rememberedSla({ "SLA-01": "Ask" }, 1),
      ["benchmark", elsewhere],
      ["checklist-PRC", elsewhere],
    ]);
    const snapshot = workbook([
      { name: "DEAL benchmark", dealKey: "benchmark", protected: false, tables: [] },
      memorySheet(before),
    ]);
    const edit = memoryEdit(snapshot, memoryOf(snapshot), written, new Set());
    expect(readMemory(edit?.rows ?? [])).toEqual(
      new Map([
        ["checklist-SLA", elsewhere],
        ["benchmark", elsewhere],
      ])
    );
  });

  it("finds its sheet by its key after a rename, and empties what it held first", () => {
    const snapshot = workbook([memorySheet(rememberedSla({}, 0), "Renamed")]);
    expect(memoryEdit(snapshot, new Map(), written, new Set())).toMatchObject({
      sheetName: "Renamed",
      create: false,
      clear: { row: 0, column: 0, rows: 2, columns: MEMORY_WIDTH },
    });
  });

  it("takes a free name for a new memory sheet", () => {
    const snapshot = workbook([{ name: "DEAL memory", protected: false, tables: [] }]);
    const edit = memoryEdit(snapshot, new Map(), written, new Set(["deal memory"]));
    expect(edit).toMatchObject({ sheetName: "DEAL memory (2)", create: true });
  });

  it("is left out for a deal model, which DEAL never writes again", () => {
    const model = buildModelSheet(defaultOffers()).plan;
    expect(reconcile(workbook([]), [model]).memory).toBeUndefined();
    const both = reconcile(workbook([]), [model, checklistPlan()]);
    expect([...readMemory(both.memory?.rows ?? []).keys()]).toEqual(["checklist-SLA"]);
  });

  it("is left out, and the insert goes on, where the memory cannot be written", () => {
    const protectedStructure = workbook([editedDealSheet([])], { structureProtected: true });
    expect(reconcile(protectedStructure, [checklistPlan()]).memory).toBeUndefined();
    const protectedMemory = workbook([
      editedDealSheet([]),
      { ...memorySheet(rememberedSla({}, 0)), protected: true },
    ]);
    const edit = reconcile(protectedMemory, [checklistPlan()]);
    expect(edit.memory).toBeUndefined();
    expect(edit.sheets).toHaveLength(1);
  });
});
