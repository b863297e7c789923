import { parseRangeAddress } from "../formula";
import type { CellsForecast } from "./offer";

/*
 * A usage forecast read from cells the user selected: two columns (input tokens, output tokens,
 * in millions), a row per month. Blank cells count as 0, as months without usage; anything else
 * that is not a number ≥ 0 is named by its cell, so the user can fix it.
 */

/** Why a selection cannot be a usage forecast, in words for the user. */
export class UsageCellsProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageCellsProblem";
  }
}

const SHAPE =
  "Select two columns, input then output tokens (millions), with a row per month from month 1";

/**
 * The forecast in the range at `address` (as Excel gives it, with its sheet), whose values are
 * `values` (rows of cells as Office.js reads them).
 * @throws UsageCellsProblem when the selection is not two columns of numbers ≥ 0.
 */
export function usageFromCells(
  address: string,
  values: readonly (readonly unknown[])[]
): CellsForecast {
  const range = parseRangeAddress(address);
  if (range === undefined) throw new UsageCellsProblem(`${SHAPE}; ${address} is not one range.`);
  if (range.columns !== 2 || values.some((row) => row.length !== 2)) {
    throw new UsageCellsProblem(`${SHAPE}; ${address} has ${range.columns} columns.`);
  }
  const months = values.map((row, r) => {
    const [inputTokensM, outputTokensM] = row.map((cell, c) => {
      const n = cell === "" || cell === null ? 0 : cell;
      if (typeof n === "number" && Number.isFinite(n) && n >= 0) return n;
      const column = c === 0 ? "input" : "output";
      throw new UsageCellsProblem(
        `Row ${r + 1} of ${address} (${column} tokens) holds ${JSON.stringify(cell)}; expected a number ≥ 0.`
      );
    });
    return { inputTokensM, outputTokensM };
  });
  return { kind: "cells", source: address, months };
}
