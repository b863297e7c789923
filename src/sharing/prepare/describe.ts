import { WorkbookRefusal } from "../../workbook/workbookRefusal";
import type { Place, SharingAction, SharingReport, SharingScope, SkippedPlace } from "./types";

/*
 * A SharingReport in the user's words: a headline (what changed, or that nothing did), a line
 * per sheet of what changed, and a line per reason of what was left alone.
 */

export interface SharingMessage {
  /** success: all done; warning: some formulas were left alone; info: nothing to do. */
  readonly intent: "success" | "warning" | "info" | "error";
  readonly text: string;
  /** "'Prices': B4, B5, D2:H13". */
  readonly changed: readonly string[];
  /** "'Prices' D2: Excel does not recognise DEAL.TIEREDCOST in it (…): run Repair first". */
  readonly skipped: readonly string[];
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

const WHERE: Record<SharingScope, string> = {
  selection: "in the selection",
  sheet: "on this sheet",
  workbook: "in this workbook",
};

/** How many addresses a line lists before "and N more": the pane is narrow. */
const ADDRESSES_PER_LINE = 12;

function addressList(addresses: readonly string[]): string {
  if (addresses.length <= ADDRESSES_PER_LINE) return addresses.join(", ");
  const rest = addresses.length - ADDRESSES_PER_LINE;
  return `${addresses.slice(0, ADDRESSES_PER_LINE).join(", ")} and ${rest} more`;
}

const quoted = (sheet: string) => `'${sheet}'`;

/** One line per sheet, in the order the sheets first appear. */
function changedLines(places: readonly Place[]): string[] {
  const bySheet = new Map<string, string[]>();
  for (const place of places)
    bySheet.set(place.sheet, [...(bySheet.get(place.sheet) ?? []), place.address]);
  return [...bySheet].map(([sheet, addresses]) => `${quoted(sheet)}: ${addressList(addresses)}`);
}

/** One line per sheet and reason. */
function skippedLines(places: readonly SkippedPlace[]): string[] {
  const groups = new Map<string, { sheet: string; reason: string; addresses: string[] }>();
  for (const place of places) {
    const key = JSON.stringify([place.sheet, place.reason]);
    const group = groups.get(key) ?? { sheet: place.sheet, reason: place.reason, addresses: [] };
    group.addresses.push(place.address);
    groups.set(key, group);
  }
  return [...groups.values()].map(
    (group) => `${quoted(group.sheet)} ${addressList(group.addresses)}: ${group.reason}`
  );
}

const DONE: Record<SharingAction, (n: number) => string> = {
  native: (n) =>
    `Converted ${count(n, "formula")} to native Excel formulas: colleagues with Excel 365 see ${n === 1 ? "it" : "them"} calculate without DEAL.`,
  values: (n) =>
    `Replaced ${count(n, "formula")} with ${n === 1 ? "its value" : "their values"}. Restore DEAL formulas brings ${n === 1 ? "it" : "them"} back.`,
  restore: (n) => `Restored ${count(n, "DEAL formula")}.`,
  repair: (n) =>
    `Re-entered ${count(n, "DEAL formula")}, so Excel calculates ${n === 1 ? "it" : "them"} again.`,
};

const NOT_DONE: Record<SharingAction, string> = {
  native: "converted",
  values: "replaced",
  restore: "restored",
  repair: "re-entered",
};

function nothingToDo(action: SharingAction, scope: SharingScope): string {
  if (action === "restore") {
    return `Nothing to restore ${WHERE[scope]}: no formulas DEAL replaced with values, and no native DEAL formulas. Nothing was changed.`;
  }
  return `No DEAL formulas ${WHERE[scope]}. Nothing was changed.`;
}

/** The ledgers of DEAL.ROLLOVER written ("native") or removed ("restore"), in words. */
function ledgersLine(report: SharingReport): string | undefined {
  const drawDowns = report.drawDowns;
  if (drawDowns === undefined) return undefined;
  const n = drawDowns.ledgers;
  const sheet = quoted(drawDowns.sheet);
  if (report.action === "restore") {
    return `Removed ${n === 1 ? "its native ledger" : `${n} native ledgers`} of DEAL.ROLLOVER from ${sheet}.`;
  }
  const what =
    n === 1 ? "the draw-down of 1 DEAL.ROLLOVER" : `the draw-downs of ${n} DEAL.ROLLOVER formulas`;
  return `Wrote ${what} as native formulas on ${sheet}, which any spreadsheet calculates; the cells ${n === 1 ? "it" : "they"} spilled into now refer there. Restore DEAL formulas puts DEAL.ROLLOVER back.`;
}

/** What to tell the user about a finished action. */
export function describeSharingReport(report: SharingReport): SharingMessage {
  const changed = report.changed.length;
  const skipped = report.skipped.length;
  const parts: string[] = [];
  // "native": the ledgers are told apart from the twins, which need Excel 365.
  const ledgers = report.action === "native" ? (report.drawDowns?.ledgers ?? 0) : 0;
  if (changed > ledgers) parts.push(DONE[report.action](changed - ledgers));
  if (report.namesDefined.length > 0) {
    parts.push(`Defined ${report.namesDefined.join(", ")} in Name Manager.`);
  }
  const ledgerText = ledgersLine(report);
  if (ledgerText !== undefined) parts.push(ledgerText);
  if (skipped > 0) {
    parts.push(
      `${changed > 0 ? "" : "Nothing was changed: "}${count(skipped, "formula")} could not be ${NOT_DONE[report.action]}:`
    );
  }
  if (changed === 0 && skipped === 0) parts.push(nothingToDo(report.action, report.scope));
  return {
    intent: skipped > 0 ? "warning" : changed > 0 ? "success" : "info",
    text: parts.join(" "),
    changed: changedLines(report.changed),
    skipped: skippedLines(report.skipped),
  };
}

/**
 * What to tell the user when an action failed. A refusal speaks for itself; anything else is
 * unexpected, and Excel does not undo a batch that stopped halfway, so the message says what is
 * safe: DEAL keeps a formula before it replaces it, and every action can be run again.
 */
export function describeSharingFailure(error: unknown): SharingMessage {
  if (error instanceof WorkbookRefusal) {
    return { intent: "error", text: error.message, changed: [], skipped: [] };
  }
  const message = (error instanceof Error ? error.message : String(error))
    .trim()
    .replace(/\.+$/, "");
  return {
    intent: "error",
    text: `Could not prepare the workbook: ${message || "unknown error"}. DEAL keeps every formula before it replaces one, so running the action again is safe.`,
    changed: [],
    skipped: [],
  };
}
