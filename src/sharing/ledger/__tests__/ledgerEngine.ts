import { calculateSheets, type SheetCells } from "../../../../test/support/hyperformulaDeal";
import { planSheetCells } from "../../../../test/support/planSheetCells";
import { parseCellAddress, quotedSheetName } from "../../../formula";
import type { CellBlock } from "../../../workbook/plan";
import type { RefText } from "../../twins/__tests__/caseParts";
import type { CellInput } from "../../twins/__tests__/hyperformulaSheet";
import { rolloverLedger } from "../rolloverLedger";
import type { LedgerPlacement, RolloverCallText, RolloverLedger } from "../ledgerTypes";

/*
 * A ledger calculated by HyperFormula (with DEAL's functions registered): the call's inputs on
 * one sheet, the ledger on its own sheet, and a results sheet holding the ledger's output
 * formulas where the DEAL formula spilled, next to the DEAL formula itself, spilling.
 */

export const INPUTS_SHEET = "Deal's inputs";
export const RESULTS_SHEET = "Results";
/** References to the inputs sheet, as a call on another sheet writes them. */
export const inputsRef: RefText = (address) => `${quotedSheetName(INPUTS_SHEET)}!${address}`;

/** Where the DEAL formula sits on the results sheet (its outputs start at A1). */
const DEAL_COLUMN = 6;

/** The blocks as rows of cells (formulas as "=…"). */
export function blockCells(blocks: readonly CellBlock[]): SheetCells {
  const plan = {
    key: "ledger",
    preferredName: "ledger",
    blocks,
    inputs: [],
    tables: [],
    charts: [],
    freezeRows: 0,
  };
  return planSheetCells(plan);
}

/** Cells by A1 address as rows of cells. */
export function addressedCells(cells: Readonly<Record<string, CellInput>>): SheetCells {
  const rows: SheetCells = [];
  for (const [address, content] of Object.entries(cells)) {
    const at = parseCellAddress(address);
    if (at === undefined) throw new Error(`not a cell address: ${address}`);
    while (rows.length <= at.row) rows.push([]);
    rows[at.row][at.column] = content;
  }
  return rows;
}

/** A cell's value as the tests read it: a number, or the text of anything else. */
export type Read = number | string;

export interface LedgerEngine {
  readonly ledger: RolloverLedger;
  /** The ledger's outputs as calculated: periods × 5. */
  outputs(): Read[][];
  /** What DEAL.ROLLOVER itself spills for the same call: periods × 5. */
  deal(): Read[][];
  /** Changes an input cell (A1 address on the inputs sheet) and recalculates. */
  edit(address: string, content: CellInput): void;
  /** Inserts `count` rows above zero-based `row` of the inputs sheet, as a user would. */
  insertRows(row: number, count: number): void;
  destroy(): void;
}

/**
 * The ledger of `call` (DEAL.ROLLOVER's arguments, as `args` written on the results sheet) at
 * `placement`, calculated with `inputs` on the inputs sheet.
 */
export function ledgerEngine(
  inputs: Readonly<Record<string, CellInput>>,
  call: RolloverCallText,
  args: readonly string[],
  periods: number,
  placement: LedgerPlacement
): LedgerEngine {
  const ledger = rolloverLedger(call, periods, placement);
  const results: SheetCells = ledger.outputs.map((row) => [...row]);
  results[0][DEAL_COLUMN] = `=DEAL.ROLLOVER(${args.join(",")})`;
  const hf = calculateSheets({
    [RESULTS_SHEET]: results,
    [INPUTS_SHEET]: addressedCells(inputs),
    [placement.sheet]: blockCells(ledger.blocks),
  });
  const inputsSheet = hf.getSheetId(INPUTS_SHEET) as number;
  const read = (column: number): Read[][] =>
    ledger.outputs.map((row, r) =>
      row.map((_, c) => {
        const v = hf.getCellValue({ sheet: 0, row: r, col: column + c });
        return typeof v === "number" ? v : JSON.stringify(v);
      })
    );
  return {
    ledger,
    outputs: () => read(0),
    deal: () => read(DEAL_COLUMN),
    edit: (address, content) => {
      const at = parseCellAddress(address);
      if (at === undefined) throw new Error(`not a cell address: ${address}`);
      hf.setCellContents({ sheet: inputsSheet, row: at.row, col: at.column }, content);
    },
    insertRows: (row, count) => hf.addRows(inputsSheet, [row, count]),
    destroy: () => hf.destroy(),
  };
}
