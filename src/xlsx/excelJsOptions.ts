import type { NativeTwin } from "../sharing/nativeTwin";
import { NATIVE_TWINS } from "../sharing/twins";

/* How the file adapter (applyEdit.ts) writes DEAL calls, and its defaults. */

export interface ExcelJsOptions {
  /** Write each DEAL call as its native twin's inline formula, for spreadsheets without DEAL. */
  readonly shareSafe?: boolean;
  /** The twins to take inline formulas from; DEAL's own (src/sharing/twins) by default. */
  readonly twins?: readonly NativeTwin[];
}

/** The options with their defaults filled in. */
export function resolveOptions(options: ExcelJsOptions): Required<ExcelJsOptions> {
  return {
    shareSafe: options.shareSafe ?? false,
    twins: options.twins ?? NATIVE_TWINS,
  };
}
