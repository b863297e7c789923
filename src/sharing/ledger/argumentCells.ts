import { rectAddress, type SheetRect, sheetAddress } from "../../formula";
import { formula, value } from "../../workbook/cellPlans";
import type { CellContent } from "../../workbook/plan";
import type { CommitArgument, ListArgument, ScalarArgument } from "./ledgerArguments";

/*
 * The cells through which the ledger reads the call's arguments: a value cell per argument, and
 * each period's usage and commitment. Numbers typed in the call are written as values, so that the
 * ledger is where they are changed; references stay formulas, so that the ledger follows the cells.
 */

/** What the commitment's cell shows when there is one commitment per period. */
export const PER_PERIOD = "per period";

/** "'Usage plan'!$B$2:$B$37", or "'Usage plan'!$B$2" for one cell. */
function rangeText(r: SheetRect): string {
  return sheetAddress(r.sheet, rectAddress(r, true));
}

/** Entry `i` (zero-based) of a one-row or one-column range. */
function entry(r: SheetRect, i: number): string {
  const cell =
    r.rows === 1 ? { ...r, column: r.column + i, columns: 1 } : { ...r, row: r.row + i, rows: 1 };
  return rangeText(cell);
}

/**
 * `body`, or #N/A once the range has been resized (rows inserted or deleted inside it): the
 * ledger was written for its entries, and would otherwise silently read the wrong ones.
 */
function guarded(r: SheetRect, body: string): string {
  const { rows, columns } = r;
  if (rows > 1) return `=IF(ROWS(${rangeText(r)})<>${rows},NA(),${body})`;
  if (columns > 1) return `=IF(COLUMNS(${rangeText(r)})<>${columns},NA(),${body})`;
  return `=${body}`;
}

/** A scalar argument as an operand: a cell as it is, a formula in parentheses. */
function operand(arg: ScalarArgument & { kind: "cell" | "formula" }): string {
  return arg.kind === "cell" ? rangeText(arg.cell) : `(${arg.text})`;
}

/**
 * The cell of cap, expiry or true-up: the value in effect, DEAL's default (`fallback`) when the
 * argument is left out or blank. A formula referring to a blank cell gives 0, a valid cap, so
 * blanks are told by their text.
 */
export function scalarCell(arg: ScalarArgument, fallback: number | string): CellContent {
  if (arg.kind === "omitted") return value(fallback);
  if (arg.kind === "number") return value(arg.value);
  const byDefault = typeof fallback === "number" ? String(fallback) : `"${fallback}"`;
  const given = arg.kind === "cell" ? rangeText(arg.cell) : arg.text;
  return formula(`=IF(${operand(arg)}&""="",${byDefault},${given})`);
}

/**
 * The commitment's cell: the one commitment of every period, or PER_PERIOD. DEAL ignores blank
 * cells at the end of a list, so a commitment range whose last period is blank holds one
 * commitment, in its first cell (a list of several must be as long as the usage).
 */
export function commitCell(commit: CommitArgument, periods: number): CellContent {
  switch (commit.kind) {
    case "numbers":
      return value(PER_PERIOD);
    case "cells": {
      const first = entry(commit.range, 0);
      const last = entry(commit.range, periods - 1);
      return formula(`=IF(${last}&""="",N(${first}),"${PER_PERIOD}")`);
    }
    case "cell":
      return formula(`=${rangeText(commit.cell)}`);
    case "formula":
      return formula(`=${commit.text}`);
    case "number":
      return value(commit.value);
  }
}

/** Period `i`'s usage (zero-based); blank cells count as 0, as in DEAL. */
export function usageEntry(usage: ListArgument, i: number): CellContent {
  if (usage.kind === "numbers") return value(usage.values[i]);
  return formula(guarded(usage.range, `N(${entry(usage.range, i)})`));
}

/** Period `i`'s commitment (zero-based), given the address of the commitment's cell. */
export function commitEntry(commit: CommitArgument, i: number, commitAddress: string): CellContent {
  if (commit.kind === "numbers") return value(commit.values[i]);
  if (commit.kind !== "cells") return formula(`=${commitAddress}`);
  const own = `N(${entry(commit.range, i)})`;
  return formula(
    guarded(commit.range, `IF(${commitAddress}="${PER_PERIOD}",${own},${commitAddress})`)
  );
}
