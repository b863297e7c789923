import { WorkbookRefusal } from "./workbookRefusal";

/*
 * The one catalogue of DEAL's refusals: why an action stops before anything is written, worded for
 * the person at the taskpane (what is in the way, what to do about it, and that nothing was
 * changed). Two actions refuse: inserting (checklists, benchmark, model) and Prepare for sharing;
 * the same obstacle reads the same way for both, apart from what the action would do.
 */

const UNCHANGED = "Nothing was changed.";

/** What a refused action would have done, and how the user starts it again. */
interface RefusedAction {
  /** Follows "so DEAL cannot": "write to it". */
  readonly change: string;
  /** Follows "and": "insert again". */
  readonly retry: string;
  /** Whether "The sheet … is protected" says what DEAL cannot do there. */
  readonly saysWhyOnSheet: boolean;
}

const INSERT: RefusedAction = {
  change: "write to it",
  retry: "insert again",
  saysWhyOnSheet: false,
};
const SHARING: RefusedAction = {
  change: "change its formulas",
  retry: "try again",
  saysWhyOnSheet: true,
};

/** "a", "a or b", "a, b and c". */
export function list(items: readonly string[], last = "or"): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
}

function readOnly(action: RefusedAction): WorkbookRefusal {
  return new WorkbookRefusal(
    `This workbook is open read-only, so DEAL cannot ${action.change}. Save a copy you can edit (or ask for edit access) and ${action.retry}. ${UNCHANGED}`
  );
}

function sheetProtected(action: RefusedAction, sheetName: string): WorkbookRefusal {
  const why = action.saysWhyOnSheet ? `, so DEAL cannot ${action.change}` : "";
  return new WorkbookRefusal(
    `The sheet "${sheetName}" is protected${why}. Unprotect it (Review > Unprotect Sheet) and ${action.retry}. ${UNCHANGED}`
  );
}

/** `sheets`: how each sheet DEAL would add is named ("\"Deal model\"", or with what it holds). */
function structureProtected(action: RefusedAction, sheets: readonly string[]): WorkbookRefusal {
  const which = sheets.length === 1 ? "the sheet" : "the sheets";
  return new WorkbookRefusal(
    `The workbook's structure is protected, so DEAL cannot add ${which} ${list(sheets, "and")}. Unprotect the workbook (Review > Protect Workbook) and ${action.retry}. ${UNCHANGED}`
  );
}

/** An id that more than one row of a table holds, and those rows' numbers on the sheet. */
export interface DuplicateId {
  readonly id: string;
  readonly rows: readonly number[];
}

/** How many duplicate ids a refusal names before it says how many more there are. */
const DUPLICATES_NAMED = 5;

/** "9 and 14", "9, 10 and 12". */
function rowList(rows: readonly number[]): string {
  return list(rows.map(String), "and");
}

function duplicateList(duplicates: readonly DuplicateId[]): string {
  const named = duplicates
    .slice(0, DUPLICATES_NAMED)
    .map(({ id, rows }) => `"${id}" on rows ${rowList(rows)}`);
  const more = duplicates.length - named.length;
  return more > 0
    ? `${named.join("; ")}; and ${more} more ${more === 1 ? "id" : "ids"}`
    : named.join("; ");
}

/** Refusals of an insert (checklists, benchmark, deal model). */
export const refuse = {
  readOnly: () => readOnly(INSERT),
  structureProtected: (sheetName: string) => structureProtected(INSERT, [`"${sheetName}"`]),
  sheetProtected: (sheetName: string) => sheetProtected(INSERT, sheetName),
  idColumnMissing: (tableName: string, sheetName: string, header: string) =>
    new WorkbookRefusal(
      `The table "${tableName}" on "${sheetName}" no longer has its "${header}" column, so DEAL cannot tell its rows from yours. Undo the change that removed it, or delete the table, and insert again. ${UNCHANGED}`
    ),
  duplicateIds: (
    tableName: string,
    sheetName: string,
    header: string,
    duplicates: readonly DuplicateId[]
  ) =>
    new WorkbookRefusal(
      `In the table "${tableName}" on "${sheetName}", more than one row has the same ${header}: ${duplicateList(duplicates)}. DEAL matches its rows by ${header}, so it cannot tell which row is its own. Give each of these rows its own ${header}, or clear the ${header} of a row you added (DEAL leaves rows without one alone), and insert again. ${UNCHANGED}`
    ),
};

/** Refusals of Prepare for sharing: the whole action stops before anything is written. */
export const refuseSharing = {
  readOnly: () => readOnly(SHARING),
  sheetProtected: (sheetName: string) => sheetProtected(SHARING, sheetName),
  /** `sheets`: the sheets DEAL would add, each with what it holds ("keeps the formulas…"). */
  structureProtected: (sheets: readonly { readonly name: string; readonly holds: string }[]) =>
    structureProtected(
      SHARING,
      sheets.map((sheet) => `"${sheet.name}" (it ${sheet.holds})`)
    ),
};
