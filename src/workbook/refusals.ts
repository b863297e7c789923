import { WorkbookRefusal } from "./workbookService";

/*
 * Why DEAL refuses to write, worded for the person at the taskpane: what is in the way, what to
 * do about it, and that nothing was changed.
 */

const UNCHANGED = "Nothing was changed.";

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
};
