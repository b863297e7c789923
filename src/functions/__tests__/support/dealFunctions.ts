import { CELL_FUNCTIONS } from "../../cellFunctions";
import { FUNCTION_NAMES, byFunction } from "../../declarations";

/*
 * The DEAL functions as the bad-input tests call them: by name (from the function table), as
 * plain variadic functions, with a few small valid arguments to build otherwise-valid calls around.
 */

import type { FunctionName } from "../../../pricing/errors";

export type { FunctionName };
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
export const COMMITCOST = (...args: unknown[]) => FUNCTIONS.COMMITCOST(...args);

/**
 * A small valid call of each function, every argument given: the base the table-driven tests
 * put one bad argument into. SLACREDIT's is a linear clause, so that per_step and step apply.
 */
export const VALID_CALLS: Readonly<Record<FunctionName, readonly unknown[]>> = {
  TIEREDCOST: [6, TIERS, "volume", 1000],
  ROLLOVER: [[[100], [100], [100]], USAGE, 0.5, 2, 12],
  SLACREDIT: [0.9975, 850000, 0.999, 0.02, 0.001, 0.5],
  RAMPPRICE: [3, 6, RAMP, 0.05, 3],
  COMMITCOST: [[[100], [100], [100]], USAGE, 0.5, 2, 12, 1.1, 0.8, 2, 3],
};
