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
  return { layout, at, hf, settings };
}

/**
 * Fails unless `actual` is a number within `relative` of `expected`, or both within `absolute` of
 * each other (1e-9 by default: a difference of two large figures that cancel, as the burst rule's
 * overage less burst usage, is as exact as the figures, not as their difference).
 */
export function close(
  actual: unknown,
  expected: number,
  where: string,
  relative = 1e-12,
  absolute = 1e-9
): void {
  if (typeof actual !== "number") throw new Error(`${where}: got ${JSON.stringify(actual)}`);
  const scale = Math.max(Math.abs(expected), Math.abs(actual));
  if (Math.abs(actual - expected) > Math.max(relative * scale, absolute)) {
    throw new Error(`${where}: sheet ${actual}, pricing core ${expected}`);
  }
}

/** A scenario band's cell as a number: an annual pool leaves its burst columns blank, for 0. */
export const bandValue = (cell: unknown, column: string): unknown =>
  cell === null && column.startsWith("burst") ? 0 : cell;
