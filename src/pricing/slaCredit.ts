import { requireNonNegative, requirePositive, requireShare } from "./checks";
import { Dec, ZERO, dec } from "./decimal";
import { ArgumentPlace, invalidInput } from "./errors";
import { EXPECTED, HINTS } from "./expectations";
import { asExcelHolds, asExcelHoldsOptional, isHeld } from "./excelNumber";
import { toCellNumber } from "./result";
import { CreditSchedule, CreditTableRow, SlaCreditTerms } from "./slaTypes";

const FN = "SLACREDIT";
const DEFAULT_STEP = 0.001;

function rowPlace(row: CreditTableRow, index: number, column: string): ArgumentPlace {
  return { fn: FN, arg: "schedule", row: row.row ?? index + 1, column };
}

function validateSchedule(schedule: CreditSchedule): void {
  if (schedule.kind === "table") {
    if (schedule.rows.length === 0)
      throw invalidInput({ fn: FN, arg: "schedule" }, EXPECTED.scheduleShape);
    schedule.rows.forEach((row, i) => {
      requireShare(row.threshold, rowPlace(row, i, "threshold"));
      requireShare(row.share, rowPlace(row, i, "credit share"));
    });
    return;
  }
  requireShare(schedule.target, { fn: FN, arg: "schedule" });
  requirePositive(schedule.perStep, { fn: FN, arg: "per_step" }, EXPECTED.perStepWithTarget);
  if (schedule.step !== undefined) requirePositive(schedule.step, { fn: FN, arg: "step" });
}

function rowsHeld(rows: readonly CreditTableRow[]): boolean {
  for (const row of rows) if (!isHeld(row.threshold) || !isHeld(row.share)) return false;
  return true;
}

/** A copy of the schedule with every number as Excel holds it. */
function heldCopy(schedule: CreditSchedule): CreditSchedule {
  if (schedule.kind === "table") {
    return {
      kind: "table",
      rows: schedule.rows.map((row) => ({
        ...row,
        threshold: asExcelHolds(row.threshold),
        share: asExcelHolds(row.share),
      })),
    };
  }
  return {
    kind: "linear",
    target: asExcelHolds(schedule.target),
    perStep: asExcelHolds(schedule.perStep),
    step: asExcelHoldsOptional(schedule.step),
  };
}

/**
 * Schedules made by heldCreditSchedule, held and frozen (their rows too; the list of rows is left
 * unfrozen, as V8 walks a frozen array several times slower, and is never changed), so they need
 * no second look.
 */
const frozenHeld = new WeakSet<CreditSchedule>();

/**
 * A frozen copy of a schedule with every number as Excel holds it, which slaCredit takes without
 * looking at its numbers again: for a reader that gives one schedule to many calls (a column of
 * DEAL.SLACREDIT against one table). It is checked on each call, like any schedule.
 */
export function heldCreditSchedule(schedule: CreditSchedule): CreditSchedule {
  const held = heldCopy(schedule);
  if (held.kind === "table") held.rows.forEach((row) => Object.freeze(row));
  frozenHeld.add(Object.freeze(held));
  return held;
}

/** The schedule as Excel holds it: itself when every number already is (copies nothing). */
function heldSchedule(schedule: CreditSchedule): CreditSchedule {
  if (frozenHeld.has(schedule)) return schedule;
  return schedule.kind === "table" && rowsHeld(schedule.rows) ? schedule : heldCopy(schedule);
}

/**
 * Takes SLA credit terms as Excel holds them and checks them.
 * @returns The terms, every number as Excel holds it (the terms themselves when they already are).
 * @throws PricingError `invalidInput` naming the argument (and row, for tables).
 */
export function validateSlaCredit(terms: SlaCreditTerms): SlaCreditTerms {
  const uptime = asExcelHolds(terms.uptime);
  const fee = asExcelHolds(terms.fee);
  const schedule = heldSchedule(terms.schedule);
  const cap = asExcelHoldsOptional(terms.cap);
  if (!(Number.isFinite(uptime) && uptime >= 0 && uptime <= 1)) {
    const hint = uptime > 1 ? HINTS.uptimeAsFraction : undefined;
    throw invalidInput({ fn: FN, arg: "uptime" }, EXPECTED.uptime, String(uptime), hint);
  }
  requireNonNegative(fee, { fn: FN, arg: "fee" });
  validateSchedule(schedule);
  if (cap !== undefined) requireShare(cap, { fn: FN, arg: "cap" });
  const unchanged =
    Object.is(uptime, terms.uptime) &&
    Object.is(fee, terms.fee) &&
    schedule === terms.schedule &&
    Object.is(cap, terms.cap);
  return unchanged ? terms : { uptime, fee, schedule, cap };
}

/** The largest share whose threshold the uptime is strictly below; 0 when none. */
function tableShare(uptime: number, rows: readonly CreditTableRow[]): Dec {
  // Comparing the doubles is exact: as Excel holds them, they order as their 15-digit values do.
  let largest = -1;
  for (const row of rows) if (uptime < row.threshold && row.share > largest) largest = row.share;
  return largest < 0 ? ZERO : dec(largest);
}

/** perStep × the number of steps, or part of one, that uptime falls short of target. */
function linearShare(uptime: number, target: number, perStep: number, step: number): Dec {
  if (uptime >= target) return ZERO;
  const shortfall = dec(target).minus(dec(uptime));
  const stepSize = dec(step);
  // Ceiling of the exact quotient: whole steps, plus one for any remainder ("or portion thereof").
  const whole = shortfall.divToInt(stepSize);
  const steps = whole.times(stepSize).lt(shortfall) ? whole.plus(1) : whole;
  return steps.times(dec(perStep));
}

/**
 * The service credit owed for a period: fee × min(share, cap), where the share comes from the
 * schedule's table or linear clause.
 *
 * @example slaCredit({ uptime: 0.9989, fee: 100000, schedule: { kind: "table", rows: [{ threshold: 0.999, share: 0.1 }] } }) // 10000
 * @throws PricingError for invalid terms, or a credit beyond the largest number.
 */
export function slaCredit(terms: SlaCreditTerms): number {
  const { uptime, fee, schedule, cap = 1 } = validateSlaCredit(terms);
  const share =
    schedule.kind === "table"
      ? tableShare(uptime, schedule.rows)
      : linearShare(uptime, schedule.target, schedule.perStep, schedule.step ?? DEFAULT_STEP);
  return toCellNumber(dec(fee).times(Dec.min(share, dec(cap))), FN);
}
