import { ROLLOVER_MAX_PERIODS } from "../../pricing/rolloverTypes";
import { HEADER_STYLE, NOTE_STYLE, TITLE_STYLE, abs, at, value } from "../../workbook/cellPlans";
import type { CellBlock, CellContent, CellStyle } from "../../workbook/plan";
import { sheetAddress } from "../../formula";
import { PER_PERIOD, commitCell, commitEntry, scalarCell, usageEntry } from "./argumentCells";
import { readLedgerArguments } from "./ledgerArguments";
import type {
  LedgerExtension,
  LedgerPlacement,
  RolloverCallText,
  RolloverLedger,
} from "./ledgerTypes";
import {
  PERIOD_COLUMNS,
  PeriodGrid,
  SPILLED_COLUMNS,
  columnOf,
  periodFormulas,
} from "./periodColumns";

/*
 * Layout, in rows from the placement (columns from its column):
 *   0–2   title and how to read the ledger
 *   4     Argument | Value | In the DEAL call
 *   5–9   commitment, usage, cap, expiry, true-up
 *   11    the period header (PERIOD_COLUMNS)
 *   12…   one row per period
 */

const ARGUMENT_HEADER = 4;
/** Rows of the arguments under their header. */
const ARGUMENT_ROW = { commit: 0, usage: 1, cap: 2, expiry: 3, trueup: 4 } as const;
/** The period header's row, two below the last argument row; period 1 is under it. */
const PERIOD_HEADER = 11;
export const AMOUNT: CellStyle = { numberFormat: "#,##0.00" };

/** The zero-based sheet row of argument row `index` (0: commitment, 5: the first one of an extension). */
export const argumentRowAt = (placement: LedgerPlacement, index: number): number =>
  placement.row + ARGUMENT_HEADER + 1 + index;

/** An argument's row: its label, the value in effect, and its text in the DEAL call. */
export function argumentRowBlocks(
  row: number,
  left: number,
  label: string,
  content: CellContent,
  text: string,
  style: CellStyle = {}
): CellBlock[] {
  return [
    { at: at(row, left), cells: [[value(label)]] },
    { at: at(row, left + 1), cells: [[content]], style: styleOf(content, style) },
    { at: at(row, left + 2), cells: [[value(text === "" ? "(omitted)" : text)]] },
  ];
}

/** `content` times the cell at `scale`: a value becomes a product, a formula is put in brackets. */
function scaled(content: CellContent, scale: string | undefined): CellContent {
  if (scale === undefined) return content;
  if ("formula" in content) return { formula: `=(${content.formula.slice(1)})*${scale}` };
  return { formula: `=${String(content.value)}*${scale}` };
}

/** How to read a ROLLOVER ledger, under its title. */
const ROLLOVER_NOTE = [
  "The numbers DEAL.ROLLOVER spills there, one row per period, without the add-in.",
  "Usage draws on the carry, oldest first, then on the period's commitment. " +
    "Forfeited = above cap + expired + true-up. Yellow cells: typed in the call, or DEAL's defaults.",
] as const;

/** DEAL's defaults: all unused commitment rolls over, nothing expires, no true-up. */
const DEFAULT = { cap: 1, expiry: "never", trueup: "none" } as const;

/** The ledger's title, in its top-left cell: where the call sits. */
const ledgerTitle = (source: string) => `DEAL.ROLLOVER at ${source}, in native formulas`;

/** Whether a cell holds a ledger's title: how a ledger is found again on its sheet. */
export const isLedgerTitle = (cell: unknown): boolean =>
  typeof cell === "string" && /^DEAL\.(ROLLOVER|COMMITCOST) at .+, in native formulas$/.test(cell);

/** Numbers typed in the call, and DEAL's defaults, live in the ledger: they are inputs there. */
const styleOf = (content: CellContent, base: CellStyle = {}): CellStyle =>
  "value" in content && content.value !== PER_PERIOD ? { ...base, input: true } : base;

/**
 * The ledger of a DEAL.ROLLOVER call that spilled `periods` rows: the same five numbers per
 * period from native formulas (no LAMBDA, LET or dynamic arrays), for Excel 2010 and later,
 * LibreOffice and Google Sheets. The formulas read the call's cells, so the ledger follows edits
 * of the usage, the commitment, cap, expiry and true-up.
 * @throws LedgerUnsupported when an argument's cells cannot be known from its text (a defined
 *   name, a formula that may give a list) or do not fit `periods`.
 * @throws RangeError when `periods` is not a whole number from 1 to 1,200, or the ledger would
 *   not fit on the sheet.
 */
export function rolloverLedger(
  call: RolloverCallText,
  periods: number,
  placement: LedgerPlacement,
  extension?: LedgerExtension
): RolloverLedger {
  if (!Number.isInteger(periods) || periods < 1 || periods > ROLLOVER_MAX_PERIODS) {
    throw new RangeError(`a ledger has 1 to ${ROLLOVER_MAX_PERIODS} periods, not ${periods}`);
  }
  const args = readLedgerArguments(call, periods);
  const top = placement.row;
  const left = placement.column;
  const periodHeader = PERIOD_HEADER + (extension?.moreArgumentRows ?? 0);
  const firstPeriod = periodHeader + 1;
  const argumentRow = (name: keyof typeof ARGUMENT_ROW) =>
    argumentRowAt(placement, ARGUMENT_ROW[name]);
  const argumentCell = (name: keyof typeof ARGUMENT_ROW) => abs(argumentRow(name), left + 1);
  const grid: PeriodGrid = {
    firstRow: top + firstPeriod,
    left,
    cap: argumentCell("cap"),
    expiry: argumentCell("expiry"),
    trueup: argumentCell("trueup"),
  };

  const argumentRows: [keyof typeof ARGUMENT_ROW, string, CellContent][] = [
    ["commit", "Commitment", commitCell(args.commit, periods)],
    ["usage", "Usage", value(PER_PERIOD)],
    ["cap", "Cap (share rolled over)", scalarCell(args.cap, DEFAULT.cap)],
    ["expiry", "Expiry (periods)", scalarCell(args.expiry, DEFAULT.expiry)],
    ["trueup", "True-up every (periods)", scalarCell(args.trueup, DEFAULT.trueup)],
  ];
  const rows = Array.from({ length: periods }, (_, i) => i);
  const usage = rows.map((i) => usageEntry(args.usage, i));
  const commit = rows.map((i) =>
    scaled(commitEntry(args.commit, i, argumentCell("commit")), extension?.scaleCell)
  );
  const column = (cells: CellContent[], offset: number, style: CellStyle): CellBlock => ({
    at: at(top + firstPeriod, left + offset),
    cells: cells.map((c) => [c]),
    style,
  });

  const blocks: CellBlock[] = [
    {
      at: at(top, left),
      cells: [[value(extension?.title ?? ledgerTitle(call.source))]],
      style: TITLE_STYLE,
    },
    {
      at: at(top + 1, left),
      cells: (extension?.note ?? ROLLOVER_NOTE).map((line) => [value(line)]),
      style: NOTE_STYLE,
    },
    {
      at: at(top + ARGUMENT_HEADER, left),
      cells: [[value("Argument"), value("Value"), value("In the DEAL call")]],
      style: HEADER_STYLE,
    },
    ...argumentRows.flatMap(([name, label, content]) =>
      argumentRowBlocks(
        argumentRow(name),
        left,
        label,
        content,
        call[name],
        name === "commit" ? AMOUNT : {}
      )
    ),
    {
      at: at(top + periodHeader, left),
      cells: [PERIOD_COLUMNS.map(value)],
      style: HEADER_STYLE,
    },
    column(
      rows.map((i) => value(i + 1)),
      0,
      { numberFormat: "0" }
    ),
    column(usage, 1, styleOf(usage[0], AMOUNT)),
    column(commit, 2, styleOf(commit[0], AMOUNT)),
    {
      at: at(top + firstPeriod, left + 3),
      cells: rows.map((i) => periodFormulas(grid, i + 1)),
      style: AMOUNT,
    },
  ];
  const outputs = rows.map((i) =>
    SPILLED_COLUMNS.map(
      (c) => `=${sheetAddress(placement.sheet, abs(grid.firstRow + i, columnOf(grid, c)))}`
    )
  );
  return {
    blocks,
    height: firstPeriod + periods,
    width: PERIOD_COLUMNS.length,
    outputs,
    grid,
  };
}
