import fc from "fast-check";
import { cellAddress, columnLetters, parseRangeAddress, quotedSheetName } from "..";

/** The inverse of columnLetters, written the plain way: "AA" → 26. */
const columnIndex = (letters: string): number =>
  [...letters].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1;

describe("A1 addresses", () => {
  it("names columns as Excel does, from A to XFD", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });

  it("gives each column its own letters, which read back to the same column", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16383 }), (column) => {
        const letters = columnLetters(column);
        expect(letters).toMatch(/^[A-Z]{1,3}$/);
        expect(columnIndex(letters)).toBe(column);
      })
    );
  });

  it("writes relative and absolute addresses with one-based rows", () => {
    expect(cellAddress({ row: 0, column: 0 })).toBe("A1");
    expect(cellAddress({ row: 3, column: 1 }, true)).toBe("$B$4");
    expect(cellAddress({ row: 1048575, column: 16383 }, true)).toBe("$XFD$1048576");
  });

  it("refuses a cell outside Excel's sheet", () => {
    expect(() => columnLetters(-1)).toThrow(RangeError);
    expect(() => columnLetters(16384)).toThrow(RangeError);
    expect(() => columnLetters(1.5)).toThrow(RangeError);
    expect(() => cellAddress({ row: -1, column: 0 })).toThrow(RangeError);
    expect(() => cellAddress({ row: 1048576, column: 0 })).toThrow(RangeError);
  });
});

describe("range addresses as Excel gives them", () => {
  it("reads the sheet and the corners, quoted or not, absolute or not", () => {
    expect(parseRangeAddress("Usage!B2:C37")).toEqual({
      sheet: "Usage",
      row: 1,
      column: 1,
      rows: 36,
      columns: 2,
    });
    expect(parseRangeAddress("'Usage plan'!$B$2:$C$37")).toMatchObject({ sheet: "Usage plan" });
    expect(parseRangeAddress("'Bob''s plan'!AA10")).toEqual({
      sheet: "Bob's plan",
      row: 9,
      column: 26,
      rows: 1,
      columns: 1,
    });
  });

  it("refuses what is not one range on a named sheet", () => {
    for (const address of [
      "B2:C37",
      "Usage!B:C",
      "Usage!B2:C3,Usage!E2",
      "Usage!B0",
      "",
      "Usage!XFE1",
    ]) {
      expect(parseRangeAddress(address)).toBeUndefined();
    }
  });

  it("quotes any sheet name back so that parsing gives it again", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 31 }).filter((s) => !/[!]/.test(s)),
        (sheet) => {
          expect(parseRangeAddress(`${quotedSheetName(sheet)}!$B$2:$C$3`)?.sheet).toBe(sheet);
        }
      )
    );
  });
});
