import { scanTokens } from "../../formula";

/*
 * Finds the DEAL function calls in a formula as Excel reports it (Range.formulas, en-US, A1) and
 * rewrites their names, leaving every other character as it is.
 *
 * A call is a name followed directly by "(" (Excel allows no space between them). Only whole
 * names count: "XDEAL.TIEREDCOST(" or "MY_DEAL_TIEREDCOST(" are someone else's. Text inside
 * string literals ("…", with "" for a quote), quoted sheet names ('…', with '' for an apostrophe)
 * and brackets (structured references and external workbooks, [ … ], where ' escapes the next
 * character) is never read as a call, so ="DEAL.TIEREDCOST(" and 'DEAL.ROLLOVER(x'!A1 stay as
 * they are.
 *
 * Three spellings are recognised, case-insensitively:
 * - "deal":   DEAL.TIEREDCOST(   what the user types and Excel shows when the add-in is loaded;
 * - "stored": _xldudf_DEAL_TIEREDCOST(   how the file stores an add-in function (namespace and
 *             name joined by "_"), which Excel shows when the add-in was not loaded;
 * - "twin":   DEAL_TIEREDCOST(   the workbook name of a DEAL function's native twin.
 */

/** How a call spells the DEAL function. */
export type CallForm = "deal" | "stored" | "twin";

/** One call of a DEAL function in a formula. */
export interface DealCall {
  /** Where the function name starts and ends in the formula (end: the index of its "("). */
  readonly start: number;
  readonly end: number;
  readonly form: CallForm;
  /** The DEAL function, upper-case, as after "DEAL.": "TIEREDCOST". */
  readonly fn: string;
}

const DEAL_FORM = /^DEAL\.([\p{L}\p{N}_.\\?]+)$/iu;
const STORED_FORM = /^_xldudf_DEAL_([\p{L}\p{N}_.\\?]+)$/iu;

/** The DEAL spelling of a function: "DEAL.TIEREDCOST". */
export const dealName = (fn: string): string => `DEAL.${fn}`;

/**
 * Every call of a DEAL function in `formula`, left to right. Never throws: the formula toolkit's
 * scanner reads any text, what it cannot read included.
 * @param twinFunctions the native twins' workbook names, upper-case, to the DEAL function each
 *   stands for ("DEAL_TIEREDCOST" → "TIEREDCOST"); empty to find only "deal" and "stored" calls.
 */
export function findDealCalls(
  formula: string,
  twinFunctions: ReadonlyMap<string, string> = new Map()
): DealCall[] {
  // Token places count from after a leading "=".
  const shift = formula.startsWith("=") ? 1 : 0;
  return scanTokens(formula).flatMap((token) => {
    if (token.kind !== "function") return [];
    const call = classify(token.text, token.start + shift, token.end + shift, twinFunctions);
    return call === undefined ? [] : [call];
  });
}

function classify(
  name: string,
  start: number,
  end: number,
  twinFunctions: ReadonlyMap<string, string>
): DealCall | undefined {
  const deal = DEAL_FORM.exec(name);
  if (deal !== null) return { start, end, form: "deal", fn: deal[1].toUpperCase() };
  const stored = STORED_FORM.exec(name);
  if (stored !== null) return { start, end, form: "stored", fn: stored[1].toUpperCase() };
  const twin = twinFunctions.get(name.toUpperCase());
  return twin === undefined ? undefined : { start, end, form: "twin", fn: twin };
}

/**
 * `formula` with the name of each call replaced by `rename(call)` (kept where it returns
 * undefined); every other character is left exactly as it was.
 */
export function renameCalls(
  formula: string,
  calls: readonly DealCall[],
  rename: (call: DealCall) => string | undefined
): string {
  let result = "";
  let from = 0;
  for (const call of calls) {
    const name = rename(call);
    if (name === undefined) continue;
    result += formula.slice(from, call.start) + name;
    from = call.end;
  }
  return result + formula.slice(from);
}
