import type { CellBlock, CellValue, SheetPlan } from "../../workbook/plan";
import { isLedgerTitle } from "../ledger";

/*
 * The sheet of draw-downs: where DEAL writes the native ledgers of DEAL.ROLLOVER calls, found
 * again by its key (a worksheet custom property) whatever the user renamed it to.
 */

/** The key and the name DEAL asks for of the sheet of draw-downs. */
export const DRAW_DOWNS_KEY = "draw-downs";
export const DRAW_DOWNS_SHEET = "DEAL draw-downs";

const LEDGER_WIDTHS: Readonly<Record<number, number>> = { 0: 24, 1: 14, 2: 30 };
const FIGURE_WIDTH = 14;
/** ROLLOVER's ledger is 14 columns wide; COMMITCOST's adds 5. */
const MIN_COLUMNS = 14;

/**
 * The plan of the sheet of draw-downs holding these ledgers' cells, each ledger from the top of a
 * page (`tops`: the first row of every ledger on the sheet, earlier ones included).
 */
export function drawDownsSheetPlan(
  name: string,
  blocks: readonly CellBlock[],
  tops: readonly number[]
): SheetPlan {
  const columns = Math.max(
    MIN_COLUMNS,
    ...blocks.map((block) => block.at.column + Math.max(0, ...block.cells.map((r) => r.length)))
  );
  const columnWidths = Object.fromEntries(
    Array.from({ length: columns }, (_, c) => [c, LEDGER_WIDTHS[c] ?? FIGURE_WIDTH])
  );
  return {
    key: DRAW_DOWNS_KEY,
    preferredName: name,
    tabColor: "#8764B8",
    blocks,
    inputs: [],
    tables: [],
    charts: [],
    freezeRows: 0,
    columnWidths,
    print: { rowBreaks: tops.filter((row) => row > 0) },
  };
}

/**
 * The first rows of the ledgers already on a sheet of draw-downs, from its used range's values
 * (`at`: where the used range starts): each ledger's title sits in column A.
 */
export function ledgerTops(
  at: { readonly row: number; readonly column: number },
  values: readonly (readonly CellValue[])[]
): number[] {
  if (at.column > 0) return [];
  return values.flatMap((row, r) => (isLedgerTitle(row[0]) ? [at.row + r] : []));
}
