import { invalidInput } from "../pricing/errors";
import { EXPECTED } from "../pricing/expectations";
import { parseTierMode } from "../pricing/tierMode";
import { tieredCost } from "../pricing/tieredCost";
import { TierTable } from "../pricing/tierTable";
import { Tier, TierMode } from "../pricing/tierTypes";
import {
  Cell,
  asRows,
  describeCell,
  isBlank,
  isBlankRow,
  rangeExtent,
  readCellNumber,
  unwrapCell,
} from "./cells";
import { TIEREDCOST } from "./declarations";
import { rememberLastRange } from "./lastRangeMemo";
import { cellFunction } from "./runner";

const FN = TIEREDCOST.name;
const TIERS = { fn: FN, arg: "tiers" } as const;
const MODE = { fn: FN, arg: "mode" } as const;

/** A blank last bound (empty, empty text or 0) means no upper limit; a blank elsewhere is an input problem. */
function readBound(value: Cell, isLast: boolean, row: number): number {
  if (typeof value === "number" && (value !== 0 || !isLast)) {
    return readCellNumber(value, EXPECTED.positive, FN, "tiers", row, "bound");
  }
  const cell = unwrapCell(value);
  if (isBlank(cell) || (isLast && cell === 0)) {
    if (isLast) return Infinity;
    throw invalidInput(
      { fn: FN, arg: "tiers", row, column: "bound" },
      EXPECTED.boundBeforeLast,
      "a blank"
    );
  }
  return readCellNumber(cell, EXPECTED.positive, FN, "tiers", row, "bound");
}

/** The tier table: 2 or 3 columns, rows that are all blank skipped, each tier keeping its row number. */
function readTierRows(rows: readonly Cell[][]): TierTable {
  const { height, width } = rangeExtent(rows);
  if (height === 0) throw invalidInput(TIERS, EXPECTED.atLeastOneTier, "a blank");
  if (width < 2 || width > 3) {
    const received =
      height === 1 && width === 1
        ? describeCell(rows[0][0])
        : `${width} column${width === 1 ? "" : "s"}`;
    throw invalidInput(TIERS, EXPECTED.tierColumns, received);
  }
  const tiers: Tier[] = [];
  for (let r = 0; r < height; r++) {
    if (isBlankRow(rows, r, width)) continue;
    const cells = rows[r];
    const row = r + 1;
    tiers.push({
      upTo: readBound(cells[0], r === height - 1, row),
      price: readCellNumber(cells[1], EXPECTED.nonNegative, FN, "tiers", row, "price"),
      flatFee:
        width < 3 || isBlank(cells[2])
          ? 0
          : readCellNumber(cells[2], EXPECTED.nonNegative, FN, "tiers", row, "flat fee"),
      row,
    });
  }
  return TierTable.of(tiers);
}

const readTiers = rememberLastRange(readTierRows);

function readMode(value: Cell): TierMode {
  const text = unwrapCell(value);
  if (isBlank(text)) return "graduated";
  const mode = typeof text === "string" ? parseTierMode(text) : undefined;
  if (mode === undefined) throw invalidInput(MODE, EXPECTED.tierMode, describeCell(value));
  return mode;
}

const run = cellFunction(
  TIEREDCOST,
  { tiers: (value) => readTiers(asRows(value)), mode: readMode },
  (units, tiers, mode, per) => tieredCost(units, tiers, mode, per)
);

/**
 * Cost of a quantity under a tiered price table: graduated (each unit at its tier's price), volume (all units at the price of the tier the total falls in) or stairstep (that tier's price as a lump sum). Exact decimal arithmetic.
 * @customfunction TIEREDCOST
 * @helpurl https://localhost:3000/help.html#tieredcost
 * @param units Quantity to price, ≥ 0 (e.g. tokens in the month).
 * @param tiers Tier table, one row per tier in increasing order: upper bound (inclusive; blank on the last row for no limit), price per `per` units, optional flat fee.
 * @param [mode] "graduated" (default), "volume" or "stairstep"; "tiered" and "bulk" are accepted too.
 * @param [per] How many units a price is for, > 0; default 1 (1000000 for prices per million tokens). Not used in stairstep mode.
 * @returns The cost.
 */
export function tieredCostFunction(
  units: unknown,
  tiers: unknown[][],
  mode?: unknown,
  per?: unknown
): number {
  return run(units, tiers, mode, per);
}
