import { rememberLastRange } from "../lastRangeMemo";
import { tieredCostFunction as TIEREDCOST } from "../tieredCost";
import { excelError } from "../../../test/support/cellCall";

describe("remembering the last range read", () => {
  const counting = () => {
    let reads = 0;
    const read = rememberLastRange((rows) => {
      reads++;
      return rows.length;
    });
    return { read, reads: () => reads };
  };

  it("reads the same cells once, even from a new array", () => {
    const { read, reads } = counting();
    read([
      [1, 2],
      [3, 4],
    ]);
    read([
      [1, 2],
      [3, 4],
    ]);
    expect(reads()).toBe(1);
  });

  it("reads again when any cell, or the shape, differs", () => {
    const { read, reads } = counting();
    read([
      [1, 2],
      [3, 4],
    ]);
    read([
      [1, 2],
      [3, 5],
    ]);
    read([[1, 2, 3, 5]]);
    read([[1], [2, 3, 5]]);
    expect(reads()).toBe(4);
  });

  it("does not remember ranges holding objects (data types, errors), whose contents could change", () => {
    const { read, reads } = counting();
    const cell = { type: "Double", basicValue: 1 };
    read([[cell]]);
    read([[cell]]);
    expect(reads()).toBe(2);
  });

  it("keeps no stale table: an edited tier table prices with the edit", () => {
    const table = [
      [10, 2],
      ["", 1],
    ];
    expect(TIEREDCOST(20, table)).toBe(30);
    table[1][1] = 3; // the same array, edited in place
    expect(TIEREDCOST(20, table)).toBe(50);
  });

  it("does not remember a table that failed, so each call reports its problem", () => {
    const bad = [
      [10, 2],
      [5, 1],
    ];
    expect(excelError(() => TIEREDCOST(1, bad)).code).toBe("#VALUE!");
    expect(excelError(() => TIEREDCOST(1, bad)).code).toBe("#VALUE!");
  });

  it("still checks each call's quantity against a remembered table", () => {
    const bounded = [
      [10, 2],
      [20, 1],
    ];
    expect(TIEREDCOST(20, bounded)).toBe(30);
    expect(excelError(() => TIEREDCOST(21, bounded)).message).toContain(
      "units: expected units at most the last tier's bound (20)"
    );
  });
});
