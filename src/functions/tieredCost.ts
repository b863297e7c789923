import { EXPECTED } from "../pricing/expectations";
import { ArgumentPlace, invalidInput } from "../pricing/errors";
import { parseTierMode } from "../pricing/tierMode";
import { tieredCost } from "../pricing/tieredCost";
import { Tier } from "../pricing/tierTypes";
import {
  Cell,
  asRows,
  describeCell,
  isBlank,
  readNumber,
  readOptionalNumber,
  readTableRows,
  TableRow,
  trimTrailingBlanks,
} from "./cells";
import { inCell } from "./excelError";

const FN = "TIEREDCOST";

/** A blank last bound (empty, empty text or 0) means no upper limit; elsewhere the core rejects it. */
function readBound(cell: Cell, isLast: boolean, row: number): number | null {
  if (isBlank(cell) || (isLast && cell === 0)) return null;
  return readNumber(cell, { fn: FN, arg: "tiers", row, column: "bound" }, EXPECTED.positive);
}

function readTier({ cells, row }: TableRow, isLast: boolean): Tier {
  const place = (column: string): ArgumentPlace => ({ fn: FN, arg: "tiers", row, column });
  return {
    upTo: readBound(cells[0], isLast, row),
    price: readNumber(cells[1], place("price"), EXPECTED.nonNegative),
    flatFee: isBlank(cells[2]) ? 0 : readNumber(cells[2], place("flat fee"), EXPECTED.nonNegative),
    row,
  };
}

function readTiers(value: Cell): Tier[] {
  const rows = trimTrailingBlanks(asRows(value));
  const width = rows.length === 0 ? 0 : rows[0].length;
  if (rows.length > 0 && (width < 2 || width > 3)) {
    throw invalidInput(
      { fn: FN, arg: "tiers" },
      EXPECTED.tierColumns,
      `${width} column${width === 1 ? "" : "s"}`
    );
  }
  const table = readTableRows(rows);
  return table.map((row, i) => readTier(row, i === table.length - 1));
}

function readMode(value: Cell) {
  if (isBlank(value)) return "graduated";
  const mode = typeof value === "string" ? parseTierMode(value) : undefined;
  if (mode === undefined)
    throw invalidInput({ fn: FN, arg: "mode" }, EXPECTED.tierMode, describeCell(value));
  return mode;
}

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
  return inCell(FN, () =>
    tieredCost(
      readNumber(units, { fn: FN, arg: "units" }, EXPECTED.nonNegative),
      readTiers(tiers),
      readMode(mode),
      readOptionalNumber(per, { fn: FN, arg: "per" }, EXPECTED.positive)
    )
  );
}
