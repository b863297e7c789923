import { columnAddress, rectAddress } from "..";

describe("rectAddress", () => {
  it("gives one cell's address for a 1 × 1 area", () => {
    expect(rectAddress({ row: 3, column: 1, rows: 1, columns: 1 })).toBe("B4");
  });

  it("gives the corners of a rectangle", () => {
    expect(rectAddress({ row: 5, column: 0, rows: 3, columns: 4 })).toBe("A6:D8");
    expect(rectAddress({ row: 0, column: 25, rows: 1, columns: 2 })).toBe("Z1:AA1");
  });

  it("refuses an empty area and cells outside the sheet", () => {
    expect(() => rectAddress({ row: 0, column: 0, rows: 0, columns: 1 })).toThrow(RangeError);
    expect(() => rectAddress({ row: 0, column: 0, rows: 1, columns: 1.5 })).toThrow(RangeError);
    expect(() => rectAddress({ row: -1, column: 0, rows: 1, columns: 1 })).toThrow(RangeError);
    expect(() => rectAddress({ row: 0, column: 16383, rows: 1, columns: 2 })).toThrow(RangeError);
  });

  it("gives a plan's range by its corners, one cell by its own address", () => {
    expect(rectAddress({ row: 4, column: 1, rows: 36, columns: 1 })).toBe("B5:B40");
    expect(rectAddress({ row: 2, column: 3, rows: 1, columns: 4 })).toBe("D3:G3");
    expect(rectAddress({ row: 0, column: 0, rows: 1, columns: 1 })).toBe("A1");
  });

  it("refuses a range of no rows, where the corners were the wrong way round", () => {
    expect(() => rectAddress({ row: 5, column: 0, rows: 0, columns: 1 })).toThrow(RangeError);
  });
});

describe("columnAddress", () => {
  it("gives a whole column", () => {
    expect(columnAddress(0)).toBe("A:A");
    expect(columnAddress(27)).toBe("AB:AB");
  });
});
