import type { CellValue } from "../plan";
import { fingerprint, isBlank, sameCellValue } from "./fingerprint";

/*
 * Whether DEAL may write one of its cells again, or must keep what the user made of it:
 * - a blank cell is DEAL's: clearing a cell is how a user takes DEAL's text back;
 * - a cell that already holds what DEAL would write loses nothing by being written;
 * - a cell that still holds what DEAL last wrote there (its fingerprint matches) is DEAL's;
 * - anything else is the user's, kept. Without a fingerprint (a workbook written before DEAL
 *   remembered its cells), only the first two rules can make a cell DEAL's.
 */

export type CellFate = "write" | "keep";

export function cellFate(
  current: CellValue | undefined,
  planned: CellValue,
  remembered: string | undefined
): CellFate {
  if (current === undefined || isBlank(current) || sameCellValue(current, planned)) return "write";
  return remembered !== undefined && fingerprint(current) === remembered ? "write" : "keep";
}

/**
 * What DEAL remembers of the cell after the insert: the fingerprint of what it writes, or, for a
 * kept cell, of what it had written (so that the cell stays the user's). Blank is not remembered:
 * without a fingerprint a non-blank cell is the user's anyway.
 */
export function rememberedAfter(
  fate: CellFate,
  planned: CellValue,
  remembered: string | undefined
): string | undefined {
  if (fate === "keep") return remembered;
  return isBlank(planned) ? undefined : fingerprint(planned);
}
