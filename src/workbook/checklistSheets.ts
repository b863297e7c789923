import { PLAYBOOK_SOURCE } from "../content/playbook";
import type { PlaybookSection } from "../content/playbook/types";
import { checklistColumns, checklistRow, ITEM_ID_HEADER } from "./checklistColumns";
import { checklistSummaryBlocks } from "./checklistSummary";
import { safeSheetName, safeTableName } from "./excelNames";
import type { CellBlock, CellContent, SheetPlan } from "./plan";

/** How the checklists are laid out: a sheet per section, or one sheet with a Section column. */
export type ChecklistLayout = "sheetPerSection" | "oneSheet";

export { CHECKLIST_STATUSES } from "./checklistColumns";

/*
 * Checklist sheets, as plans. Layout of every checklist sheet (zero-based rows):
 *   0  title
 *   1  source line
 *   2  summary labels (one per status, Items, Share agreed)
 *   3  summary formulas
 *   4  blank
 *   5  table header (frozen with everything above it)
 *   6… one row per item, then a blank row, then the real-world example note(s).
 * Printed, the table's header row heads every page.
 */

/** Zero-based row of the checklist table's header. */
export const CHECKLIST_HEADER_ROW = 5;

/** Sheet key of the one-sheet layout (its table has the same key). */
export const ALL_CHECKLISTS_KEY = "checklist-all";

const TAB_COLOR = "#0078D4";
const TABLE_STYLE = "TableStyleLight9";
const SOURCE_LINE =
  `Source: ${PLAYBOOK_SOURCE.title}, read ${PLAYBOOK_SOURCE.asOf}. ` +
  "DEAL refreshes its own columns; Status, Owner, Clause reference and Notes are yours.";

/** Sheet (and table) key of one section's checklist, e.g. "checklist-SLA". */
export function checklistKey(code: string): string {
  return `checklist-${code}`;
}

/**
 * The checklist sheets for the chosen sections: one sheet per section, or one sheet whose table
 * has a Section column. Returns no sheet when no section is chosen; throws a RangeError when two
 * sections share a code (their sheets and row ids would collide).
 */
export function buildChecklistSheets(
  sections: readonly PlaybookSection[],
  layout: ChecklistLayout
): SheetPlan[] {
  assertUniqueCodes(sections);
  if (sections.length === 0) return [];
  if (layout === "oneSheet") {
    return [
      checklistSheet({
        key: ALL_CHECKLISTS_KEY,
        sheetName: "DEAL checklist",
        tableName: "DEAL_Checklist_All",
        title: `Negotiation checklist: ${sections.length} ${sections.length === 1 ? "section" : "sections"}`,
        sections,
        withSection: true,
      }),
    ];
  }
  // Codes that clean up to the same name ("A/B", "AB") get distinct variants in reconcile.
  return sections.map((section) =>
    checklistSheet({
      key: checklistKey(section.code),
      sheetName: safeSheetName(`DEAL ${section.code} checklist`),
      tableName: safeTableName(`DEAL_Checklist_${section.code}`),
      title: `${section.title}: negotiation checklist`,
      sections: [section],
      withSection: false,
    })
  );
}

interface ChecklistSheetSpec {
  readonly key: string;
  readonly sheetName: string;
  readonly tableName: string;
  readonly title: string;
  readonly sections: readonly PlaybookSection[];
  /** The one-sheet layout: a Section column, and each example note names its section. */
  readonly withSection: boolean;
}

function checklistSheet(spec: ChecklistSheetSpec): SheetPlan {
  const columns = checklistColumns(spec.withSection);
  const rows = spec.sections.flatMap((section) =>
    section.items.map((item) => checklistRow(item, spec.withSection ? section : undefined))
  );
  // Excel shows an empty table with one blank row, so the note goes below that row at least.
  const lastDataRow = CHECKLIST_HEADER_ROW + Math.max(rows.length, 1);
  const blocks: CellBlock[] = [
    {
      at: { row: 0, column: 0 },
      cells: [[{ value: spec.title }]],
      style: { bold: true, fontSize: 14 },
    },
    {
      at: { row: 1, column: 0 },
      cells: [[{ value: SOURCE_LINE }]],
      style: { italic: true, fontColor: "#605E5C" },
    },
    ...checklistSummaryBlocks(spec.key, { row: 2, column: 0 }),
    {
      at: { row: lastDataRow + 2, column: 0 },
      cells: spec.sections.map((section) => [exampleNote(section, spec.withSection)]),
      style: { italic: true, wrap: true },
      mergeAcross: columns.length,
    },
  ];
  return {
    key: spec.key,
    preferredName: spec.sheetName,
    tabColor: TAB_COLOR,
    blocks,
    inputs: [],
    tables: [
      {
        key: spec.key,
        preferredName: spec.tableName,
        at: { row: CHECKLIST_HEADER_ROW, column: 0 },
        columns,
        idColumn: columns.findIndex((column) => column.header === ITEM_ID_HEADER),
        rows,
        style: TABLE_STYLE,
      },
    ],
    charts: [],
    freezeRows: CHECKLIST_HEADER_ROW + 1,
    print: { titleRows: { first: CHECKLIST_HEADER_ROW, last: CHECKLIST_HEADER_ROW } },
  };
}

function exampleNote(section: PlaybookSection, namesSection: boolean): CellContent {
  const label = namesSection ? `Real-world example (${section.title})` : "Real-world example";
  return { value: `${label}: ${section.example}` };
}

function assertUniqueCodes(sections: readonly PlaybookSection[]): void {
  const seen = new Set<string>();
  for (const { code } of sections) {
    if (seen.has(code)) throw new RangeError(`section ${code} is chosen twice`);
    seen.add(code);
  }
}
