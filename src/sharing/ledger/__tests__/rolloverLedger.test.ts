import { LedgerUnsupported, RolloverCallText, rolloverLedger } from "..";
import { positionedCells } from "../../../workbook/__tests__/support/planCells";
import type { CellBlock } from "../../../workbook/plan";

const AT = { sheet: "DEAL draw-downs", row: 4, column: 2 };
const CALL: RolloverCallText = {
  commit: "'Inputs'!$B$1",
  usage: "'Inputs'!$A$2:$A$13",
  cap: "",
  expiry: "",
  trueup: "",
  source: "'DEAL model'!K60",
};

const cellsOf = (blocks: readonly CellBlock[]) =>
  positionedCells({
    key: "ledger",
    preferredName: AT.sheet,
    blocks,
    inputs: [],
    tables: [],
    charts: [],
    freezeRows: 0,
  });

describe("a ledger's layout", () => {
  const ledger = rolloverLedger(CALL, 12, AT);
  const cells = cellsOf(ledger.blocks);

  it("fills height × width from its placement and no cell twice", () => {
    const rows = cells.map((c) => c.row);
    const columns = cells.map((c) => c.column);
    expect(Math.min(...rows)).toBe(AT.row);
    expect(Math.max(...rows)).toBe(AT.row + ledger.height - 1);
    expect(Math.min(...columns)).toBe(AT.column);
    expect(Math.max(...columns)).toBe(AT.column + ledger.width - 1);
    expect(new Set(cells.map((c) => `${c.row},${c.column}`)).size).toBe(cells.length);
  });

  it("refers the outputs to the five spilled columns of each period's row", () => {
    expect(ledger.outputs).toHaveLength(12);
    expect(ledger.outputs[0]).toEqual([
      "='DEAL draw-downs'!$F$17",
      "='DEAL draw-downs'!$I$17",
      "='DEAL draw-downs'!$J$17",
      "='DEAL draw-downs'!$O$17",
      "='DEAL draw-downs'!$P$17",
    ]);
    const header = cells.filter((c) => c.row === 15).map((c) => c.content);
    expect(header.map((c) => ("value" in c ? c.value : c.formula))).toEqual([
      "Period",
      "Usage",
      "Commitment",
      "Carried in",
      "From carry",
      "From commitment",
      "Covered",
      "Overage",
      "Rolled over",
      "Above cap",
      "Expired",
      "True-up",
      "Carried out",
      "Forfeited",
    ]);
  });

  it("writes DEAL's defaults for omitted arguments as values to edit", () => {
    const values = ledger.blocks.filter((b) => b.style?.input).map((b) => b.cells[0][0]);
    expect(values).toEqual([{ value: 1 }, { value: "never" }, { value: "none" }]);
  });

  it("wraps its headers in their columns (rows get the height they need) and formats amounts with two decimals", () => {
    const headers = ledger.blocks.filter((b) =>
      b.cells[0].some((c) => "value" in c && c.value === "Period")
    );
    expect(headers.map((b) => b.style?.wrap)).toEqual([true]);
    const computed = ledger.blocks.find(
      (b) => b.at.column === AT.column + 3 && b.cells.length === 12
    );
    expect(computed?.style?.numberFormat).toBe("#,##0.00");
  });

  it("writes the call's texts as values, never into a formula but as the references they are", () => {
    const odd = { ...CALL, source: `'=1+1"x'!A1` };
    const formulas = cellsOf(rolloverLedger(odd, 2, AT).blocks).flatMap(({ content }) =>
      "formula" in content ? [content.formula] : []
    );
    expect(formulas.some((f) => f.includes("=1+1"))).toBe(false);
  });
});

describe("arguments a ledger cannot write", () => {
  const ledgerOf =
    (args: Partial<RolloverCallText>, periods = 4) =>
    () =>
      rolloverLedger({ ...CALL, usage: "'Inputs'!$A$2:$A$5", ...args }, periods, AT);

  it.each([
    [{ usage: "Forecast" }, /usage of DEAL.ROLLOVER \(Forecast\) is a name or a formula/],
    [
      { usage: "OFFSET('Inputs'!$A$2,0,0,4,1)" },
      /is a name or a formula: the ledger needs its cells/,
    ],
    [{ usage: "'Inputs'!$A$2:$B$5" }, /is 4 rows × 2 columns: it must be one row or one column/],
    [{ usage: "'Inputs'!$A$2:$A$4" }, /has 3 cells for 4 periods/],
    [{ usage: "{80;100;120}" }, /lists 3 numbers for 4 periods/],
    [{ usage: '{80;"a";120;1}' }, /holds something other than numbers/],
    [{ usage: "" }, /usage of DEAL.ROLLOVER \(omitted\) is required/],
    [{ commit: "Commitments" }, /commitment .* may give a list/],
    [{ commit: "'Inputs'!$B$2:$B$5*2" }, /may give a list/],
    [{ commit: "'Inputs'!$B$2:$C$5" }, /must be one row or one column/],
    [{ commit: "{1;2}" }, /lists 2 numbers for 4 periods/],
    [{ cap: "'Inputs'!$E$2:$E$3" }, /cap .* is a range of 2 cells: it must be one value/],
    [{ expiry: "$E$3" }, /expiry .* refers to cells without naming their sheet/],
    [{ trueup: "'Inputs'!" }, /true-up .* cannot be read/],
  ])("refuses %j", (args, message) => {
    expect(ledgerOf(args)).toThrow(LedgerUnsupported);
    expect(ledgerOf(args)).toThrow(message);
  });

  it("takes a formula of one value as the commitment, and a defined name as a cap", () => {
    expect(ledgerOf({ commit: "SUM('Inputs'!$B$2:$B$5)/4" })).not.toThrow();
    expect(ledgerOf({ commit: "'Inputs'!$B$2*12" })).not.toThrow();
    expect(ledgerOf({ cap: "RolloverShare" })).not.toThrow();
  });

  it.each([0, 1.5, 1201])("refuses %p periods", (periods) => {
    expect(ledgerOf({}, periods)).toThrow(RangeError);
  });
});
