import { applySplices, parseRangeAddress, parseFormula, type Splice } from "../../formula";
import { at } from "../../workbook/cellPlans";
import type { CellBlock, CellContent, SheetPlan } from "../../workbook/plan";
import { LedgerUnsupported } from "../ledger";
import { DRAW_DOWNS_SHEET, drawDownsSheetPlan } from "./drawDownsSheet";
import { type LedgerRequest, stackLedgers } from "./ledgerStack";
import { commitCostCalls } from "./commitCostCall";
import { type RolloverFormula, rolloverCallText, wholeRolloverCall } from "./rolloverCall";

/*
 * Share-safe plans: every DEAL.ROLLOVER formula of the plans becomes its native ledger (one row
 * per period on a sheet of draw-downs, src/sharing/ledger) and the cells it spilled into refer to
 * the ledger's figures, so that a workbook opened without DEAL stays live. Every DEAL.COMMITCOST
 * call, alone or inside a formula, becomes its ledger too, and the formula refers to its cost. A call the ledger
 * cannot write (usage in a table column, say) is left as it is: the file adapter shares it as
 * values, flagged as stale (src/sharing/stale).
 */

/** A plan cell holding a ROLLOVER formula that a ledger may stand in for, with its block. */
interface PlanRequest extends LedgerRequest {
  readonly plan: number;
  readonly block: number;
}

const isBlank = (content: CellContent) => "value" in content && (content.value ?? "") === "";

/** A plan cell is blank when it holds nothing, null or empty text. */
function isBlankIn(plan: SheetPlan, row: number, column: number): boolean {
  for (const block of plan.blocks) {
    const content = block.cells[row - block.at.row]?.[column - block.at.column];
    if (content !== undefined) return isBlank(content);
  }
  for (const table of plan.tables) {
    // A table's data rows start under its header.
    const content = table.rows[row - table.at.row - 1]?.[column - table.at.column];
    if (content !== undefined) return isBlank(content);
  }
  return !plan.inputs.some((i) => i.at.row === row && i.at.column === column && i.value !== null);
}

/** The periods DEAL spills: the usage's entries, trailing blank cells of the plan's own left out. */
function periodsOf(plan: SheetPlan, usage: string): number {
  const node = parseFormula(usage);
  if (node.kind === "array") return node.rows.flat().length;
  const range = parseRangeAddress(usage);
  if (range === undefined) throw new LedgerUnsupported(`The usage (${usage}) is not a range.`);
  const cells = Array.from({ length: range.rows }, (_, r) =>
    Array.from({ length: range.columns }, (_, c) => [range.row + r, range.column + c])
  ).flat();
  let periods = cells.length;
  if (range.sheet === plan.preferredName) {
    while (periods > 0 && isBlankIn(plan, cells[periods - 1][0], cells[periods - 1][1])) periods--;
  }
  if (periods === 0) throw new LedgerUnsupported(`The usage (${usage}) is blank.`);
  return periods;
}

/** The plan's ROLLOVER formulas that a ledger may stand in for. */
function requestsOf(plan: SheetPlan, p: number): PlanRequest[] {
  const found: PlanRequest[] = [];
  plan.blocks.forEach((block, b) =>
    block.cells.forEach((cells, r) =>
      cells.forEach((content, c) => {
        if (!("formula" in content)) return;
        const position = at(block.at.row + r, block.at.column + c);
        const request = (formula: RolloverFormula, fn: "ROLLOVER" | "COMMITCOST") => {
          try {
            const usage = rolloverCallText(formula, plan.preferredName, position).usage;
            const periods = periodsOf(plan, usage);
            found.push({
              plan: p,
              block: b,
              sheet: plan.preferredName,
              at: position,
              formula,
              fn,
              periods,
            });
          } catch (error) {
            if (!(error instanceof LedgerUnsupported)) throw error;
          }
        };
        let whole: RolloverFormula | undefined;
        try {
          whole = wholeRolloverCall(content.formula);
        } catch (error) {
          if (!(error instanceof LedgerUnsupported)) throw error;
        }
        if (whole !== undefined) request(whole, "ROLLOVER");
        else for (const call of commitCostCalls(content.formula)) request(call, "COMMITCOST");
      })
    )
  );
  return found;
}

/** The plan with each ledgered ROLLOVER cell, and the cells it spilled into, referring to its ledger. */
function rewritePlan(
  plan: SheetPlan,
  ledgers: readonly { request: PlanRequest; outputs: string[][] }[]
): SheetPlan {
  if (ledgers.length === 0) return plan;
  const replaced = new Map<number, Map<string, CellContent>>();
  const spills: CellBlock[] = [];
  // COMMITCOST: each call's text becomes a reference to its ledger's cost, in the one formula.
  const splices = new Map<string, { block: number; body: string; splices: Splice[] }>();
  for (const { request, outputs } of ledgers) {
    if (request.fn !== "COMMITCOST") continue;
    const key = `${request.at.row},${request.at.column}`;
    const cell = splices.get(key) ?? {
      block: request.block,
      body: request.formula.body,
      splices: [],
    };
    const { start, end } = request.formula.call;
    cell.splices.push({ start, end, text: outputs[0][0].slice(1) });
    splices.set(key, cell);
  }
  for (const [key, cell] of splices) {
    const inBlock = replaced.get(cell.block) ?? new Map<string, CellContent>();
    inBlock.set(key, { formula: `=${applySplices(cell.body, cell.splices)}` });
    replaced.set(cell.block, inBlock);
  }
  for (const { request, outputs } of ledgers) {
    if (request.fn === "COMMITCOST") continue;
    const [first, ...others] = outputs;
    const inBlock = replaced.get(request.block) ?? new Map<string, CellContent>();
    inBlock.set(`${request.at.row},${request.at.column}`, { formula: first[0] });
    replaced.set(request.block, inBlock);
    const style = plan.blocks[request.block].style;
    const rest = (cells: string[][], r: number, c: number): CellBlock => ({
      at: at(r, c),
      cells: cells.map((line) => line.map((formula) => ({ formula }))),
      style,
    });
    spills.push(rest([first.slice(1)], request.at.row, request.at.column + 1));
    if (others.length > 0) spills.push(rest(others, request.at.row + 1, request.at.column));
  }
  const blocks = plan.blocks.map((block, b) => {
    const inBlock = replaced.get(b);
    if (inBlock === undefined) return block;
    const cells = block.cells.map((line, r) =>
      line.map((content, c) => inBlock.get(`${block.at.row + r},${block.at.column + c}`) ?? content)
    );
    return { ...block, cells };
  });
  return { ...plan, blocks: [...blocks, ...spills] };
}

/**
 * The plans, share-safe: each DEAL.ROLLOVER formula replaced by references to its native ledger,
 * and the ledgers on one more sheet, `ledgerSheet`, after the others (none when no call could be
 * written natively).
 */
export function nativeDrawDowns(
  plans: readonly SheetPlan[],
  ledgerSheet: string = DRAW_DOWNS_SHEET
): SheetPlan[] {
  const requests = plans.flatMap(requestsOf);
  const stack = stackLedgers(requests, ledgerSheet, 0);
  if (stack.ledgers.length === 0) return [...plans];
  const rewritten = plans.map((plan, p) =>
    rewritePlan(
      plan,
      stack.ledgers.flatMap((ledger) => {
        const request = ledger.request as PlanRequest;
        return request.plan === p ? [{ request, outputs: ledger.outputs }] : [];
      })
    )
  );
  const tops = stack.ledgers.map((ledger) => ledger.top);
  return [...rewritten, drawDownsSheetPlan(ledgerSheet, stack.blocks, tops)];
}
