import { rampPriceFunction } from "../../rampPrice";
import { rolloverFunction } from "../../rollover";
import { slaCreditFunction } from "../../slaCredit";
import { tieredCostFunction } from "../../tieredCost";

/*
 * The four DEAL functions as the bad-input tests call them: by name, as plain variadic functions,
 * with a few small valid arguments to build otherwise-valid calls around.
 */

export type FunctionName = "TIEREDCOST" | "ROLLOVER" | "SLACREDIT" | "RAMPPRICE";
type CellFunction = (...args: unknown[]) => unknown;

export const FUNCTIONS: Record<FunctionName, CellFunction> = {
  TIEREDCOST: tieredCostFunction as CellFunction,
  ROLLOVER: rolloverFunction as CellFunction,
  SLACREDIT: slaCreditFunction as CellFunction,
  RAMPPRICE: rampPriceFunction as CellFunction,
};
export const NAMES = Object.keys(FUNCTIONS) as FunctionName[];

export const TIERS = [
  [5, 5],
  [10, 4],
  ["", 3],
];
export const USAGE = [[80], [100], [120]];
export const TABLE = [
  [0.999, 0.1],
  [0.99, 0.25],
];
export const RAMP = [[0], [-0.15], [-0.1]];

export const TIEREDCOST = (...args: unknown[]) => FUNCTIONS.TIEREDCOST(...args);
export const ROLLOVER = (...args: unknown[]) => FUNCTIONS.ROLLOVER(...args);
export const SLACREDIT = (...args: unknown[]) => FUNCTIONS.SLACREDIT(...args);
export const RAMPPRICE = (...args: unknown[]) => FUNCTIONS.RAMPPRICE(...args);
