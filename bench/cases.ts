/*
 * The benchmark cases: realistic inputs for each DEAL function as Excel passes them, and the
 * floating-point yardstick. Each case runs in its own process (see run.ts).
 */
import { rampPriceFunction } from "../src/functions/rampPrice";
import { commitCostFunction } from "../src/functions/commitCost";
import { rolloverFunction } from "../src/functions/rollover";
import { slaCreditFunction } from "../src/functions/slaCredit";
import { tieredCostFunction } from "../src/functions/tieredCost";
import { tieredCostDecimal } from "../src/pricing/tieredCostDecimal";
import { TierTable } from "../src/pricing/tierTable";
import { floatTieredCost } from "./floatTierWalk";
import { WHOLE_COLUMN_CASES } from "./wholeColumnCases";

export interface BenchCase {
  readonly label: string;
  readonly inputs: readonly unknown[];
  readonly call: (input: never) => unknown;
  /** Another case to compare it with, measured in the same run (its time is printed as a ratio). */
  readonly versus?: string;
  /** Slow calls, reported as milliseconds a call rather than calls a second. */
  readonly perCall?: boolean;
}

// A 5-tier token price table in USD per million tokens, as cells.
const tierCells = [
  [1e9, 15],
  [5e9, 13.5],
  [1e10, 12],
  [5e10, 10.5],
  ["", 9],
];
// Two tables that alternate, so that no call can reuse the table read by the call before it.
const tableVariants = [
  tierCells,
  tierCells.map(([upTo, price]) => [upTo, (price as number) + 0.25]),
];
const tierTable = TierTable.of(
  tierCells.map(([upTo, price]) => ({
    upTo: upTo === "" ? Infinity : (upTo as number),
    price: price as number,
    flatFee: 0,
  }))
);
// Monthly token volumes across all five tiers, some of them fractional.
const units = Array.from(
  { length: 2000 },
  (_, i) => Math.round((i * 37_000_003.7) % 8e10) + (i % 7 === 0 ? 0.5 : 0)
);
const usage36 = Array.from({ length: 36 }, (_, i) => [800 + ((i * 97) % 450)]);
const commits = Array.from({ length: 20 }, (_, i) => [[900 + i * 10]]);
// Commitment levels from 0 to 200%, as a sizing grid calls COMMITCOST.
const levels = Array.from({ length: 21 }, (_, i) => i / 10);
const slaSchedule = [
  [0.999, 0.1],
  [0.99, 0.25],
  [0.95, 1],
];
const uptimes = Array.from({ length: 2000 }, (_, i) => 0.94 + (i % 600) / 10000);
const ramp5 = [[0], [-0.15], [-0.1], [0.05], [0.05]];
const periods = Array.from({ length: 2000 }, (_, i) => 1 + (i % 12));

export const CASES: Readonly<Record<string, BenchCase>> = {
  float: {
    label: "Yardstick: plain floating-point tier walk, 5 tiers, same cells",
    inputs: units,
    call: (u: number) => floatTieredCost(u, tierCells, 1e6),
  },
  tieredGraduated: {
    label: "DEAL.TIEREDCOST graduated, 5 tiers, per 1e6",
    inputs: units,
    call: (u: number) => tieredCostFunction(u, tierCells, "graduated", 1e6),
  },
  tieredVolume: {
    label: "DEAL.TIEREDCOST volume, 5 tiers, per 1e6",
    inputs: units,
    call: (u: number) => tieredCostFunction(u, tierCells, "volume", 1e6),
  },
  tieredNewTableEachCall: {
    label: "DEAL.TIEREDCOST graduated, a different tier table every call",
    inputs: units.map((u, i) => [u, tableVariants[i % 2]] as const),
    call: ([u, table]: readonly [number, unknown[][]]) =>
      tieredCostFunction(u, table, "graduated", 1e6),
  },
  tieredDecimalOnly: {
    label: "TIEREDCOST graduated on the decimal.js path alone (no fast path)",
    inputs: units,
    call: (u: number) =>
      tieredCostDecimal({ units: u, table: tierTable, mode: "graduated", per: 1e6 }).toNumber(),
  },
  rollover: {
    label: "DEAL.ROLLOVER, 36 periods, cap 20%, expiry 3, true-up 12",
    inputs: commits,
    call: (commit: number[][]) => rolloverFunction(commit, usage36, 0.2, 3, 12),
  },
  commitCost: {
    label: "DEAL.COMMITCOST, the same 36 periods, rate 1.05, burst 2×3",
    inputs: levels,
    call: (scale: number) => commitCostFunction([[1000]], usage36, 0.2, 3, 12, 1.05, scale, 2, 3),
    versus: "rollover",
  },
  slaCredit: {
    label: "DEAL.SLACREDIT, 3-row schedule",
    inputs: uptimes,
    call: (u: number) => slaCreditFunction(u, 850000, slaSchedule),
  },
  rampPrice: {
    label: "DEAL.RAMPPRICE, 5-period ramp, 5% uplift",
    inputs: periods,
    call: (p: number) => rampPriceFunction(3, p, ramp5, 0.05),
  },
  ...WHOLE_COLUMN_CASES,
};
