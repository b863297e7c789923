import fc from "fast-check";
import { holdsStoredValue, readStoreRows, STORE_HEADER, storeRows, valueJson } from "../store";
import type { OfficeCell, StoredFormula } from "../types";

/** What Excel keeps of a typed text: the apostrophe is its text marker, not part of the value. */
const asExcelKeepsIt = (rows: readonly (readonly OfficeCell[])[]) =>
  rows.map((row) =>
    row.map((cell) => (typeof cell === "string" && cell.startsWith("'") ? cell.slice(1) : cell))
  );

const record = (overrides: Partial<StoredFormula> = {}): StoredFormula => ({
  sheetId: "{00000000-0001-0000-0000-000000000000}",
  sheetName: "Prices",
  address: "B6",
  formula: "=DEAL.TIEREDCOST(B2,E2:G4)",
  rows: 1,
  columns: 1,
  value: "1250.5",
  ...overrides,
});

describe("the store of kept formulas", () => {
  it("writes a header, then a row per formula with every text marked as text", () => {
    const rows = storeRows([record({ sheetName: "Jan 2026", rows: 3, columns: 5, value: '"x"' })]);
    expect(rows[0]).toEqual(STORE_HEADER.map((text) => `'${text}`));
    expect(rows[1]).toEqual([
      "'Jan 2026",
      "'{00000000-0001-0000-0000-000000000000}",
      "'B6",
      "'=DEAL.TIEREDCOST(B2,E2:G4)",
      3,
      5,
      `'"x"`,
      "",
    ]);
  });

  it("reads back exactly what it wrote, whatever the formula, sheet name or value", () => {
    const text = fc.string({ unit: "grapheme", maxLength: 40 });
    const value = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), text);
    const arbitraryRecord = fc.record({
      sheetId: text,
      sheetName: text.filter((name) => name !== ""),
      address: fc.constantFrom("A1", "B6", "XFD1048576", "D10"),
      formula: text.map((body) => `=${body}`),
      rows: fc.integer({ min: 1, max: 1200 }),
      columns: fc.integer({ min: 1, max: 5 }),
      value: value.map(valueJson),
    });
    fc.assert(
      fc.property(fc.array(arbitraryRecord, { maxLength: 6 }), (records) => {
        const back = readStoreRows(asExcelKeepsIt(storeRows(records)));
        expect(back).toEqual({ records, unreadable: [] });
      })
    );
  });

  it("keeps rows it cannot read, to write them back as they were, and skips blank ones", () => {
    const rows = asExcelKeepsIt([
      ...storeRows([record()]),
      ["Prices", "{id}", "not an address", "=1", 1, 1, "1"],
      ["", "", "", "", "", "", ""],
      ["Prices", "{id}", "B7", "no equals sign", 1, 1, "1"],
    ]);
    const { records, unreadable } = readStoreRows(rows);
    expect(records).toEqual([record()]);
    expect(unreadable.map((row) => row[2])).toEqual(["not an address", "B7"]);
    expect(asExcelKeepsIt(storeRows(records, unreadable)).slice(2)).toEqual([
      ["Prices", "{id}", "not an address", "=1", 1, 1, "1", ""],
      ["Prices", "{id}", "B7", "no equals sign", 1, 1, "1", ""],
    ]);
  });

  it("knows a cell still holds the value DEAL wrote", () => {
    expect(holdsStoredValue(1250.5, valueJson(1250.5))).toBe(true);
    expect(holdsStoredValue(0.1 + 0.2, valueJson(0.3))).toBe(true); // Excel's 15 digits
    expect(holdsStoredValue(1250.51, valueJson(1250.5))).toBe(false);
    expect(holdsStoredValue("abc", valueJson("abc"))).toBe(true);
    expect(holdsStoredValue("'abc", valueJson("abc"))).toBe(true);
    expect(holdsStoredValue("#N/A", valueJson("#N/A"))).toBe(true);
    expect(holdsStoredValue(true, valueJson(true))).toBe(true);
    expect(holdsStoredValue("1", valueJson(1))).toBe(false);
    expect(holdsStoredValue("", "not json")).toBe(false);
  });
});
