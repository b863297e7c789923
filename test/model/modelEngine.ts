import { DEFAULT_SETTINGS, type ModelSettings, type Offer } from "../../src/dealModel";
import { buildModelSheet } from "../../src/workbook/model";
import { calculateSheets, type SheetCells } from "../support/hyperformulaDeal";
import { planSheetCells } from "../support/planSheetCells";

/**
 * The model sheet of `offers`, calculated by HyperFormula with DEAL's functions registered, beside
 * `otherSheets` (a usage forecast the offers read, for instance), with the model's `settings`.
 */
export function modelEngine(
  offers: readonly Offer[],
  otherSheets: Readonly<Record<string, SheetCells>> = {},
  settings: ModelSettings = DEFAULT_SETTINGS
) {
  const { plan, layout } = buildModelSheet(offers, settings);
  const hf = calculateSheets({ [plan.preferredName]: planSheetCells(plan), ...otherSheets });
  const at = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
  return { layout, at, hf };
}

/** Fails unless `actual` is a number within `relative` of `expected` (or both within 1e-9 of zero). */
export function close(actual: unknown, expected: number, where: string, relative = 1e-12): void {
  if (typeof actual !== "number") throw new Error(`${where}: got ${JSON.stringify(actual)}`);
  const scale = Math.max(Math.abs(expected), Math.abs(actual));
  if (Math.abs(actual - expected) > Math.max(relative * scale, 1e-9)) {
    throw new Error(`${where}: sheet ${actual}, pricing core ${expected}`);
  }
}
