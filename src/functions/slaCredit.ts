import { invalidInput } from "../pricing/errors";
import { EXPECTED } from "../pricing/expectations";
import { heldCreditSchedule, slaCredit } from "../pricing/slaCredit";
import { CreditSchedule, CreditTableRow } from "../pricing/slaTypes";
import {
  Cell,
  asRows,
  describeCell,
  isBlank,
  isBlankRow,
  rangeExtent,
  readCellNumber,
  readNumber,
  readOptionalNumber,
} from "./cells";
import { rememberLastRange } from "./lastRangeMemo";
import { SLACREDIT, argumentIndex } from "./declarations";
import { cellFunction } from "./runner";

const FN = SLACREDIT.name;
const PER_STEP = argumentIndex(SLACREDIT, "per_step");
const STEP = argumentIndex(SLACREDIT, "step");

/** A two-column table of (threshold, share) rows, or a single number: the uptime target of a linear clause. */
function readSchedule(value: Cell, perStep: Cell, step: Cell): CreditSchedule {
  const rows = asRows(value);
  const { height, width } = rangeExtent(rows);
  if (height === 1 && width === 1) {
    return {
      kind: "linear",
      target: readNumber(rows[0][0], { fn: FN, arg: "schedule" }, EXPECTED.share),
      perStep: readNumber(perStep, { fn: FN, arg: "per_step" }, EXPECTED.perStepWithTarget),
      step: readOptionalNumber(step, { fn: FN, arg: "step" }, EXPECTED.positive),
    };
  }
  if (width !== 2) {
    const received = height === 0 ? "a blank" : `${height} rows × ${width} columns`;
    throw invalidInput({ fn: FN, arg: "schedule" }, EXPECTED.scheduleShape, received);
  }
  if (!isBlank(perStep)) {
    throw invalidInput({ fn: FN, arg: "per_step" }, EXPECTED.blankWithTable, describeCell(perStep));
  }
  if (!isBlank(step))
    throw invalidInput({ fn: FN, arg: "step" }, EXPECTED.blankWithTable, describeCell(step));
  return readTable(rows);
}

/** A two-column credit table, rows that are all blank skipped, each row keeping its number. */
function readTableRows(rows: readonly Cell[][]): CreditSchedule {
  const table: CreditTableRow[] = [];
  for (let r = 0; r < rows.length; r++) {
    if (isBlankRow(rows, r, 2)) continue;
    const cells = rows[r];
    table.push({
      threshold: readCellNumber(cells[0], EXPECTED.share, FN, "schedule", r + 1, "threshold"),
      share: readCellNumber(cells[1], EXPECTED.share, FN, "schedule", r + 1, "credit share"),
      row: r + 1,
    });
  }
  return heldCreditSchedule({ kind: "table", rows: table });
}

/** A column of SLACREDIT cells against one table reads it, and takes it as Excel holds it, once. */
const readTable = rememberLastRange(readTableRows);

/** per_step and step are read with schedule: they apply, and must be given or left blank, by its kind. */
const passedToSchedule = (value: Cell): Cell => value;

const run = cellFunction(
  SLACREDIT,
  {
    schedule: (value, call) => readSchedule(value, call[PER_STEP], call[STEP]),
    per_step: passedToSchedule,
    step: passedToSchedule,
  },
  (uptime, fee, schedule, _perStep, _step, cap) => slaCredit({ uptime, fee, schedule, cap })
);

/**
 * Service credit owed for a period under an SLA: a table of thresholds, or a linear clause (a share of the fee per step below target, or portion thereof). Credit = fee × min(share, cap).
 * @customfunction SLACREDIT
 * @helpurl https://localhost:3000/help.html#slacredit
 * @param uptime Measured availability, 0 to 1 (99.9% is 0.999).
 * @param fee The period's charge the credit is a share of, ≥ 0.
 * @param schedule A two-column table (uptime threshold, credit share), or one number: the uptime target of a linear clause.
 * @param [per_step] Linear clause only: share of the fee per step below target (2% is 0.02).
 * @param [step] Linear clause only: the step, > 0; default 0.001 (0.1 percentage point).
 * @param [cap] The largest share credited, 0 to 1; default 1.
 * @returns The credit, in the fee's currency.
 */
export function slaCreditFunction(
  uptime: unknown,
  fee: unknown,
  schedule: unknown[][],
  per_step?: unknown,
  step?: unknown,
  cap?: unknown
): number {
  return run(uptime, fee, schedule, per_step, step, cap);
}
