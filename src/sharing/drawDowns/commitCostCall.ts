import { type FormulaNode, parseFormula, walk } from "../../formula";
import type { CellPosition } from "../../workbook/plan";
import type { CommitCostCallText } from "../ledger";
import { argumentText, type RolloverFormula, rolloverCallText } from "./rolloverCall";

/*
 * The DEAL.COMMITCOST calls of a formula that a ledger can stand in for. Unlike ROLLOVER's, a
 * COMMITCOST call gives one number, so it may sit inside a larger formula (the deal model's sizing
 * cells add fees to it): the ledger's cost cell takes the call's place in the formula's text. A
 * call whose arguments call DEAL functions is left alone (the ledger needs cells and numbers).
 */

const isDealCall = (node: FormulaNode) => node.kind === "call" && /^DEAL\./i.test(node.name);

/** Each DEAL.COMMITCOST call of `formula` whose arguments call no DEAL function, left to right. */
export function commitCostCalls(formula: string): RolloverFormula[] {
  if (!/DEAL\.COMMITCOST\(/i.test(formula)) return [];
  const body = formula.replace(/^=/, "");
  let tree: FormulaNode;
  try {
    tree = parseFormula(body);
  } catch {
    return []; // left as it is: shared as values, flagged as stale
  }
  const calls: RolloverFormula[] = [];
  walk(tree, (node) => {
    if (node.kind !== "call" || node.name.toUpperCase() !== "DEAL.COMMITCOST") return;
    let nested = false;
    for (const arg of node.args) if (arg) walk(arg, (inner) => (nested ||= isDealCall(inner)));
    if (!nested) calls.push({ body, call: node });
  });
  return calls;
}

/** The call's arguments as texts that mean the same cells from any sheet (the ledger's). */
export function commitCostCallText(
  formula: RolloverFormula,
  sheet: string,
  at: CellPosition,
  names?: ReadonlyMap<string, string>
): CommitCostCallText {
  const [rate, scale, burst, window] = [5, 6, 7, 8].map((i) =>
    argumentText(formula, i, sheet, names)
  );
  return { ...rolloverCallText(formula, sheet, at, names), rate, scale, burst, window };
}
