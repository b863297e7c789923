import { WorkbookRefusal } from "./workbookRefusal";

/*
 * Why DEAL refuses to write, worded for the person at the taskpane: what is in the way, what to
 * do about it, and that nothing was changed.
 */

const UNCHANGED = "Nothing was changed.";

/** An id that more than one row of a table holds, and those rows' numbers on the sheet. */
export interface DuplicateId {
  readonly id: string;
  readonly rows: readonly number[];
}

/** How many duplicate ids a refusal names before it says how many more there are. */
const DUPLICATES_NAMED = 5;

/** "9 and 14", "9, 10 and 12". */
function rowList(rows: readonly number[]): string {
  return rows.length === 1
    ? String(rows[0])
    : `${rows.slice(0, -1).join(", ")} and ${rows[rows.length - 1]}`;
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

export const refuse = {
  readOnly: () =>
    new WorkbookRefusal(
      `This workbook is open read-only, so DEAL cannot write to it. Save a copy you can edit (or ask for edit access) and insert again. ${UNCHANGED}`
    ),
  structureProtected: (sheetName: string) =>
    new WorkbookRefusal(
      `The workbook's structure is protected, so DEAL cannot add the sheet "${sheetName}". Unprotect the workbook (Review > Protect Workbook) and insert again. ${UNCHANGED}`
    ),
  sheetProtected: (sheetName: string) =>
    new WorkbookRefusal(
      `The sheet "${sheetName}" is protected. Unprotect it (Review > Unprotect Sheet) and insert again. ${UNCHANGED}`
    ),
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
