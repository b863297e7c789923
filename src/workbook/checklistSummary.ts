import { cellAddress } from "../formula";
import { CHECKLIST_STATUSES, STATUS_COLORS, STATUS_HEADER } from "./checklistColumns";
import type { ChecklistStatus } from "./checklistColumns";
import type { CellBlock, CellContent, CellPosition } from "./plan";

/*
 * The live summary above a checklist table: one label per status with a COUNTIF under it, then
 * the item count and the share agreed. Native formulas only, so it stays right when the user
 * changes a status without DEAL running.
 */

const LABEL_STYLE = { bold: true, wrap: true } as const;

/** Columns the summary takes: one per status, then Items and Share agreed. */
export const SUMMARY_WIDTH = CHECKLIST_STATUSES.length + 2;

/**
 * The summary blocks, labels on row `at.row` and formulas on the row below, from `at.column`
 * rightwards. `tableKey` is the plan key of the checklist table (formulas use `{{table:KEY}}`).
 */
export function checklistSummaryBlocks(tableKey: string, at: CellPosition): CellBlock[] {
  const status = `{{table:${tableKey}}}[${STATUS_HEADER}]`;
  const formulaRow = at.row + 1;
  const columnOf = (index: number): number => at.column + index;
  const countCell = (name: ChecklistStatus): string =>
    cellAddress({ row: formulaRow, column: columnOf(CHECKLIST_STATUSES.indexOf(name)) });

  // One block per status label, so each carries its status colour like the cells it counts.
  const statusLabels: CellBlock[] = CHECKLIST_STATUSES.map((name, index) => {
    const color = STATUS_COLORS.find((c) => c.equals === name);
    return {
      at: { row: at.row, column: columnOf(index) },
      cells: [[{ value: name }]],
      style: color ? { ...LABEL_STYLE, fill: color.fill, fontColor: color.fontColor } : LABEL_STYLE,
    };
  });
  const otherLabels: CellBlock = {
    at: { row: at.row, column: columnOf(CHECKLIST_STATUSES.length) },
    cells: [[{ value: "Items" }, { value: "Share agreed" }]],
    style: LABEL_STYLE,
  };

  const counts: CellContent[] = CHECKLIST_STATUSES.map((name) => ({
    formula: `=COUNTIF(${status},"${name}")`,
  }));
  counts.push({ formula: `=ROWS(${status})` });
  const countBlock: CellBlock = {
    at: { row: formulaRow, column: at.column },
    cells: [counts],
    style: { numberFormat: "0" },
  };

  // Share agreed reads the counts beside it rather than counting again, so it cannot disagree
  // with them; IFERROR covers a table where every item is "Not applicable".
  const items = cellAddress({ row: formulaRow, column: columnOf(CHECKLIST_STATUSES.length) });
  const share = `=IFERROR(${countCell("Agreed")}/(${items}-${countCell("Not applicable")}),0)`;
  const shareBlock: CellBlock = {
    at: { row: formulaRow, column: columnOf(CHECKLIST_STATUSES.length + 1) },
    cells: [[{ formula: share }]],
    style: { numberFormat: "0%", bold: true },
  };

  return [...statusLabels, otherLabels, countBlock, shareBlock];
}
