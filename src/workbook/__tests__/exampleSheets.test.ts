import { SheetEvaluator } from "../../xlsx/evaluate";
import type { SheetModel } from "../../xlsx/evaluate";
import {
  buildExampleSheets,
  EXAMPLE_KEYS,
  ROLLOVER_ANCHOR,
  ROLLOVER_SPILL,
} from "../exampleSheets";
import type { CellContent, SheetPlan } from "../plan";
import { areasOf, formulasOf, overlaps } from "./support/planCells";

/** The numbers docs/functions.md promises, by the example's name on its sheet. */
const CONTRACT: Record<string, Record<string, number>> = {
  [EXAMPLE_KEYS.TIEREDCOST]: { Graduated: 27000, Volume: 24000 },
  [EXAMPLE_KEYS.SLACREDIT]: {
    "Table schedule": 10000,
    "Telco clause: 2% per 0.1% below 99.9%": 34000,
    "1% per step, capped at 50%": 15600,
  },
  [EXAMPLE_KEYS.RAMPPRICE]: {
    "Retailer, period 3": 2.295,
    "Retailer, period 4": 2.40975,
    "Retailer, period 6": 2.656749375,
    "ServiceNow, period 3": 242,
    "ServiceNow, period 4": 266.2,
  },
  [EXAMPLE_KEYS.COMMITCOST]: {
    "Rollover of all unused": 400,
    "Use it or lose it, overage at 1.5": 430,
    "Burst 2×, a window of 4": 400,
    "Burst 2×, windows of 2": 420,
    "Commit half, overage at 1.1": 420,
    "Commit nothing, overage at 1.1": 440,
    "Spike, burst 2×, window of 4": 555,
    "Spike, 20% rolls 1 period": 535,
  },
};
const ROLLOVER_CONTRACT = [
  [0, 80, 0, 20, 0],
  [20, 100, 0, 20, 0],
  [20, 120, 0, 0, 0],
  [0, 100, 0, 0, 0],
];

const sheets = buildExampleSheets();
const byKey = (key: string): SheetPlan => {
  const found = sheets.find((sheet) => sheet.key === key);
  if (!found) throw new Error(`no sheet ${key}`);
  return found;
};

/** Every cell the plan writes, by "row,column". */
function cellMap(plan: SheetPlan): Map<string, CellContent> {
  const cells = new Map<string, CellContent>();
  for (const block of plan.blocks) {
    block.cells.forEach((row, r) =>
      row.forEach((content, c) => {
        if (!("value" in content && content.value === null)) {
          cells.set(`${block.at.row + r},${block.at.column + c}`, content);
        }
      })
    );
  }
  for (const input of plan.inputs) {
    if (input.value !== null)
      cells.set(`${input.at.row},${input.at.column}`, { value: input.value });
  }
  return cells;
}

function evaluator(plan: SheetPlan): SheetEvaluator {
  const cells = cellMap(plan);
  const model: SheetModel = {
    content: (row, column) => cells.get(`${row},${column}`),
    table: () => undefined,
    tableAt: () => undefined,
  };
  return new SheetEvaluator(model);
}

/** The rows of a results block: example name, formula cell position, expected value. */
function results(plan: SheetPlan) {
  const cells = cellMap(plan);
  return [...cells.entries()].flatMap(([where, content]) => {
    if (!("formula" in content)) return [];
    const [row, column] = where.split(",").map(Number);
    const name = cells.get(`${row},0`);
    const expected = cells.get(`${row},${column + 1}`);
    return [{ row, column, formula: content.formula, name, expected }];
  });
}

describe("buildExampleSheets", () => {
  it("makes one sheet per function, with stable keys and names Excel accepts", () => {
    expect(sheets.map((sheet) => sheet.key)).toEqual([
      "example-tieredcost",
      "example-rollover",
      "example-slacredit",
      "example-rampprice",
      "example-commitcost",
    ]);
    for (const sheet of sheets) {
      expect(sheet.preferredName.length).toBeLessThanOrEqual(31);
      expect(sheet.preferredName).not.toMatch(/[\\/?*[\]:]/);
      expect(sheet.tables).toEqual([]);
      expect(sheet.charts).toEqual([]);
    }
  });

  it("is pure: the same plans on every call", () => {
    expect(buildExampleSheets()).toEqual(sheets);
  });

  it("lays nothing over anything else", () => {
    for (const sheet of sheets) expect(overlaps(areasOf(sheet))).toEqual([]);
  });

  it("writes DEAL formulas that read their inputs by absolute address", () => {
    for (const sheet of sheets) {
      const formulas = formulasOf(sheet);
      expect(formulas.length).toBeGreaterThan(0);
      for (const formula of formulas) {
        expect(formula).toMatch(/^=DEAL\.(TIEREDCOST|ROLLOVER|SLACREDIT|RAMPPRICE|COMMITCOST)\(/);
        const refs = formula.match(/\$?[A-Z]+\$?\d+/g) ?? [];
        expect(refs.length).toBeGreaterThan(0);
        for (const ref of refs) expect(ref).toMatch(/^\$[A-Z]+\$\d+$/);
      }
    }
  });

  it("points every DEAL formula at input cells (or at cells left blank on purpose)", () => {
    for (const sheet of sheets) {
      const inputs = new Set(sheet.inputs.map((input) => `${input.at.row},${input.at.column}`));
      for (const formula of formulasOf(sheet)) {
        for (const [, col, row] of formula.matchAll(/\$([A-Z]+)\$(\d+)/g)) {
          const column = [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
          expect(inputs.has(`${Number(row) - 1},${column}`)).toBe(true);
        }
      }
    }
  });

  it("shows each formula as text beside it, and the contract's number in Expected", () => {
    for (const key of Object.keys(CONTRACT)) {
      const plan = byKey(key);
      const cells = cellMap(plan);
      const rows = results(plan);
      expect(
        rows.map((r) => (r.name && "value" in r.name ? r.name.value : undefined)).sort()
      ).toEqual(Object.keys(CONTRACT[key]).sort());
      for (const row of rows) {
        const name = (row.name as { value: string }).value;
        expect(row.expected).toEqual({ value: CONTRACT[key][name] });
        expect(cells.get(`${row.row},${row.column - 1}`)).toEqual({ value: row.formula });
      }
    }
  });

  it("computes the contract's numbers from its own inputs", () => {
    for (const key of Object.keys(CONTRACT)) {
      const plan = byKey(key);
      const evaluate = evaluator(plan);
      for (const row of results(plan)) {
        const name = (row.name as { value: string }).value;
        expect(evaluate.cell(row.row, row.column)).toBe(CONTRACT[key][name]);
      }
    }
  });

  it("anchors ROLLOVER once and leaves its spill area empty, with the contract's table beside it", () => {
    const plan = byKey(EXAMPLE_KEYS.ROLLOVER);
    const cells = cellMap(plan);
    const anchor = cells.get(`${ROLLOVER_ANCHOR.row},${ROLLOVER_ANCHOR.column}`);
    expect(anchor).toEqual({ formula: "=DEAL.ROLLOVER($B$5,$B$8:$B$11)" });
    for (let r = 0; r < ROLLOVER_SPILL.rows; r++) {
      for (let c = 0; c < ROLLOVER_SPILL.columns; c++) {
        if (r === 0 && c === 0) continue;
        expect(cells.has(`${ROLLOVER_ANCHOR.row + r},${ROLLOVER_ANCHOR.column + c}`)).toBe(false);
      }
    }
    const expected = ROLLOVER_CONTRACT.map((row, r) =>
      row.map((_, c) => cells.get(`${ROLLOVER_ANCHOR.row + r},${7 + c}`))
    );
    expect(expected).toEqual(ROLLOVER_CONTRACT.map((row) => row.map((value) => ({ value }))));
    expect(evaluator(plan).cell(ROLLOVER_ANCHOR.row, ROLLOVER_ANCHOR.column)).toEqual(
      ROLLOVER_CONTRACT
    );
  });
});
