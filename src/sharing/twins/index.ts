import { NativeTwin } from "../nativeTwin";
import { RAMPPRICE_TWIN } from "./rampPriceTwin";
import { renderInline } from "./renderInline";
import { renderLambda } from "./renderLambda";
import { SLACREDIT_TWIN } from "./slaCreditTwin";
import { TwinSource } from "./source";
import { TIEREDCOST_TWIN } from "./tieredCostTwin";

/*
 * The native twins of DEAL's functions: the same numbers from native formulas, for workbooks
 * shared with people who do not have the add-in. See README.md in this folder for what each form
 * needs and where the twins differ from DEAL.
 */

/** What the LAMBDA forms need: optional parameters and ISOMITTED arrived with LAMBDA's helpers. */
const LAMBDA_REQUIRES =
  "Excel for Microsoft 365 (Windows, Mac, web) or Excel 2024: LAMBDA with optional [parameters] " +
  "and ISOMITTED, LET, SEQUENCE. Not Excel 2021 or earlier, not LibreOffice: use the inline form there.";

function nativeTwin(source: TwinSource): NativeTwin {
  return {
    fn: source.fn,
    name: `DEAL_${source.fn}`,
    lambda: renderLambda(source),
    inline: (args) => renderInline(source, args),
    requires: LAMBDA_REQUIRES,
  };
}

/**
 * The twins there are: TIEREDCOST, SLACREDIT and RAMPPRICE. ROLLOVER has none: it spills a table
 * whose every row depends on the one before, so ../ledger writes it out as helper cells instead
 * (README.md).
 */
export const NATIVE_TWINS: readonly NativeTwin[] = [
  TIEREDCOST_TWIN,
  SLACREDIT_TWIN,
  RAMPPRICE_TWIN,
].map(nativeTwin);

/**
 * The twin of a DEAL function, by its name as in cells ("TIEREDCOST", "DEAL.TIEREDCOST", any
 * case); undefined for a function without one (ROLLOVER) or an unknown name.
 */
export function nativeTwinFor(fn: string): NativeTwin | undefined {
  const wanted = fn
    .trim()
    .toUpperCase()
    .replace(/^DEAL\./, "");
  return NATIVE_TWINS.find((twin) => twin.fn === wanted);
}

export { RAMPPRICE_TWIN, SLACREDIT_TWIN, TIEREDCOST_TWIN, renderInline, renderLambda };
export type { TwinSource };
