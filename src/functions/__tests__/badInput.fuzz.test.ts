import fc from "fast-check";
import { performance } from "node:perf_hooks";
import { CellOutcome, callCell } from "../../../test/support/cellCall";
import { FUNCTIONS, FunctionName, NAMES } from "./support/dealFunctions";
import { CALLS } from "./support/randomCalls";

/*
 * The robustness contract of the four DEAL functions: whatever Excel hands them (text, booleans,
 * blanks, extreme numbers, error values, data-type wrappers, ragged, empty or oversized ranges,
 * omitted arguments) each call answers quickly with EITHER a finite number (ROLLOVER: rows of five
 * finite numbers) OR a CustomFunctions.Error #VALUE!/#NUM! whose message starts "DEAL.<NAME>:".
 * Never a bare exception, NaN, ±Infinity, -0 or undefined.
 */

const RUNS_PER_FUNCTION = 1000;
/**
 * The slowest any single call may be: a guard against hangs and runaway loops, not a speed test
 * (`npm run bench` measures speed). Calls take well under 50 ms; 250 ms failed on correct answers
 * when other jobs loaded the 2-core machine, and a hang still takes far longer than a second.
 */
const MAX_CALL_MS = 1000;
/** Each outcome (a value, an Excel error) must occur in at least this share of a function's runs. */
const MIN_OUTCOME_SHARE = 0.15;

// ---------------------------------------------------------------------------------------------
// Calling a function as Excel would, timing it and holding its answer to the contract
// ---------------------------------------------------------------------------------------------

interface CallStats {
  calls: number;
  values: number;
  errors: number;
  maxMs: number;
  totalMs: number;
}

const stats = Object.fromEntries(
  NAMES.map((name) => [name, { calls: 0, values: 0, errors: 0, maxMs: 0, totalMs: 0 }])
) as Record<FunctionName, CallStats>;

function show(value: unknown): string {
  if (Object.is(value, -0)) return "-0";
  if (typeof value === "number" || value === undefined) return String(value);
  try {
    const text = JSON.stringify(value, (_key, v) =>
      typeof v === "number" && !Number.isFinite(v) ? String(v) : Object.is(v, -0) ? "-0" : v
    );
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return String(value);
  }
}

/** Excel omits trailing optional arguments; `omitTrailing` drops trailing undefined ones from the call. */
function argumentList(args: readonly unknown[], omitTrailing: boolean): unknown[] {
  const list = [...args];
  if (omitTrailing) while (list.length > 0 && list[list.length - 1] === undefined) list.pop();
  return list;
}

/** Calls the function, times it, and returns what the cell shows; a bare exception fails the test. */
function callTimed(name: FunctionName, args: readonly unknown[]): CellOutcome {
  const start = performance.now();
  let outcome: CellOutcome | undefined;
  let bare: { thrown: unknown } | undefined;
  try {
    outcome = callCell(() => FUNCTIONS[name](...args));
  } catch (thrown) {
    bare = { thrown };
  }
  const ms = performance.now() - start;
  const record = stats[name];
  record.calls++;
  record.totalMs += ms;
  record.maxMs = Math.max(record.maxMs, ms);
  if (bare !== undefined) {
    const { thrown } = bare;
    const what = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : show(thrown);
    throw new Error(`DEAL.${name} threw a bare exception instead of an Excel error: ${what}`);
  }
  if (ms >= MAX_CALL_MS) {
    throw new Error(`DEAL.${name} took ${ms.toFixed(1)} ms (limit ${MAX_CALL_MS} ms)`);
  }
  return outcome as CellOutcome;
}

function isCellNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && !Object.is(value, -0);
}

/** A ROLLOVER spill: at least one row, every row five finite numbers. */
function isSpill(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((row) => Array.isArray(row) && row.length === 5 && row.every(isCellNumber))
  );
}

/** Holds one outcome to the contract and counts it. */
function expectContract(name: FunctionName, outcome: CellOutcome): void {
  if ("value" in outcome) {
    stats[name].values++;
    const ok = name === "ROLLOVER" ? isSpill(outcome.value) : isCellNumber(outcome.value);
    if (!ok) {
      const shape = name === "ROLLOVER" ? "rows of five finite numbers" : "a finite number, not -0";
      throw new Error(`DEAL.${name} returned ${show(outcome.value)}; expected ${shape}`);
    }
    return;
  }
  stats[name].errors++;
  const { code, message } = outcome;
  if (code !== "#VALUE!" && code !== "#NUM!") {
    throw new Error(
      `DEAL.${name} threw code ${show(code)} (${show(message)}); expected #VALUE!/#NUM!`
    );
  }
  if (typeof message !== "string" || !message.startsWith(`DEAL.${name}: `)) {
    throw new Error(`DEAL.${name} threw ${code} with message ${show(message)}`);
  }
  if (message.trim().length <= `DEAL.${name}:`.length) {
    throw new Error(`DEAL.${name} threw ${code} with an empty explanation: ${show(message)}`);
  }
  if (message.includes("unexpected problem")) {
    // toExcelError's catch-all: something inside DEAL threw a bare exception.
    throw new Error(`DEAL.${name} hid a bare exception: ${message}`);
  }
}

function fuzz(name: FunctionName, calls: fc.Arbitrary<[unknown[], boolean]>): void {
  fc.assert(
    fc.property(calls, ([args, omitTrailing]) => {
      expectContract(name, callTimed(name, argumentList(args, omitTrailing)));
    }),
    { numRuns: RUNS_PER_FUNCTION }
  );
}

// ---------------------------------------------------------------------------------------------
// The fuzz runs
// ---------------------------------------------------------------------------------------------

describe("DEAL functions under random bad input", () => {
  it.each(NAMES)(
    `DEAL.%s answers ${RUNS_PER_FUNCTION} random calls each with a value or a named #VALUE!/#NUM!, within ${MAX_CALL_MS} ms`,
    (name) => {
      fuzz(name, CALLS[name]);
    },
    120_000
  );

  it.each(NAMES)(
    `DEAL.%s answered both with values and with Excel errors, each in at least ${MIN_OUTCOME_SHARE * 100}% of its runs`,
    (name) => {
      const { calls, values, errors } = stats[name];
      expect(calls).toBeGreaterThan(0);
      expect(values + errors).toBe(calls);
      expect(values).toBeGreaterThanOrEqual(MIN_OUTCOME_SHARE * calls);
      expect(errors).toBeGreaterThanOrEqual(MIN_OUTCOME_SHARE * calls);
    }
  );

  it(`never took ${MAX_CALL_MS} ms or more for a single call`, () => {
    for (const name of NAMES) expect(stats[name].maxMs).toBeLessThan(MAX_CALL_MS);
  });
});
