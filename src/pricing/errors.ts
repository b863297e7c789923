/** The DEAL functions, as their names appear in cells after `DEAL.`. */
export type FunctionName = "TIEREDCOST" | "ROLLOVER" | "SLACREDIT" | "RAMPPRICE" | "COMMITCOST";

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

/** What a bad input's error says, as data: each edge words it for its reader. */
export interface InputProblem {
  readonly place: ArgumentPlace;
  /** What the argument must be, phrased to follow "expected", e.g. "a number ≥ 0" (an EXPECTED phrase). */
  readonly expected: string;
  /** How the received value reads to the user, e.g. `-5` or `text "abc"`. */
  readonly received?: string;
  /** An extra sentence on how to fix it in a cell (a HINTS sentence). */
  readonly hint?: string;
}

/**
 * The one error type of DEAL's pricing core. It carries its problem as fields (`problem`, absent
 * for a result too large); its message is the cell's wording (cellMessage), the one Excel shows.
 */
export class PricingError extends Error {
  constructor(
    readonly code: PricingErrorCode,
    readonly fn: FunctionName,
    message: string,
    readonly problem?: InputProblem
  ) {
    super(message);
    this.name = "PricingError";
  }
}

/** "tiers row 3 (bound)": the argument, and for tables its row and column. */
export function describePlace(place: ArgumentPlace): string {
  const row = place.row === undefined ? "" : ` row ${place.row}`;
  const column = place.column === undefined ? "" : ` (${place.column})`;
  return `${place.arg}${row}${column}`;
}

/**
 * A bad input in the cell's words: the function, the argument (and row and column for tables),
 * what is expected and, where it helps, what was received and how to fix it.
 */
export function cellMessage({ place, expected, received, hint }: InputProblem): string {
  const got = received === undefined ? "" : `; got ${received}`;
  const advice = hint === undefined ? "" : ` ${hint}`;
  return `DEAL.${place.fn}: ${describePlace(place)}: expected ${expected}${got}.${advice}`;
}

/** Builds the error for a bad input; see InputProblem for the parts. */
export function invalidInput(
  place: ArgumentPlace,
  expected: string,
  received?: string,
  hint?: string
): PricingError {
  const problem: InputProblem = { place, expected, received, hint };
  return new PricingError("invalidInput", place.fn, cellMessage(problem), problem);
}

/** Builds the error for a result beyond the largest number a cell can hold. */
export function resultTooLarge(fn: FunctionName): PricingError {
  return new PricingError(
    "resultTooLarge",
    fn,
    `DEAL.${fn}: the result is larger than the largest number Excel can hold (about 1.8E+308).`
  );
}
