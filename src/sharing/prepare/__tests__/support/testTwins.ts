import type { NativeTwin } from "../../../nativeTwin";

/*
 * Twins for the tests, shaped like src/sharing/twins but small: TIEREDCOST, SLACREDIT (which
 * calls a helper twin, RAMPPRICE, to show dependencies) and RAMPPRICE. ROLLOVER has none, as in
 * DEAL's own twins: "native" gives it a ledger instead (planLedgers.ts).
 */
export const TEST_TWINS: readonly NativeTwin[] = [
  {
    fn: "TIEREDCOST",
    name: "DEAL_TIEREDCOST",
    lambda: "=LAMBDA(units,tiers,[mode],[per],SUMPRODUCT(units*INDEX(tiers,,2)))",
    requires: "Excel 365 or Excel 2024",
  },
  {
    fn: "SLACREDIT",
    name: "DEAL_SLACREDIT",
    lambda:
      "=LAMBDA(uptime,fee,schedule,fee*DEAL_RAMPPRICE(1,1)*XLOOKUP(uptime,INDEX(schedule,,1),INDEX(schedule,,2),0,-1))",
    requires: "Excel 365 or Excel 2024",
  },
  {
    fn: "RAMPPRICE",
    name: "DEAL_RAMPPRICE",
    lambda: "=LAMBDA(base,period,base*period)",
    requires: "Excel 365 or Excel 2024",
  },
];
