import type { NativeTwin } from "../nativeTwin";
import { cellRect, rectAddress } from "../../formula";
import { dealName, findDealCalls, renameCalls } from "./formulaCalls";
import { PlanBuilder, refuseIfReadOnly } from "./planBuilder";
import { dealFormulas } from "./scopeCells";
import { indexTwins } from "./twinIndex";
import type { ScopeRead, SharingPlan } from "./types";

/**
 * Repair: every formula in scope that calls a DEAL function is entered again, exactly as it is,
 * except that the stored spelling _xldudf_DEAL_X( (or deal.x( typed before the add-in was
 * loaded) becomes DEAL.X(. Excel parses a formula again
 * when it is entered, so a cell typed or opened before the add-in was loaded stops showing #NAME?.
 * Formulas that call only native twins do not need the add-in and are left alone.
 */
export function planRepair(read: ScopeRead, twins: readonly NativeTwin[]): SharingPlan {
  refuseIfReadOnly(read);
  const index = indexTwins(twins);
  const plan = new PlanBuilder(read, "repair");
  for (const cell of dealFormulas(read, twins)) {
    const calls = findDealCalls(cell.formula, index.byName).filter((call) => call.form !== "twin");
    if (calls.length === 0) continue;
    // The stored spelling and any case Excel did not recognise become Excel's own spelling.
    const formula = renameCalls(cell.formula, calls, (call) => dealName(call.fn));
    plan.setFormula(cell, formula);
    plan.changed.push({
      sheet: cell.sheet.name,
      address: rectAddress(cellRect(cell.row, cell.column)),
    });
  }
  return plan.build();
}
