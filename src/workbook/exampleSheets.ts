import type { SheetPlan } from "./plan";
import { commitCostExample } from "./examples/commitCostExample";
import { rampPriceExample } from "./examples/rampPriceExample";
import { rolloverExample } from "./examples/rolloverExample";
import { slaCreditExample } from "./examples/slaCreditExample";
import { tieredCostExample } from "./examples/tieredCostExample";

/*
 * One worked-example sheet per DEAL function, as plans: the examples of docs/functions.md with
 * their inputs in cells the user can change. Each sheet is built in src/workbook/examples/, on
 * the layout shared in examples/layout.ts.
 */

export { EXAMPLE_KEYS } from "./examples/layout";
export { ROLLOVER_ANCHOR, ROLLOVER_SPILL } from "./examples/rolloverExample";

/**
 * The worked-example sheets, in the order of the function reference: TIEREDCOST, ROLLOVER,
 * SLACREDIT, RAMPPRICE, COMMITCOST. Pure: the same plans on every call.
 */
export function buildExampleSheets(): SheetPlan[] {
  return [
    tieredCostExample(),
    rolloverExample(),
    slaCreditExample(),
    rampPriceExample(),
    commitCostExample(),
  ];
}
