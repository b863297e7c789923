import { abs, at, formula, HEADER_STYLE, rel, value } from "../../workbook/cellPlans";
import type { CellBlock, CellContent } from "../../workbook/plan";
import { sheetAddress } from "../../formula";
import { scalarCell } from "./argumentCells";
import { readCommitCostScalar } from "./ledgerArguments";
import type { CommitCostCallText, LedgerPlacement } from "./ledgerTypes";
import { columnOf, PERIOD_COLUMNS, type PeriodColumn } from "./periodColumns";
import { AMOUNT, argumentRowAt, argumentRowBlocks, rolloverLedger } from "./rolloverLedger";

/*
 * DEAL.COMMITCOST as native formulas: ROLLOVER's ledger of the scaled commitment (the
 * commitment column × scale), then five columns that settle bursts window by window, and the
 * cost in one cell, which the call's own cell refers to (docs/functions.md#commitcost):
 *   Burst usage        MAX(0, MIN(usage, burst × commitment) − covered)
 *   Window bursts      in a window's last period: Σ burst usage over the window
 *   Window lost        in a window's last period: Σ forfeited, + carried out when the term ends
 *   Balanced           MIN(window bursts, window lost)
 *   At committed price window bursts − balanced
 *   Cost = Σ commitment + rate × (Σ overage − Σ burst usage) + Σ at committed price
 */

const OWN_ARGUMENTS = [
  ["rate", "Rate on uncovered usage", 1],
  ["scale", "Scale of the commitment", 1],
  ["burst", "Burst multiple", 1],
  ["window", "Window (periods)", "all"],
] as const;

/** Argument rows after ROLLOVER's five: the four above, then the cost. */
const FIRST_OWN = 5;
const COST_ROW = FIRST_OWN + OWN_ARGUMENTS.length;

export const BURST_COLUMNS = [
  "Burst usage",
  "Window bursts",
  "Window lost",
  "Balanced",
  "At committed price",
] as const;

type BurstColumn = (typeof BURST_COLUMNS)[number];

/** A DEAL.COMMITCOST call written out as native formulas. */
export interface CommitCostLedger {
  readonly blocks: CellBlock[];
  readonly height: number;
  readonly width: number;
  /** The cost's cell, as a reference from any sheet: "'DEAL draw-downs'!$B$14". */
  readonly total: string;
}

const commitCostTitle = (source: string) => `DEAL.COMMITCOST at ${source}, in native formulas`;

/**
 * The ledger of a DEAL.COMMITCOST call of `periods` periods at `placement`.
 * @throws LedgerUnsupported when an argument's cells cannot be known from its text.
 */
export function commitCostLedger(
  call: CommitCostCallText,
  periods: number,
  placement: LedgerPlacement
): CommitCostLedger {
  const own = OWN_ARGUMENTS.map(([name]) => readCommitCostScalar(name, call[name]));
  const left = placement.column;
  const ownCell = (i: number) => abs(argumentRowAt(placement, FIRST_OWN + i), left + 1);
  const [rate, scale, burst, window] = OWN_ARGUMENTS.map((_, i) => ownCell(i));
  const base = rolloverLedger(call, periods, placement, {
    title: commitCostTitle(call.source),
    note: [
      "The cost DEAL.COMMITCOST gives there, without the add-in: ROLLOVER's draw-down of the commitment × scale, then the bursts.",
      "Burst usage balances within each window against commitment lost in it; the rest is at the committed price. " +
        "Yellow cells: typed in the call, or DEAL's defaults.",
    ],
    moreArgumentRows: OWN_ARGUMENTS.length + 1,
    scaleCell: scale,
  });
  const { grid } = base;
  const first = grid.firstRow;
  const last = first + periods - 1;
  const burstLeft = left + PERIOD_COLUMNS.length;
  const burstColumn = (c: BurstColumn) => burstLeft + BURST_COLUMNS.indexOf(c);
  const whole = (column: number) => `${abs(first, column)}:${abs(last, column)}`;
  const ledgerColumn = (c: PeriodColumn) => whole(columnOf(grid, c));

  const periodRow = (p: number): CellContent[] => {
    const row = first + p - 1;
    const x = (c: PeriodColumn) => rel(row, columnOf(grid, c));
    const y = (c: BurstColumn) => rel(row, burstColumn(c));
    const period = x("Period");
    const windowStart = `">="&(${period}-MOD(${period}-1,${window}))`;
    const inWindow = (sum: string) =>
      `SUMIFS(${sum},${ledgerColumn("Period")},${windowStart},${ledgerColumn("Period")},"<="&${period})`;
    const windowEnd = `OR(MOD(${period},${window})=0,${period}=${periods})`;
    const endOfTerm = p === periods ? `+${x("Carried out")}` : "";
    return [
      formula(`=MAX(0,MIN(${x("Usage")},${burst}*${x("Commitment")})-${x("Covered")})`),
      formula(`=IF(${windowEnd},${inWindow(whole(burstColumn("Burst usage")))},0)`),
      formula(`=IF(${windowEnd},${inWindow(ledgerColumn("Forfeited"))}${endOfTerm},0)`),
      formula(`=MIN(${y("Window bursts")},${y("Window lost")})`),
      formula(`=${y("Window bursts")}-${y("Balanced")}`),
    ];
  };

  const costRow = argumentRowAt(placement, COST_ROW);
  const cost =
    `=SUM(${ledgerColumn("Commitment")})+${rate}*(SUM(${ledgerColumn("Overage")})-` +
    `SUM(${whole(burstColumn("Burst usage"))}))+SUM(${whole(burstColumn("At committed price"))})`;
  const blocks: CellBlock[] = [
    ...base.blocks,
    ...OWN_ARGUMENTS.flatMap(([name, label, fallback], i) =>
      argumentRowBlocks(
        argumentRowAt(placement, FIRST_OWN + i),
        left,
        label,
        scalarCell(own[i], fallback === "all" ? periods : fallback),
        call[name]
      )
    ),
    ...argumentRowBlocks(
      costRow,
      left,
      "Cost (the call's result)",
      formula(cost),
      "its value",
      AMOUNT
    ),
    {
      at: at(first - 1, burstLeft),
      cells: [BURST_COLUMNS.map((c) => value(c))],
      style: HEADER_STYLE,
    },
    {
      at: at(first, burstLeft),
      cells: Array.from({ length: periods }, (_, i) => periodRow(i + 1)),
      style: AMOUNT,
    },
  ];
  return {
    blocks,
    height: base.height,
    width: PERIOD_COLUMNS.length + BURST_COLUMNS.length,
    total: sheetAddress(placement.sheet, abs(costRow, left + 1)),
  };
}
