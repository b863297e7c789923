import { rememberLastRange } from "../lastRangeMemo";
import { tieredCostFunction as TIEREDCOST } from "../tieredCost";
import { rolloverFunction as ROLLOVER } from "../rollover";
import { slaCreditFunction as SLACREDIT } from "../slaCredit";
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

  it("keeps no stale SLA table: an edited credit table credits with the edit", () => {
    const table = [
      [0.999, 0.1],
      [0.99, 0.25],
    ];
    expect(SLACREDIT(0.995, 1000, table)).toBe(100);
    table[0][1] = 0.2;
    expect(SLACREDIT(0.995, 1000, table)).toBe(200);
    table[1][0] = (40320 - 403.2) / 40320; // computed in the sheet: 0.9900000000000001, shown 0.99
    expect(SLACREDIT(0.99, 1000, table)).toBe(200);
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

describe("DEAL.ROLLOVER's memory of its last call", () => {
  const column = (...values: unknown[]) => values.map((v) => [v]);

  it("answers the cells of one stored spill, INDEX(DEAL.ROLLOVER(…), r, c) each, from one computation", () => {
    const first = ROLLOVER([[100]], column(80, 100, 120, 100), 0.5, 2);
    expect(ROLLOVER([[100]], column(80, 100, 120, 100), 0.5, 2)).toBe(first);
  });

  it("computes again when any argument differs, the commit and usage never mistaken for one another", () => {
    const first = ROLLOVER([[100]], column(80, 100, 120, 100), 0.5, 2);
    expect(ROLLOVER([[100]], column(80, 100, 120, 100), 0.5, 3)).not.toBe(first);
    expect(ROLLOVER([[100]], column(80, 100, 120, 100), 1, 2)[0]).toEqual([0, 80, 0, 20, 0]);
    expect(ROLLOVER(column(100, 80), column(100, 120))).toEqual([
      [0, 100, 0, 0, 0],
      [0, 80, 40, 0, 0],
    ]);
    expect(ROLLOVER([[100]], column(80, 100, 120))).toHaveLength(3);
  });

  it("never remembers a call that failed", () => {
    expect(excelError(() => ROLLOVER([[100]], column(80, -1)))).toMatchObject({ code: "#VALUE!" });
    expect(excelError(() => ROLLOVER([[100]], column(80, -1)))).toMatchObject({ code: "#VALUE!" });
  });
});
