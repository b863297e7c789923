import { cellAddress, type FormulaNode, parseFormula, sheetAddress } from "../../formula";
import type { CellPosition } from "../../workbook/plan";
import { LedgerUnsupported, type RolloverCallText } from "../ledger";
import { qualifyReferences } from "./qualifyReferences";

/*
 * A formula that is one DEAL.ROLLOVER call and nothing else: the only form a ledger can stand in
 * for, since its cells then hold exactly what the call spills. Anything around the call (2*…,
 * INDEX(…)) would change the numbers. Plans (share-safe files) and Office.js (Prepare for
 * sharing) both find their calls here.
 */

/** A DEAL.ROLLOVER formula: its text without "=", and the call's syntax. */
export interface RolloverFormula {
  readonly body: string;
  readonly call: FormulaNode & { readonly kind: "call" };
}

/** Whether a formula calls DEAL.ROLLOVER first thing: "=DEAL.ROLLOVER(…". */
export const startsWithRollover = (formula: string): boolean =>
  /^=?DEAL\.ROLLOVER\(/i.test(formula);

/**
 * The call, when the whole formula is one DEAL.ROLLOVER call; undefined when it is not.
 * @throws LedgerUnsupported when a formula that starts with the call cannot be read.
 */
export function wholeRolloverCall(formula: string): RolloverFormula | undefined {
  if (!startsWithRollover(formula)) return undefined;
  const body = formula.replace(/^=/, "");
  let call: FormulaNode;
  try {
    call = parseFormula(body);
  } catch (error) {
    throw new LedgerUnsupported(
      `DEAL cannot read the formula ${formula}: ${(error as Error).message}.`
    );
  }
  if (call.kind !== "call" || call.start !== 0 || call.end !== body.length) return undefined;
  return { body, call };
}

/**
 * The call's argument `i` (zero-based) as a text that means the same cells from any sheet (the
 * ledger's); "" when it is left out.
 * @param names defined names the call may use as a whole argument, by upper-case name, each to
 *   the cells it stands for ("'Usage plan'!$B$2:$B$37"): the ledger needs to know its cells.
 */
export function argumentText(
  formula: RolloverFormula,
  i: number,
  sheet: string,
  names: ReadonlyMap<string, string> = new Map()
): string {
  const node = formula.call.args[i];
  if (!node) return "";
  const text = formula.body.slice(node.start, node.end);
  return names.get(text.trim().toUpperCase()) ?? qualifyReferences(text, sheet);
}

/**
 * The call's arguments as texts that mean the same cells from any sheet (the ledger's), and where
 * the call sits, for the ledger's title (see argumentText for `names`).
 */
export function rolloverCallText(
  formula: RolloverFormula,
  sheet: string,
  at: CellPosition,
  names: ReadonlyMap<string, string> = new Map()
): RolloverCallText {
  const arg = (i: number) => argumentText(formula, i, sheet, names);
  return {
    commit: arg(0),
    usage: arg(1),
    cap: arg(2),
    expiry: arg(3),
    trueup: arg(4),
    source: sheetAddress(sheet, cellAddress(at)),
  };
}
