import type { FunctionName } from "../pricing/errors";
import { DECLARATIONS, FunctionDeclaration, byFunction, rangeArguments } from "./declarations";
import { commitCostFunction } from "./commitCost";
import { rampPriceFunction } from "./rampPrice";
import { rolloverFunction } from "./rollover";
import { slaCreditFunction } from "./slaCredit";
import { tieredCostFunction } from "./tieredCost";

/*
 * Each DEAL function's adapter (the one Excel calls) with its declaration, for those that call
 * them outside Excel's runtime: the file writer's evaluator, the HyperFormula test plugin and the
 * tests. Excel's runtime registers the adapters from their JSDoc (functions.ts).
 */

export interface CellFunction {
  readonly declaration: FunctionDeclaration;
  /** The adapter, as a plain variadic function. */
  readonly call: (...args: unknown[]) => unknown;
  /** The positions of the arguments Excel passes as ranges (2-D arrays). */
  readonly rangeArgs: readonly number[];
  /** How many arguments it takes, optional ones included. */
  readonly arity: number;
}

type Adapter = (...args: unknown[]) => unknown;

const ADAPTERS: Readonly<Record<FunctionName, Adapter>> = {
  TIEREDCOST: tieredCostFunction as Adapter,
  ROLLOVER: rolloverFunction as Adapter,
  SLACREDIT: slaCreditFunction as Adapter,
  RAMPPRICE: rampPriceFunction as Adapter,
  COMMITCOST: commitCostFunction as Adapter,
};

export const CELL_FUNCTIONS = byFunction((name): CellFunction => ({
  declaration: DECLARATIONS[name],
  call: ADAPTERS[name],
  rangeArgs: rangeArguments(DECLARATIONS[name]),
  arity: DECLARATIONS[name].parameters.length,
}));
