import type { PlaybookItem } from "../content/playbook/types";
import type { CellContent, TableColumnPlan } from "./plan";
import { termLinkFormula, termLinkOf } from "./termNames";

/*
 * The checklist column that shows, next to an item's target, the figure the deal model holds for
 * it (its first offer's), linked to the model's input cell through a workbook name (termNames.ts).
 * DEAL's column: in tables written before it existed, the merge appends it at the right end.
 */

/** Header of the column of the model's figures. */
export const MODEL_LINK_HEADER = "Model (offer 1)";

/**
 * The column: General format (not text), so that Excel keeps its formulas as formulas, in the
 * colour of Office's Hyperlink style, since a formula's link gets no style of its own.
 */
export const MODEL_LINK_COLUMN: TableColumnPlan = {
  header: MODEL_LINK_HEADER,
  owner: "deal",
  // Narrow and wrapped: a printed checklist is fitted to the page's width, so every character of
  // width here shrinks the whole sheet's type.
  width: 15,
  style: { wrap: true, fontColor: "#0563C1" },
};

/** An item's cell: its link formula if the model holds a term it negotiates, else blank. */
export function modelLinkCell(item: PlaybookItem): CellContent {
  const link = termLinkOf(item.id);
  return link === undefined ? { value: null } : { formula: termLinkFormula(link) };
}
