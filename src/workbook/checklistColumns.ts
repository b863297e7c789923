import type { PlaybookItem, PlaybookSection } from "../content/playbook/types";
import { MODEL_LINK_COLUMN, modelLinkCell } from "./checklistModelLinks";
import type { CellContent, TableColumnPlan, ValueColor } from "./plan";

/*
 * The columns of a checklist table and one row's cells. Kept apart from the sheet layout so the
 * per-section and one-sheet layouts share exactly the same columns.
 */

/** The values of the Status drop-down, in the order a negotiation moves through them. */
export const CHECKLIST_STATUSES = [
  "Not started",
  "Asked",
  "Countered",
  "Agreed",
  "Rejected",
  "Not applicable",
] as const;

export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];

/** What DEAL writes into the Status cell of a row it adds. */
export const DEFAULT_STATUS: ChecklistStatus = "Not started";

/** Fluent UI's light fills with their dark text colours, readable on screen and in print. */
const GREEN = { fill: "#DFF6DD", fontColor: "#107C10" };
const RED = { fill: "#FDE7E9", fontColor: "#A4262C" };
const AMBER = { fill: "#FFF4CE", fontColor: "#8A5300" };
const BLUE = { fill: "#DEECF9", fontColor: "#005A9E" };
const GREY = { fill: "#F3F2F1", fontColor: "#605E5C" };

/** Status colours; "Not started" keeps the table's own look, so untouched rows stay quiet. */
export const STATUS_COLORS: readonly ValueColor[] = [
  { equals: "Asked", ...BLUE },
  { equals: "Countered", ...AMBER },
  { equals: "Agreed", ...GREEN },
  { equals: "Rejected", ...RED },
  { equals: "Not applicable", ...GREY },
];

// Only the top two priorities are coloured: colour on every row would stop standing out.
const PRIORITY_COLORS: readonly ValueColor[] = [
  { equals: "Critical", ...RED },
  { equals: "High", ...AMBER },
];

// "@" keeps data text as text: Excel would otherwise read a target such as "99.9%" or an id
// such as "2026-11" as a number or a date when it is written.
const TEXT = "@";

/** Header of the column holding each row's stable id. */
export const ITEM_ID_HEADER = "Item ID";
/** Header of the Status column, which the summary formulas count. */
export const STATUS_HEADER = "Status";
/** Header of the extra column of the one-sheet layout. */
export const SECTION_HEADER = "Section";

/** The checklist columns, with a Section column after Item ID when `withSection`. */
export function checklistColumns(withSection: boolean): TableColumnPlan[] {
  const section: TableColumnPlan[] = withSection
    ? [
        {
          header: SECTION_HEADER,
          owner: "deal",
          width: 24,
          style: { wrap: true, numberFormat: TEXT },
        },
      ]
    : [];
  return [
    { header: ITEM_ID_HEADER, owner: "deal", width: 12, style: { numberFormat: TEXT } },
    ...section,
    { header: "Ask", owner: "deal", width: 46, style: { wrap: true, numberFormat: TEXT } },
    {
      header: "Why it matters",
      owner: "deal",
      width: 41,
      style: { wrap: true, numberFormat: TEXT },
    },
    { header: "Target", owner: "deal", width: 40, style: { wrap: true, numberFormat: TEXT } },
    MODEL_LINK_COLUMN,
    { header: "Fallback", owner: "deal", width: 35, style: { wrap: true, numberFormat: TEXT } },
    {
      header: "Priority",
      owner: "deal",
      width: 11,
      style: { numberFormat: TEXT },
      colors: PRIORITY_COLORS,
    },
    {
      header: STATUS_HEADER,
      owner: "user",
      width: 16,
      list: CHECKLIST_STATUSES,
      colors: STATUS_COLORS,
    },
    { header: "Owner", owner: "user", width: 16 },
    // Text, so a clause number such as "4.10" is not turned into the number 4.1.
    { header: "Clause reference", owner: "user", width: 18, style: { numberFormat: TEXT } },
    { header: "Notes", owner: "user", width: 38, style: { wrap: true } },
  ];
}

/**
 * One item's row, in the order of `checklistColumns(section !== undefined)`. Every text is a
 * value, never a formula, whatever it starts with; the one formula, the model's figure, is
 * DEAL's own (checklistModelLinks.ts).
 */
export function checklistRow(item: PlaybookItem, section?: PlaybookSection): CellContent[] {
  const sectionCell: CellContent[] = section ? [{ value: section.title }] : [];
  return [
    { value: item.id },
    ...sectionCell,
    { value: item.ask },
    { value: item.why },
    { value: item.target },
    modelLinkCell(item),
    { value: item.fallback },
    { value: item.priority },
    { value: DEFAULT_STATUS },
    { value: null },
    { value: null },
    { value: null },
  ];
}
