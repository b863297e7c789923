import { areaAddress, columnAddress, rangeAddress } from "../a1Range";

describe("areaAddress", () => {
  it("gives one cell's address for a 1 × 1 area", () => {
    expect(areaAddress({ row: 3, column: 1 }, 1, 1)).toBe("B4");
  });

  it("gives the corners of a rectangle", () => {
    expect(areaAddress({ row: 5, column: 0 }, 3, 4)).toBe("A6:D8");
    expect(areaAddress({ row: 0, column: 25 }, 1, 2)).toBe("Z1:AA1");
  });

  it("refuses an empty area and cells outside the sheet", () => {
    expect(() => areaAddress({ row: 0, column: 0 }, 0, 1)).toThrow(RangeError);
    expect(() => areaAddress({ row: 0, column: 0 }, 1, 1.5)).toThrow(RangeError);
    expect(() => areaAddress({ row: -1, column: 0 }, 1, 1)).toThrow(RangeError);
    expect(() => areaAddress({ row: 0, column: 16383 }, 1, 2)).toThrow(RangeError);
  });
});

describe("rangeAddress", () => {
  it("gives a plan's range by its corners, one cell by its own address", () => {
    expect(rangeAddress({ from: { row: 4, column: 1 }, to: { row: 39, column: 1 } })).toBe(
      "B5:B40"
    );
    expect(rangeAddress({ from: { row: 2, column: 3 }, to: { row: 2, column: 6 } })).toBe("D3:G3");
    expect(rangeAddress({ from: { row: 0, column: 0 }, to: { row: 0, column: 0 } })).toBe("A1");
  });

  it("refuses a range whose corners are the wrong way round", () => {
    expect(() => rangeAddress({ from: { row: 5, column: 0 }, to: { row: 4, column: 0 } })).toThrow(
      RangeError
    );
  });
});

describe("columnAddress", () => {
  it("gives a whole column", () => {
    expect(columnAddress(0)).toBe("A:A");
    expect(columnAddress(27)).toBe("AB:AB");
  });
});
