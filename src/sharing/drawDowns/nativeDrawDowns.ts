import { parseRangeAddress } from "../../workbook/a1";
import { at } from "../../workbook/cellPlans";
import type { CellBlock, CellContent, SheetPlan } from "../../workbook/plan";
import { type FormulaNode, parseFormula } from "../../xlsx/formulaSyntax";
import { placeText } from "../prepare/addresses";
import { LedgerUnsupported, rolloverLedger, type RolloverCallText } from "../ledger";
import { qualifyReferences } from "./qualifyReferences";
import { cellAddress } from "../../workbook/a1";

/*
 * Share-safe plans: every DEAL.ROLLOVER formula of the plans becomes its native ledger (one row
 * per period on a sheet of draw-downs, src/sharing/ledger) and the cells it spilled into refer to
 * the ledger's figures, so that a workbook opened without DEAL stays live. A call the ledger
 * cannot write (a defined name as usage, say) is left as it is, for the adapter to share as values.
 */

/** The key and the name DEAL asks for of the sheet of draw-downs. */
export const DRAW_DOWNS_KEY = "draw-downs";
export const DRAW_DOWNS_SHEET = "DEAL draw-downs";

/** Rows left blank between two ledgers. */
const GAP = 2;
const LEDGER_WIDTHS: Readonly<Record<number, number>> = { 0: 24, 1: 14, 2: 30 };
const FIGURE_WIDTH = 14;

/** A plan cell holding a ROLLOVER formula, with its call's syntax. */
interface RolloverCell {
  readonly block: number;
  readonly row: number;
  readonly column: number;
  readonly body: string;
  readonly call: FormulaNode & { kind: "call" };
}

function rolloverCells(plan: SheetPlan): RolloverCell[] {
  const found: RolloverCell[] = [];
  plan.blocks.forEach((block, b) =>
    block.cells.forEach((cells, r) =>
      cells.forEach((content, c) => {
        if (!("formula" in content)) return;
        const body = content.formula.replace(/^=/, "");
        if (!/^DEAL\.ROLLOVER\(/i.test(body)) return;
        const call = parseFormula(body);
        // The whole formula must be the call: anything around it would change the numbers.
        if (call.kind !== "call" || call.start !== 0 || call.end !== body.length) return;
        found.push({ block: b, row: block.at.row + r, column: block.at.column + c, body, call });
      })
    )
  );
  return found;
}

/** A plan cell is blank when it holds nothing, null or empty text. */
function isBlankIn(plan: SheetPlan, row: number, column: number): boolean {
  for (const block of plan.blocks) {
    const content = block.cells[row - block.at.row]?.[column - block.at.column];
    if (content !== undefined) return "value" in content && (content.value ?? "") === "";
  }
  return !plan.inputs.some((i) => i.at.row === row && i.at.column === column && i.value !== null);
}

/** The periods DEAL spills: the usage's entries, trailing blank cells of the plan's own left out. */
function periodsOf(plan: SheetPlan, usage: string): number {
  const node = parseFormula(usage);
  if (node.kind === "array") return node.rows.flat().length;
  const range = parseRangeAddress(usage);
  if (range === undefined) throw new LedgerUnsupported(`The usage (${usage}) is not a range.`);
  const cells = Array.from({ length: range.bottom - range.top + 1 }, (_, r) =>
    Array.from({ length: range.right - range.left + 1 }, (_, c) => [range.top + r, range.left + c])
  ).flat();
  let periods = cells.length;
  if (range.sheet === plan.preferredName) {
    while (periods > 0 && isBlankIn(plan, cells[periods - 1][0], cells[periods - 1][1])) periods--;
  }
  return periods;
}

/** The call's arguments as texts that read the same from the ledger's sheet. */
function callText(plan: SheetPlan, cell: RolloverCell): RolloverCallText {
  const arg = (i: number) => {
    const node = cell.call.args[i];
    return node ? qualifyReferences(cell.body.slice(node.start, node.end), plan.preferredName) : "";
  };
  return {
    commit: arg(0),
    usage: arg(1),
    cap: arg(2),
    expiry: arg(3),
    trueup: arg(4),
    source: placeText(plan.preferredName, cellAddress(cell)),
  };
}

/** The plan with its ROLLOVER cells referring to their ledgers, and the ledgers' blocks. */
function rewritePlan(plan: SheetPlan, ledgerSheet: string, top: number) {
  const ledgers: CellBlock[] = [];
  const tops: number[] = [];
  const replaced = new Map<number, Map<string, CellContent>>();
  const spills: CellBlock[] = [];
  let row = top;
  for (const cell of rolloverCells(plan)) {
    let ledger;
    try {
      const call = callText(plan, cell);
      ledger = rolloverLedger(call, periodsOf(plan, call.usage), {
        sheet: ledgerSheet,
        row,
        column: 0,
      });
    } catch (error) {
      if (error instanceof LedgerUnsupported) continue;
      throw error;
    }
    tops.push(row);
    row += ledger.height + GAP;
    ledgers.push(...ledger.blocks);
    const [first, ...others] = ledger.outputs;
    const inBlock = replaced.get(cell.block) ?? new Map<string, CellContent>();
    inBlock.set(`${cell.row},${cell.column}`, { formula: first[0] });
    replaced.set(cell.block, inBlock);
    const style = plan.blocks[cell.block].style;
    const rest = (cells: string[][], r: number, c: number): CellBlock => ({
      at: at(r, c),
      cells: cells.map((line) => line.map((formula) => ({ formula }))),
      style,
    });
    spills.push(rest([first.slice(1)], cell.row, cell.column + 1));
    if (others.length > 0) spills.push(rest(others, cell.row + 1, cell.column));
  }
  const blocks = plan.blocks.map((block, b) => {
    const inBlock = replaced.get(b);
    if (inBlock === undefined) return block;
    const cells = block.cells.map((line, r) =>
      line.map((content, c) => inBlock.get(`${block.at.row + r},${block.at.column + c}`) ?? content)
    );
    return { ...block, cells };
  });
  return { plan: { ...plan, blocks: [...blocks, ...spills] }, ledgers, tops, bottom: row };
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
  let bottom = 0;
  const ledgers: CellBlock[] = [];
  const tops: number[] = [];
  const rewritten = plans.map((plan) => {
    const result = rewritePlan(plan, ledgerSheet, bottom);
    bottom = result.bottom;
    ledgers.push(...result.ledgers);
    tops.push(...result.tops);
    return result.plan;
  });
  if (ledgers.length === 0) return rewritten;
  const widths = Object.fromEntries(
    Array.from({ length: 14 }, (_, c) => [c, LEDGER_WIDTHS[c] ?? FIGURE_WIDTH])
  );
  return [
    ...rewritten,
    {
      key: DRAW_DOWNS_KEY,
      preferredName: ledgerSheet,
      tabColor: "#8764B8",
      blocks: ledgers,
      inputs: [],
      tables: [],
      charts: [],
      freezeRows: 0,
      columnWidths: widths,
      // Each ledger from the top of a page.
      print: { rowBreaks: tops.slice(1) },
    },
  ];
}
