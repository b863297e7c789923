import type { CellContent, SheetPlan } from "../../../workbook/plan";
import { DRAW_DOWNS_KEY, nativeDrawDowns } from "..";
import { calculateSheets } from "../../../../test/support/hyperformulaDeal";
import { planSheetCells } from "../../../../test/support/planSheetCells";

const plan = (blocks: SheetPlan["blocks"]): SheetPlan => ({
  key: "test",
  preferredName: "Deal",
  blocks,
  inputs: [],
  tables: [],
  charts: [],
  freezeRows: 0,
});

/** Every cell of a plan, by "row,column". */
function cells(p: SheetPlan): Map<string, CellContent> {
  const map = new Map<string, CellContent>();
  for (const block of p.blocks)
    block.cells.forEach((line, r) =>
      line.forEach((c, k) => map.set(`${block.at.row + r},${block.at.column + k}`, c))
    );
  return map;
}

const usage = (values: (number | null)[]) => ({
  at: { row: 0, column: 0 },
  cells: values.map((v) => [{ value: v }]),
});

describe("share-safe plans: ROLLOVER as native ledgers", () => {
  it("refers every cell of the spill to its ledger, on a sheet of draw-downs after the others", () => {
    const deal = plan([
      usage([80, 100, 120, 100]),
      { at: { row: 0, column: 2 }, cells: [[{ formula: "=DEAL.ROLLOVER(100,A1:A4,0.2,3)" }]] },
    ]);
    const [rewritten, ledgers] = nativeDrawDowns([deal]);
    expect(ledgers.key).toBe(DRAW_DOWNS_KEY);
    expect(ledgers.preferredName).toBe("DEAL draw-downs");
    const shown = cells(rewritten);
    const spill = [0, 1, 2, 3].flatMap((r) => [2, 3, 4, 5, 6].map((c) => shown.get(`${r},${c}`)));
    expect(spill).toHaveLength(20);
    for (const cell of spill)
      expect(cell).toMatchObject({
        formula: expect.stringMatching(/^='DEAL draw-downs'!\$[A-Z]+\$\d+$/),
      });
    const ledger = [...cells(ledgers).values()].flatMap((c) => ("formula" in c ? [c.formula] : []));
    expect(ledger.some((f) => f.includes("'Deal'!$A$4"))).toBe(true);
    expect(ledger.join(" ")).not.toMatch(/DEAL\./);
  });

  it("counts the periods DEAL spills: trailing blank cells are not periods", () => {
    const deal = plan([
      usage([80, 100, null, null]),
      { at: { row: 0, column: 2 }, cells: [[{ formula: "=DEAL.ROLLOVER(100,$A$1:$A$4)" }]] },
    ]);
    const shown = cells(nativeDrawDowns([deal])[0]);
    expect(shown.has("1,6")).toBe(true);
    expect(shown.has("2,2")).toBe(false);
  });

  it("leaves a call it cannot write natively, and the plans as they are without ROLLOVER", () => {
    const named = plan([
      { at: { row: 0, column: 2 }, cells: [[{ formula: "=DEAL.ROLLOVER(100,Usage)" }]] },
    ]);
    expect(nativeDrawDowns([named])).toEqual([named]);
    const wrapped = plan([
      usage([1, 2]),
      { at: { row: 0, column: 2 }, cells: [[{ formula: "=2*DEAL.ROLLOVER(100,A1:A2)" }]] },
    ]);
    expect(nativeDrawDowns([wrapped])).toEqual([wrapped]);
  });

  it("stacks the ledgers of several calls one under the other", () => {
    const deal = plan([
      usage([80, 100]),
      { at: { row: 0, column: 2 }, cells: [[{ formula: "=DEAL.ROLLOVER(100,A1:A2)" }]] },
      { at: { row: 0, column: 8 }, cells: [[{ formula: "=DEAL.ROLLOVER(50,A1:A2,0)" }]] },
    ]);
    const ledgers = nativeDrawDowns([deal])[1];
    const titles = ledgers.blocks.filter(
      (b) => "value" in b.cells[0][0] && String(b.cells[0][0].value).startsWith("DEAL.ROLLOVER at")
    );
    expect(titles.map((b) => b.at.row)).toEqual([0, 16]);
  });
});

describe("the sheet of draw-downs on paper", () => {
  it("starts each ledger on a page of its own", () => {
    const deal = plan([
      usage([80, 100]),
      { at: { row: 0, column: 2 }, cells: [[{ formula: "=DEAL.ROLLOVER(100,A1:A2)" }]] },
      { at: { row: 0, column: 8 }, cells: [[{ formula: "=DEAL.ROLLOVER(50,A1:A2,0)" }]] },
    ]);
    expect(nativeDrawDowns([deal])[1].print).toEqual({ rowBreaks: [16] });
  });
});

describe("share-safe plans: COMMITCOST as native ledgers", () => {
  /** The value of cell (row, column) of the first plan, calculated by HyperFormula. */
  function calculated(plans: SheetPlan[], row: number, column: number): unknown {
    const hf = calculateSheets(
      Object.fromEntries(plans.map((p) => [p.preferredName, planSheetCells(p)]))
    );
    try {
      return hf.getCellValue({ sheet: 0, row, col: column });
    } finally {
      hf.destroy();
    }
  }

  it("puts the ledger's cost in place of each call, inside a larger formula too", () => {
    const formula =
      "=DEAL.COMMITCOST(100,A1:A4,0,,,1.5,,2,4)+2*DEAL.COMMITCOST(100,$A$1:$A$4,,,,1.1,C1)";
    const deal = plan([
      usage([80, 100, 250, 100]),
      { at: { row: 0, column: 2 }, cells: [[{ value: 0.5 }]] },
      { at: { row: 0, column: 3 }, cells: [[{ formula }]] },
    ]);
    const plans = nativeDrawDowns([deal]);
    const rewritten = cells(plans[0]).get("0,3") as { formula: string };
    expect(rewritten.formula).toMatch(
      /^='DEAL draw-downs'!\$B\$\d+\+2\*'DEAL draw-downs'!\$B\$\d+$/
    );
    // 555 (the worked example) + 2 × (200 committed + 1.1 × 330 over) = 555 + 1126.
    expect(calculated(plans, 0, 3)).toBeCloseTo(555 + 2 * (200 + 1.1 * 330), 9);
    expect(calculated([deal], 0, 3)).toBe(1681);
    const ledger = [...cells(plans[1]).values()].flatMap((c) =>
      "formula" in c ? [c.formula] : []
    );
    expect(ledger.join(" ")).not.toMatch(/DEAL\./);
  });

  it("leaves a call whose arguments call DEAL, or whose usage is a name", () => {
    const nested = plan([
      usage([1, 2]),
      {
        at: { row: 0, column: 2 },
        cells: [[{ formula: "=DEAL.COMMITCOST(DEAL.RAMPPRICE(1,1),A1:A2)" }]],
      },
      { at: { row: 1, column: 2 }, cells: [[{ formula: "=DEAL.COMMITCOST(1,Usage)" }]] },
    ]);
    expect(nativeDrawDowns([nested])).toEqual([nested]);
  });
});
