import type { LinearSlaTerms, NoSlaVendor } from "../content/catalog";
import { COMMON_LINEAR_SLA, PLAYBOOK_LINEAR_SLA } from "../content/catalog";
import type { SlaCreditRow, SlaSchedule } from "../content/catalog/types";
import { BENCHMARK_INPUT_CELLS } from "./benchmarkInputs";
import { slug, uniqueIds } from "./excelNames";
import { formulaNumber, percentText } from "./formulaParts";
import type { CellContent, CellPosition, TableColumnPlan, TablePlan } from "./plan";

/*
 * The SLA table of the benchmark sheet: each vendor's credit schedule, and the credit it would owe
 * at the uptime and fee the user types, by DEAL.SLACREDIT. The schedule enters the formula as an
 * array constant built from the catalog's numbers, never from text.
 */

/** Plan key of the SLA table. */
export const SLA_TABLE_KEY = "benchmark-sla";

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

const COLUMNS: readonly TableColumnPlan[] = [
  { header: "ID", owner: "deal", width: 30, style: { numberFormat: TEXT } },
  { header: "Vendor", owner: "deal", width: 20, style: { numberFormat: TEXT } },
  { header: "Service", owner: "deal", width: 28, style: { wrap: true, numberFormat: TEXT } },
  // "0.0#%" rather than "0.0%", so a 99.95% target is not shown as 100.0%.
  { header: "Target", owner: "deal", width: 9, style: { numberFormat: "0.0#%" } },
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

function scheduleRow(id: string, schedule: SlaSchedule): CellContent[] {
  return [
    { value: id },
    { value: schedule.vendor },
    { value: schedule.service },
    { value: schedule.target },
    { value: scheduleText(schedule.rows) },
    { formula: scheduleCreditFormula(schedule.rows) },
    { value: schedule.source },
    { value: schedule.asOf },
    { value: schedule.note ?? null },
  ];
}

function linearRow(id: string, clause: LinearClauseRow): CellContent[] {
  return [
    { value: id },
    { value: clause.vendor },
    { value: clause.service },
    { value: clause.terms.target },
    { value: linearText(clause.terms) },
    { formula: linearCreditFormula(clause.terms) },
    { value: clause.terms.source },
    { value: clause.terms.asOf },
    { value: null },
  ];
}

/** A vendor without a published SLA: no target, no schedule, and a credit of 0 whatever the uptime. */
function noSlaRow(id: string, vendor: NoSlaVendor): CellContent[] {
  return [
    { value: id },
    { value: vendor.vendor },
    { value: vendor.service },
    { value: null },
    { value: "No published SLA: no service credits" },
    { value: 0 },
    { value: vendor.source },
    { value: vendor.asOf },
    { value: vendor.note },
  ];
}

/**
 * The SLA table with its header at `at`: the schedules, the vendors that publish none, then the
 * linear clauses. Ids are "vendor|service" slugs, and "linear|…" for the clauses.
 * @throws RangeError when a threshold, share or term is NaN or infinite.
 */
export function slaTable(
  schedules: readonly SlaSchedule[],
  clauses: readonly LinearClauseRow[],
  noSla: readonly NoSlaVendor[],
  at: CellPosition
): TablePlan {
  const ids = uniqueIds([
    ...schedules.map((s) => `${slug(s.vendor)}|${slug(s.service)}`),
    ...noSla.map((v) => `${slug(v.vendor)}|${slug(v.service)}`),
    ...clauses.map((c) => `linear|${slug(c.vendor)}`),
  ]);
  const rows = [
    ...schedules.map((schedule, index) => scheduleRow(ids[index], schedule)),
    ...noSla.map((vendor, index) => noSlaRow(ids[schedules.length + index], vendor)),
    ...clauses.map((clause, index) =>
      linearRow(ids[schedules.length + noSla.length + index], clause)
    ),
  ];
  return {
    key: SLA_TABLE_KEY,
    preferredName: "DEAL_Benchmark_SLA",
    at,
    columns: COLUMNS,
    idColumn: 0,
    rows,
    style: "TableStyleMedium2",
  };
}
