import type { SharingStep } from "../../sharing/prepare";
import { rectAddress, type Rect } from "../../formula";
import { STORE_SHEET_KEY } from "../../sharing/prepare";
import type { SheetEdit } from "../../workbook/edit";
import { editOperations } from "../applyEdit";
import { matrixRows, single, type SizedOperation } from "../batching/sizedOperations";
import { DEAL_KEY_PROPERTY } from "../readSnapshot";

/*
 * A sharing plan's steps as sized operations (batching/), in the plan's order: large writes are
 * split by rows between syncs. The plan already decided everything; this only names the Office
 * calls. The store of kept formulas is written before its stale rows are cleared, so that a
 * write cut short between syncs never loses a record (the plan writes it before any formula is
 * replaced).
 */

/** The parts of `old` outside the top-left `rows` × `columns` of the sheet. */
function outside(old: Rect, rows: number, columns: number): Rect[] {
  const bottom = old.row + old.rows;
  const right = old.column + old.columns;
  const parts: Rect[] = [];
  const below = Math.max(old.row, rows);
  if (below < bottom)
    parts.push({ row: below, column: old.column, rows: bottom - below, columns: old.columns });
  const beside = Math.max(old.column, columns);
  const top = Math.min(bottom, rows);
  if (beside < right && old.row < top) {
    parts.push({ row: old.row, column: beside, rows: top - old.row, columns: right - beside });
  }
  return parts;
}

/**
 * A DEAL sheet's edit as an insert writes it (src/excel/applyEdit.ts): the sheet of draw-downs
 * holds blocks, widths, row heights and a page setup, and no table or chart, so the edit needs
 * nothing read beyond it.
 */
function sheetOperations(edit: SheetEdit): SizedOperation[] {
  const nothingRead = {
    readOnly: false,
    structureProtected: false,
    sheets: [],
    tableNames: [],
    definedNames: [],
  };
  return editOperations(
    { sheets: [edit], report: { sheets: [] } },
    { snapshot: nothingRead, chartNames: new Map() }
  );
}

function stepOperations(step: SharingStep): SizedOperation[] {
  switch (step.kind) {
    case "defineName":
      return [
        single(`The name ${step.name}`, undefined, (batch) => {
          const names = batch.context.workbook.names;
          if (step.how === "add") {
            names.add(step.name, step.formula, step.comment);
          } else {
            const name = names.getItem(step.name);
            name.formula = step.formula;
            name.comment = step.comment;
          }
        }),
      ];
    case "clear":
      return [
        single(`${step.sheet}!${rectAddress(step.rect)}`, step.sheet, (batch) =>
          batch
            .sheet(step.sheet)
            .getRange(rectAddress(step.rect))
            .untrack()
            .clear(step.formats ? "All" : "Contents")
        ),
      ];
    case "writeSheet":
      return sheetOperations(step.edit);
    case "write":
      return matrixRows(
        `${step.sheet}!${rectAddress(step.rect)}`,
        step.sheet,
        (batch, first, rows) =>
          batch
            .sheet(step.sheet)
            .getRange(rectAddress({ ...step.rect, row: step.rect.row + first, rows }))
            .untrack(),
        step.property,
        step.cells
      );
    case "writeStore": {
      const name = step.sheetName;
      const width = Math.max(...step.rows.map((row) => row.length));
      const create = step.create
        ? [
            single(`The sheet ${name}`, name, (batch) =>
              batch.addSheet(name).customProperties.add(DEAL_KEY_PROPERTY, STORE_SHEET_KEY)
            ),
          ]
        : [];
      const stale = step.clear === undefined ? [] : outside(step.clear, step.rows.length, width);
      return [
        ...create,
        ...matrixRows(
          `The kept formulas on ${name}`,
          name,
          (batch, first, rows) =>
            batch
              .sheet(name)
              .getRange(rectAddress({ row: first, column: 0, rows, columns: width }))
              .untrack(),
          "values",
          step.rows
        ),
        ...stale.map((rect) =>
          single(`${name}!${rectAddress(rect)}`, name, (batch) =>
            batch.sheet(name).getRange(rectAddress(rect)).untrack().clear("Contents")
          )
        ),
        // Out of sight and out of the Unhide dialog: only DEAL (or VBA) shows it again.
        ...(step.create
          ? [
              single(`The sheet ${name}`, name, (batch) => {
                batch.sheet(name).visibility = "VeryHidden";
              }),
            ]
          : []),
      ];
    }
    case "deleteSheet":
      return [
        single(`The sheet ${step.sheetName}`, step.sheetName, (batch) => {
          // Excel refuses to delete a very hidden sheet (the store); hidden first, then deleted.
          const store = batch.sheet(step.sheetName);
          store.visibility = "Hidden";
          store.delete();
        }),
      ];
  }
}

/** Every step of a sharing plan, as operations to pack into syncs. */
export function sharingOperations(steps: readonly SharingStep[]): SizedOperation[] {
  return steps.flatMap(stepOperations);
}
