import type { NativeTwin } from "../nativeTwin";
import { contains } from "../../formula";
import { findDealCalls } from "./formulaCalls";
import { indexTwins } from "./twinIndex";
import type { DealFormulaCell, OfficeCell, ScopeRead, ScopeSheet } from "./types";

/** The formula in a cell of the read, if it holds one (text that starts with "=" does not count). */
export function formulaAt(sheet: ScopeSheet, row: number, column: number): string | undefined {
  const r = row - sheet.at.row;
  const c = column - sheet.at.column;
  const formula = sheet.formulas[r]?.[c];
  const value = sheet.values[r]?.[c];
  return typeof formula === "string" &&
    formula.length > 1 &&
    formula.startsWith("=") &&
    formula !== value
    ? formula
    : undefined;
}

/** A cell's value in the read; "" outside the used range. */
export function valueAt(sheet: ScopeSheet, row: number, column: number): OfficeCell {
  return sheet.values[row - sheet.at.row]?.[column - sheet.at.column] ?? "";
}

export function inScope(sheet: ScopeSheet, row: number, column: number): boolean {
  return sheet.areas === undefined || sheet.areas.some((area) => contains(area, row, column));
}

/** Every formula in scope that calls a DEAL function in any spelling, sheet by sheet, row by row. */
export function dealFormulas(read: ScopeRead, twins: readonly NativeTwin[]): DealFormulaCell[] {
  const { byName } = indexTwins(twins);
  const cells: DealFormulaCell[] = [];
  for (const sheet of read.sheets) {
    sheet.formulas.forEach((rowCells, r) => {
      rowCells.forEach((_cell, c) => {
        const row = sheet.at.row + r;
        const column = sheet.at.column + c;
        const formula = formulaAt(sheet, row, column);
        if (formula === undefined || !inScope(sheet, row, column)) return;
        if (findDealCalls(formula, byName).length > 0) cells.push({ sheet, row, column, formula });
      });
    });
  }
  return cells;
}
