/** The DEAL functions, as their names appear in cells after `DEAL.`. */
export type FunctionName = "TIEREDCOST" | "ROLLOVER" | "SLACREDIT" | "RAMPPRICE";

/** Where in a call a problem was found: the function, the argument, and for tables the row and column. */
export interface ArgumentPlace {
  readonly fn: FunctionName;
  readonly arg: string;
  /** 1-based row of the argument's range, for tables and lists. */
  readonly row?: number;
  /** The column's meaning, for tables (e.g. "bound"). */
  readonly column?: string;
}

/**
 * What went wrong: `invalidInput` is the user's to fix (Excel shows #VALUE! with the message);
 * `resultTooLarge` means the inputs are valid but the answer exceeds what a cell can hold (#NUM!).
 */
export type PricingErrorCode = "invalidInput" | "resultTooLarge";

/** The one error type of DEAL's pricing core. Its message is written for the person in the cell. */
export class PricingError extends Error {
  constructor(
    readonly code: PricingErrorCode,
    readonly fn: FunctionName,
    message: string
  ) {
    super(message);
    this.name = "PricingError";
  }
}

function describePlace(place: ArgumentPlace): string {
  const row = place.row === undefined ? "" : ` row ${place.row}`;
  const column = place.column === undefined ? "" : ` (${place.column})`;
  return `${place.arg}${row}${column}`;
}

/**
 * Builds the error for a bad input. Every message names the function, the argument (and row and
 * column for tables), what is expected and, where it helps, what was received.
 * @param expected What the argument must be, phrased to follow "expected", e.g. "a number ≥ 0".
 * @param received How the received value reads to the user, e.g. `-5` or `text "abc"`.
 * @param hint An extra sentence on how to fix it.
 */
export function invalidInput(
  place: ArgumentPlace,
  expected: string,
  received?: string,
  hint?: string
): PricingError {
  const got = received === undefined ? "" : `; got ${received}`;
  const advice = hint === undefined ? "" : ` ${hint}`;
  return new PricingError(
    "invalidInput",
    place.fn,
    `DEAL.${place.fn}: ${describePlace(place)}: expected ${expected}${got}.${advice}`
  );
}

/** Builds the error for a result beyond the largest number a cell can hold. */
export function resultTooLarge(fn: FunctionName): PricingError {
  return new PricingError(
    "resultTooLarge",
    fn,
    `DEAL.${fn}: the result is larger than the largest number Excel can hold (about 1.8E+308).`
  );
}
