import type { SharingStep } from "../../sharing/prepare";
import { rectAddress, STORE_SHEET_KEY } from "../../sharing/prepare";
import type { SheetEdit } from "../../workbook/edit";
import { applyWorkbookEdit } from "../applyEdit";
import { DEAL_KEY_PROPERTY } from "../readSnapshot";

/*
 * Queues a sharing plan's steps on the request context, in the plan's order, without syncing:
 * the caller syncs once. The plan already decided everything; this only names the Office calls.
 */

/** The columns of the store's rows (a record and the note of its header). */
const storeRect = (rows: number, columns: number) => ({ row: 0, column: 0, rows, columns });

/**
 * Queues a DEAL sheet's edit as an insert does (src/excel/applyEdit.ts): the sheet of
 * draw-downs holds blocks, widths, row heights and a page setup, and no table or chart, so the
 * edit needs nothing read beyond it.
 */
function applySheet(context: Excel.RequestContext, edit: SheetEdit): void {
  const nothingRead = {
    readOnly: false,
    structureProtected: false,
    sheets: [],
    tableNames: [],
    definedNames: [],
  };
  applyWorkbookEdit(
    context,
    { sheets: [edit], report: { sheets: [] } },
    { snapshot: nothingRead, chartNames: new Map() }
  );
}

/** Queues every step; nothing reaches Excel before the caller's sync. */
export function applySharingSteps(
  context: Excel.RequestContext,
  steps: readonly SharingStep[]
): void {
  const workbook = context.workbook;
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string) => {
    const found = sheets.get(name) ?? workbook.worksheets.getItem(name);
    sheets.set(name, found);
    return found;
  };

  for (const step of steps) {
    switch (step.kind) {
      case "defineName":
        if (step.how === "add") {
          workbook.names.add(step.name, step.formula, step.comment);
        } else {
          const name = workbook.names.getItem(step.name);
          name.formula = step.formula;
          name.comment = step.comment;
        }
        break;
      case "clear":
        sheet(step.sheet)
          .getRange(rectAddress(step.rect))
          .clear(step.formats ? "All" : "Contents");
        break;
      case "writeSheet":
        applySheet(context, step.edit);
        break;
      case "write": {
        const range = sheet(step.sheet).getRange(rectAddress(step.rect));
        const cells = step.cells.map((row) => [...row]);
        if (step.property === "formulas") range.formulas = cells;
        else range.values = cells;
        break;
      }
      case "writeStore": {
        let store: Excel.Worksheet;
        if (step.create) {
          store = workbook.worksheets.add(step.sheetName);
          store.customProperties.add(DEAL_KEY_PROPERTY, STORE_SHEET_KEY);
          sheets.set(step.sheetName, store);
        } else {
          store = sheet(step.sheetName);
        }
        if (step.clear !== undefined) store.getRange(rectAddress(step.clear)).clear("Contents");
        const width = Math.max(...step.rows.map((row) => row.length));
        store.getRange(rectAddress(storeRect(step.rows.length, width))).values = step.rows.map(
          (row) => [...row]
        );
        // Out of sight and out of the Unhide dialog: only DEAL (or VBA) shows it again.
        if (step.create) store.visibility = "VeryHidden";
        break;
      }
      case "deleteSheet": {
        // Excel refuses to delete a very hidden sheet (the store); hidden first, then deleted.
        const store = sheet(step.sheetName);
        store.visibility = "Hidden";
        store.delete();
        sheets.delete(step.sheetName);
        break;
      }
    }
  }
}
