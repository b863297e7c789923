import type { FunctionName } from "../pricing/errors";
import { invalidInput } from "../pricing/errors";
import { EXPECTED } from "../pricing/expectations";
import { Cell, listNumbers, readCellList, readNumber, readNumberList } from "./cells";

/* The readers of a draw-down's commit and usage, shared by ROLLOVER and COMMITCOST. */

export interface DrawDownReaders {
  /** One number for every period, or a list with one commitment per period. */
  readonly commit: (value: Cell) => number | number[];
  /** Usage per period; a blank range is named as such rather than as an empty list. */
  readonly usage: (value: Cell) => number[];
}

export function drawDownReaders(fn: FunctionName): DrawDownReaders {
  const commitPlace = { fn, arg: "commit" } as const;
  const usagePlace = { fn, arg: "usage" } as const;
  return {
    commit: (value) => {
      const cells = readCellList(value, commitPlace, EXPECTED.oneRowOrColumn);
      if (cells.length <= 1) return readNumber(cells[0], commitPlace, EXPECTED.nonNegative);
      return listNumbers(cells, commitPlace, EXPECTED.nonNegative);
    },
    usage: (value) => {
      const usage = readNumberList(
        value,
        usagePlace,
        EXPECTED.nonNegative,
        EXPECTED.oneRowOrColumn
      );
      if (usage.length === 0) throw invalidInput(usagePlace, EXPECTED.atLeastOnePeriod, "a blank");
      return usage;
    },
  };
}
