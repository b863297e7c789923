import type { NativeTwin } from "../nativeTwin";
import { cellRect, rectAddress } from "../../formula";
import { keepStep, newStore, refuseNewSheets } from "./keepFormulas";
import { PlanBuilder, refuseIfReadOnly } from "./planBuilder";
import { skipReason } from "./reasons";
import { dealFormulas } from "./scopeCells";
import { valueJson } from "./store";
import type {
  DealFormulaCell,
  FormulaResult,
  OfficeCell,
  ScopeRead,
  SharingPlan,
  StoredFormula,
} from "./types";

/**
 * The formulas "values" will replace: every formula in scope calling a DEAL function in any
 * spelling. The adapter reads their results (and spill ranges) before planValues.
 */
export function valuesCandidates(read: ScopeRead, twins: readonly NativeTwin[]): DealFormulaCell[] {
  refuseIfReadOnly(read);
  return dealFormulas(read, twins);
}

/** Errors that are no result yet (or not DEAL's), so they must not become a value. */
export function unfinished(value: OfficeCell, valueType: string): string | undefined {
  if (valueType !== "Error" || typeof value !== "string") return undefined;
  const error = value.toUpperCase();
  if (error === "#NAME?") return skipReason.notCalculated();
  if (error === "#BUSY!" || error === "#GETTING_DATA") return skipReason.busy();
  if (error === "#SPILL!") return skipReason.spillBlocked();
  return undefined;
}

/**
 * A result as Office.js should write it so that the cell shows the same: error values as typed
 * (#N/A stays the error #N/A), text always with its text marker (so "=x", "0012" or "Jan 1" stay
 * text), numbers and booleans as they are.
 */
function writtenValue(value: OfficeCell, valueType: string): OfficeCell {
  if (typeof value !== "string") return value;
  if (value === "" || valueType === "Error") return value;
  return `'${value}`;
}

/**
 * Values: each DEAL formula becomes its current value. A dynamic array becomes values over its
 * whole spill range (the anchor's formula is what is kept, with the spill size). The formulas are
 * written to the store first, so if Excel stops halfway no formula is lost.
 */
export function planValues(read: ScopeRead, results: readonly FormulaResult[]): SharingPlan {
  refuseIfReadOnly(read);
  const plan = new PlanBuilder(read, "values");
  const records: StoredFormula[] = [];

  for (const result of results) {
    const { cell, spill } = result;
    const anchor = cellRect(cell.row, cell.column);
    const rect = spill?.rect ?? anchor;
    const values = spill?.values ?? [[result.value]];
    const types = spill?.valueTypes ?? [[result.valueType]];
    const problem =
      unfinished(result.value, result.valueType) ??
      values
        .flatMap((row, r) => row.map((value, c) => unfinished(value, types[r]?.[c] ?? "")))
        .find((reason) => reason !== undefined);
    if (problem !== undefined) {
      plan.skip(cell.sheet, anchor, problem);
      continue;
    }
    plan.steps.push({
      kind: "write",
      sheet: cell.sheet.name,
      rect,
      property: "values",
      cells: values.map((row, r) =>
        row.map((value, c) => writtenValue(value, types[r]?.[c] ?? ""))
      ),
    });
    plan.changed.push({ sheet: cell.sheet.name, address: rectAddress(rect) });
    records.push({
      sheetId: cell.sheet.id,
      sheetName: cell.sheet.name,
      address: rectAddress(anchor),
      formula: cell.formula,
      rows: rect.rows,
      columns: rect.columns,
      value: valueJson(values[0]?.[0] ?? result.value),
    });
  }
  if (records.length === 0) return plan.build();

  plan.refuseLockedSheets(); // the sheet's protection first: it is what the user chose to change
  refuseNewSheets(read, newStore(read));
  plan.steps.unshift(keepStep(read, records));
  return plan.build();
}
