import type { CellStyle } from "../plan";
import type { SharedColumn } from "./modelLayout";

/* Number formats of the schedule's cells. */

export const MONEY: CellStyle = { numberFormat: "$#,##0" };
export const SHARED_FORMATS: Readonly<Record<SharedColumn, CellStyle>> = {
  month: { numberFormat: "0" },
  year: { numberFormat: "0" },
  inputTokensM: { numberFormat: "#,##0" },
  outputTokensM: { numberFormat: "#,##0" },
  totalTokensM: { numberFormat: "#,##0" },
  rampStep: { numberFormat: "0.0%" },
  priceFactor: { numberFormat: "0.0000" },
  listCost: MONEY,
  mixFactor: { numberFormat: "0.0000" },
  forecastBaseCost: MONEY,
  listCostInForce: MONEY,
  commitment: MONEY,
  billedCommitment: MONEY,
  fixedFees: MONEY,
};
