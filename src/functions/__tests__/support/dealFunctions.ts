import { CELL_FUNCTIONS } from "../../cellFunctions";
import { FUNCTION_NAMES, byFunction } from "../../declarations";

/*
 * The DEAL functions as the bad-input tests call them: by name (from the function table), as
 * plain variadic functions, with a few small valid arguments to build otherwise-valid calls around.
 */

export type { FunctionName } from "../../../pricing/errors";
export const FUNCTIONS = byFunction((name) => CELL_FUNCTIONS[name].call);
export const NAMES = FUNCTION_NAMES;

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
