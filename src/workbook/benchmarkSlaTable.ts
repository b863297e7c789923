import type { LinearSlaTerms, NoSlaVendor } from "../content/catalog";
import { COMMON_LINEAR_SLA, PLAYBOOK_LINEAR_SLA } from "../content/catalog";
import type { SlaCreditRow, SlaSchedule } from "../content/catalog/types";
import { BENCHMARK_INPUT_CELLS } from "./benchmarkInputs";
import { slug, uniqueIds } from "./excelNames";
import { formulaNumber, percentText } from "./formulaParts";
import type { CellContent, CellPosition, TableColumnPlan, TablePlan } from "./plan";

/*
 * The SLA comparison of the benchmark sheet: each vendor's credit schedule, and the credit it would
 * owe at the uptime and fee the user types, by DEAL.SLACREDIT. The schedule enters the formula as
 * an array constant built from the catalog's numbers, never from text. The entries are laid out
 * below the prices (benchmarkSlaSection.ts), or, on a sheet an earlier DEAL wrote, in the table
 * beside the prices that it has (slaTable).
 */

/** Plan key of the SLA table, and the table name it asks for. */
export const SLA_TABLE_KEY = "benchmark-sla";
export const SLA_TABLE_NAME = "DEAL_Benchmark_SLA";

/** Header of the formula column. */
export const CREDIT_HEADER = "Credit at your uptime";

/** A linear clause shown as a row of its own, with the words that name it. */
export interface LinearClauseRow {
  readonly vendor: string;
  readonly service: string;
  readonly terms: LinearSlaTerms;
}

/** The linear clauses the sheet compares against the vendors' schedules. */
export const LINEAR_CLAUSES: readonly LinearClauseRow[] = [
  { vendor: "Playbook ask", service: "Linear clause (telco example)", terms: PLAYBOOK_LINEAR_SLA },
  { vendor: "Common clause", service: "Linear clause, capped", terms: COMMON_LINEAR_SLA },
];

// The step DEAL.SLACREDIT assumes when the argument is left out (one tenth of a point).
const DEFAULT_STEP = 0.001;
const TEXT = "@";
/** "0.0#%" rather than "0.0%", so a 99.95% target is not shown as 100.0%. */
export const TARGET_FORMAT = "0.0#%";

const COLUMNS: readonly TableColumnPlan[] = [
  { header: "ID", owner: "deal", width: 30, style: { numberFormat: TEXT } },
  { header: "Vendor", owner: "deal", width: 20, style: { numberFormat: TEXT } },
  { header: "Service", owner: "deal", width: 28, style: { wrap: true, numberFormat: TEXT } },
  { header: "Target", owner: "deal", width: 9, style: { numberFormat: TARGET_FORMAT } },
  { header: "Schedule", owner: "deal", width: 44, style: { wrap: true, numberFormat: TEXT } },
  {
    header: CREDIT_HEADER,
    owner: "deal",
    width: 14,
    style: { numberFormat: "$#,##0", bold: true },
  },
  { header: "Source", owner: "deal", width: 36, style: { wrap: true, numberFormat: TEXT } },
  { header: "As of", owner: "deal", width: 11, style: { numberFormat: TEXT } },
  { header: "Note", owner: "deal", width: 44, style: { wrap: true, numberFormat: TEXT } },
];

/** Number of columns of the SLA table. */
export const SLA_COLUMN_COUNT = COLUMNS.length;

const byThresholdDescending = (rows: readonly SlaCreditRow[]): SlaCreditRow[] =>
  [...rows].sort((a, b) => b.threshold - a.threshold);

/**
 * `=DEAL.SLACREDIT(uptime, fee, {threshold,share;…})`. An empty schedule becomes {0,0}: no uptime
 * is below 0, so it owes nothing, and the cell still follows the inputs.
 */
export function scheduleCreditFormula(rows: readonly SlaCreditRow[]): string {
  const { uptime, fee } = BENCHMARK_INPUT_CELLS;
  const pairs = byThresholdDescending(rows).map(
    (row) => `${formulaNumber(row.threshold)},${formulaNumber(row.share)}`
  );
  const schedule = `{${pairs.length === 0 ? "0,0" : pairs.join(";")}}`;
  return `=DEAL.SLACREDIT(${uptime},${fee},${schedule})`;
}

/**
 * `=DEAL.SLACREDIT(uptime, fee, target, per_step[, step][, cap])`, leaving out the step and the cap
 * when they are the function's defaults (0.001 and 1), as the function reference writes them.
 */
export function linearCreditFormula(terms: LinearSlaTerms): string {
  const { uptime, fee } = BENCHMARK_INPUT_CELLS;
  const args = [uptime, fee, formulaNumber(terms.target), formulaNumber(terms.perStep)];
  const stepIsDefault = terms.step === DEFAULT_STEP;
  if (!stepIsDefault || terms.cap !== 1) args.push(stepIsDefault ? "" : formulaNumber(terms.step));
  if (terms.cap !== 1) args.push(formulaNumber(terms.cap));
  return `=DEAL.SLACREDIT(${args.join(",")})`;
}

/** "below 99.9%: 10%; below 99%: 25%; below 95%: 100%" */
export function scheduleText(rows: readonly SlaCreditRow[]): string {
  if (rows.length === 0) return "no credits";
  return byThresholdDescending(rows)
    .map((row) => `below ${percentText(row.threshold)}: ${percentText(row.share)}`)
    .join("; ");
}

/** "2% of the fee per 0.1% (or part) below 99.9%, up to 100%" */
export function linearText(terms: LinearSlaTerms): string {
  return (
    `${percentText(terms.perStep)} of the fee per ${percentText(terms.step)} (or part) ` +
    `below ${percentText(terms.target)}, up to ${percentText(terms.cap)}`
  );
}

/** One row of the SLA comparison: a vendor's schedule, a vendor without one, or a linear clause. */
export interface SlaEntry {
  /** "vendor|service" slug, or "linear|vendor" for a clause: the row's id in the SLA table. */
  readonly id: string;
  readonly vendor: string;
  readonly service: string;
  readonly target: number | null;
  /** The schedule in words. */
  readonly schedule: string;
  /** The credit at the user's uptime and fee: a DEAL.SLACREDIT formula, or 0 without an SLA. */
  readonly credit: CellContent;
  readonly source: string;
  readonly asOf: string;
  readonly note: string | null;
}

/**
 * The schedules, the vendors that publish none, then the linear clauses, each with its id.
 * @throws RangeError when a threshold, share or term is NaN or infinite.
 */
export function slaEntries(
  schedules: readonly SlaSchedule[],
  clauses: readonly LinearClauseRow[],
  noSla: readonly NoSlaVendor[]
): SlaEntry[] {
  const ids = uniqueIds([
    ...schedules.map((s) => `${slug(s.vendor)}|${slug(s.service)}`),
    ...noSla.map((v) => `${slug(v.vendor)}|${slug(v.service)}`),
    ...clauses.map((c) => `linear|${slug(c.vendor)}`),
  ]);
  const entries: Omit<SlaEntry, "id">[] = [
    ...schedules.map((schedule) => ({
      vendor: schedule.vendor,
      service: schedule.service,
      target: schedule.target,
      schedule: scheduleText(schedule.rows),
      credit: { formula: scheduleCreditFormula(schedule.rows) },
      source: schedule.source,
      asOf: schedule.asOf,
      note: schedule.note ?? null,
    })),
    // No published SLA: no target, no schedule, and a credit of 0 whatever the uptime.
    ...noSla.map((vendor) => ({
      vendor: vendor.vendor,
      service: vendor.service,
      target: null,
      schedule: "No published SLA: no service credits",
      credit: { value: 0 },
      source: vendor.source,
      asOf: vendor.asOf,
      note: vendor.note,
    })),
    ...clauses.map((clause) => ({
      vendor: clause.vendor,
      service: clause.service,
      target: clause.terms.target,
      schedule: linearText(clause.terms),
      credit: { formula: linearCreditFormula(clause.terms) },
      source: clause.terms.source,
      asOf: clause.terms.asOf,
      note: null,
    })),
  ];
  return entries.map((entry, i) => ({ id: ids[i], ...entry }));
}

/**
 * The SLA table with its header at `at`, as the benchmark wrote it beside the price table before
 * it printed legibly (benchmarkSheet.ts keeps a sheet that has one as it is). Ids are
 * "vendor|service" slugs, and "linear|…" for the clauses.
 */
export function slaTable(entries: readonly SlaEntry[], at: CellPosition): TablePlan {
  return {
    key: SLA_TABLE_KEY,
    preferredName: SLA_TABLE_NAME,
    at,
    columns: COLUMNS,
    idColumn: 0,
    rows: entries.map((entry) => [
      { value: entry.id },
      { value: entry.vendor },
      { value: entry.service },
      { value: entry.target },
      { value: entry.schedule },
      entry.credit,
      { value: entry.source },
      { value: entry.asOf },
      { value: entry.note },
    ]),
    style: "TableStyleMedium2",
  };
}
