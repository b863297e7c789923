import { FunctionName } from "../pricing/errors";

/**
 * A DEAL function written as a native Excel formula, for workbooks opened without the add-in.
 * Both forms come from one source (src/sharing/twins), so they cannot drift apart.
 */
export interface NativeTwin {
  /** The DEAL function it stands in for. */
  readonly fn: FunctionName;
  /** The workbook-level name it is defined under in Name Manager, e.g. "DEAL_TIEREDCOST". */
  readonly name: string;
  /** The name's formula: `=LAMBDA(…)`, for Excel 365 and Excel 2024. */
  readonly lambda: string;
  /**
   * The same computation inline, without LET or LAMBDA, for any spreadsheet (LibreOffice 7.4,
   * Excel 2010+): the call's argument texts (cell references or constants, "" for an omitted
   * optional argument) in, one formula out (without the leading "=").
   * Undefined where no such form exists. Throws where these arguments cannot be written inline
   * (a defined name, whose size the formula cannot know, or a result past Excel's 8,192 characters).
   */
  readonly inline?: (args: readonly string[]) => string;
  /** Excel versions that calculate `lambda` (the inline form needs none of the newer functions). */
  readonly requires: string;
}
