import { MODEL_PRICES } from "../../../content/catalog";
import { PLAYBOOK_SECTIONS } from "../../../content/playbook";
import { defaultOffers } from "../../../dealModel";
import { buildBenchmarkSheet } from "../../../workbook/benchmarkSheet";
import { buildChecklistSheets } from "../../../workbook/checklistSheets";
import { buildModelSheet } from "../../../workbook/model";
import type { CellContent, SheetPlan } from "../../../workbook/plan";
import { positionedCells } from "../../../workbook/__tests__/support/planCells";
import { planSheet } from "../../insertWindows";
import { cellBytes } from "../responseSize";

/*
 * The response allowances (responseSize.ts, insertWindows.ts) against the JSON Excel sends back
 * for the sheets of the demo workbook: each sheet's used range read as Prepare for sharing reads
 * it (formulas and values) and as an insert reads it (values). A formula's value is taken at its
 * longest, a 17-digit number with sign and exponent.
 */

const LONGEST_RESULT = -1.2345678901234567e-100;

/** The sheet's cells from A1 to its last: what its used range's read brings back. */
function usedCells(plan: SheetPlan): (CellContent | undefined)[][] {
  const cells: (CellContent | undefined)[][] = [];
  const put = (row: number, column: number, content: CellContent) => {
    while (cells.length <= row) cells.push([]);
    cells[row][column] = content;
  };
  for (const { row, column, content } of positionedCells(plan)) put(row, column, content);
  for (const table of plan.tables) {
    table.columns.forEach((column, c) =>
      put(table.at.row, table.at.column + c, { value: column.header })
    );
    table.rows.forEach((row, r) =>
      row.forEach((content, c) => put(table.at.row + 1 + r, table.at.column + c, content))
    );
  }
  const width = Math.max(...cells.map((row) => row.length));
  return cells.map((row) => Array.from({ length: width }, (_, c) => row[c]));
}

const jsonOf = (
  cells: (CellContent | undefined)[][],
  cell: (content: CellContent) => unknown
): number =>
  Buffer.byteLength(
    JSON.stringify(cells.map((row) => row.map((c) => (c === undefined ? "" : cell(c))))),
    "utf8"
  );

const valueOf = (content: CellContent) =>
  "formula" in content ? LONGEST_RESULT : (content.value ?? "");
const formulaOf = (content: CellContent) =>
  "formula" in content ? content.formula : (content.value ?? "");

const demoSheets: [string, SheetPlan][] = [
  ...buildChecklistSheets(PLAYBOOK_SECTIONS, "sheetPerSection").map((plan): [string, SheetPlan] => [
    plan.key,
    plan,
  ]),
  ...buildChecklistSheets(PLAYBOOK_SECTIONS, "oneSheet").map((plan): [string, SheetPlan] => [
    `${plan.key} (one sheet)`,
    plan,
  ]),
  ["benchmark", buildBenchmarkSheet(MODEL_PRICES)],
  ["model", buildModelSheet(defaultOffers()).plan],
];

describe("the response allowance, against the JSON of the demo workbook's sheets", () => {
  it.each(demoSheets)("covers %s read as Prepare for sharing reads it", (_key, plan) => {
    const cells = usedCells(plan);
    const count = cells.length * cells[0].length;
    const real = jsonOf(cells, formulaOf) + jsonOf(cells, valueOf);
    expect(real).toBeLessThanOrEqual(count * cellBytes(["formulas", "values"]));
  });

  it.each(demoSheets)(
    "covers %s read as an insert reads it, at the plan's own price",
    (_key, plan) => {
      const cells = usedCells(plan);
      const sheet = planSheet(plan);
      expect(sheet.rows).toBe(cells.length);
      expect(sheet.columns).toBe(cells[0].length);
      const real = jsonOf(cells, valueOf);
      expect(real).toBeLessThanOrEqual(sheet.rows * sheet.columns * sheet.cellBytes);
      // Twice DEAL's own cells, so that the user's text may double them; not far above.
      expect(sheet.rows * sheet.columns * sheet.cellBytes).toBeLessThanOrEqual(3 * real + 1_000);
    }
  );
});
