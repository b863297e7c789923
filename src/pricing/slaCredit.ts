import { requireNonNegative, requirePositive, requireShare } from "./checks";
import { Dec, ZERO, dec } from "./decimal";
import { ArgumentPlace, invalidInput } from "./errors";
import { EXPECTED, HINTS } from "./expectations";
import { asExcelHolds, asExcelHoldsOptional } from "./excelNumber";
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

function heldSchedule(schedule: CreditSchedule): CreditSchedule {
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
 * Takes SLA credit terms as Excel holds them and checks them.
 * @returns The terms, every number as Excel holds it.
 * @throws PricingError `invalidInput` naming the argument (and row, for tables).
 */
export function validateSlaCredit(terms: SlaCreditTerms): SlaCreditTerms {
  const held: SlaCreditTerms = {
    uptime: asExcelHolds(terms.uptime),
    fee: asExcelHolds(terms.fee),
    schedule: heldSchedule(terms.schedule),
    cap: asExcelHoldsOptional(terms.cap),
  };
  const { uptime } = held;
  if (!(Number.isFinite(uptime) && uptime >= 0 && uptime <= 1)) {
    const hint = uptime > 1 ? HINTS.uptimeAsFraction : undefined;
    throw invalidInput({ fn: FN, arg: "uptime" }, EXPECTED.uptime, String(uptime), hint);
  }
  requireNonNegative(held.fee, { fn: FN, arg: "fee" });
  validateSchedule(held.schedule);
  if (held.cap !== undefined) requireShare(held.cap, { fn: FN, arg: "cap" });
  return held;
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
