import fc from "fast-check";
import { performance } from "node:perf_hooks";
import { CellOutcome, callCell, excelError } from "../../../test/support/cellCall";
import { rampPriceFunction } from "../rampPrice";
import { rolloverFunction } from "../rollover";
import { slaCreditFunction } from "../slaCredit";
import { tieredCostFunction } from "../tieredCost";

/*
 * The robustness contract of the four DEAL functions: whatever Excel hands them (text, booleans,
 * blanks, extreme numbers, error values, data-type wrappers, ragged, empty or oversized ranges,
 * omitted arguments) each call answers quickly with EITHER a finite number (ROLLOVER: rows of five
 * finite numbers) OR a CustomFunctions.Error #VALUE!/#NUM! whose message starts "DEAL.<NAME>:".
 * Never a bare exception, NaN, ±Infinity, -0 or undefined.
 */

type FunctionName = "TIEREDCOST" | "ROLLOVER" | "SLACREDIT" | "RAMPPRICE";
type CellFunction = (...args: unknown[]) => unknown;

const FUNCTIONS: Record<FunctionName, CellFunction> = {
  TIEREDCOST: tieredCostFunction as CellFunction,
  ROLLOVER: rolloverFunction as CellFunction,
  SLACREDIT: slaCreditFunction as CellFunction,
  RAMPPRICE: rampPriceFunction as CellFunction,
};
const NAMES = Object.keys(FUNCTIONS) as FunctionName[];

const RUNS_PER_FUNCTION = 1000;
/** The slowest any single call may be. */
const MAX_CALL_MS = 250;
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
// Arbitraries: Excel cell values and range arguments
// ---------------------------------------------------------------------------------------------

const EXCEL_ERRORS: ReadonlyArray<readonly [string, string]> = [
  ["Div0", "#DIV/0!"],
  ["NotAvailable", "#N/A"],
  ["Value", "#VALUE!"],
  ["Ref", "#REF!"],
  ["Name", "#NAME?"],
  ["Num", "#NUM!"],
  ["Null", "#NULL!"],
  ["Spill", "#SPILL!"],
  ["Calc", "#CALC!"],
  ["GettingData", "#GETTING_DATA"],
  ["Field", "#FIELD!"],
  ["Busy", "#BUSY!"],
  ["Connect", "#CONNECT!"],
  ["Blocked", "#BLOCKED!"],
];

const DIV0 = { type: "Error", basicType: "Error", errorType: "Div0", basicValue: "#DIV/0!" };

/** An error as Excel passes it with allowErrorForDataTypeAny, with and without its basic value. */
const errorValue: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...EXCEL_ERRORS), fc.boolean())
  .map(([[errorType, basicValue], full]) =>
    full
      ? { type: "Error", basicType: "Error", errorType, basicValue }
      : { type: "Error", errorType }
  );

const extremeNumber = fc.constantFrom(
  0,
  -0,
  1,
  -1,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  5e-324,
  -5e-324,
  2 ** 53,
  2 ** 53 + 2,
  1e15,
  1e21,
  0.1,
  0.999,
  1200,
  1201,
  1e-7,
  123456789.12345679
);

const anyNumber: fc.Arbitrary<number> = fc.oneof(
  extremeNumber,
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -2, max: 2, noNaN: true })
);

const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    "  ",
    "abc",
    "#N/A",
    "#DIV/0!",
    "=1+1",
    "1e3",
    "TRUE",
    "FALSE",
    "12",
    "-1",
    "0.5",
    "Infinity",
    "NaN",
    "volume",
    "graduated",
    "stairstep"
  ),
  fc.string({ maxLength: 60 })
);

const blank = fc.constantFrom(null, undefined, "");

/** Data-type wrappers, including mismatched basic values and a type DEAL does not unwrap. */
const dataTypeWrapper: fc.Arbitrary<unknown> = fc.oneof(
  anyNumber.map((basicValue) => ({ type: "Double", basicValue })),
  anyNumber.map((basicValue) => ({ type: "FormattedNumber", basicValue, numberFormat: "0.00%" })),
  anyText.map((basicValue) => ({ type: "String", basicValue })),
  fc.boolean().map((basicValue) => ({ type: "Boolean", basicValue })),
  fc.constant({ type: "Empty", basicValue: "" }),
  fc
    .tuple(
      fc.constantFrom("Double", "String", "Boolean"),
      fc.oneof(anyNumber, anyText, fc.boolean())
    )
    .map(([type, basicValue]) => ({ type, basicValue })),
  fc.constant({ type: "Entity", text: "Contoso", properties: {} })
);

/** Anything a single cell can hold, as Excel passes it. */
const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: anyNumber },
  { weight: 3, arbitrary: anyText },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: blank },
  { weight: 2, arbitrary: errorValue },
  { weight: 2, arbitrary: dataTypeWrapper }
);

function rectangle(cell: fc.Arbitrary<unknown>, maxRows: number, maxColumns: number) {
  return fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxColumns }))
    .chain(([rows, columns]) =>
      fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      })
    );
}

const asRow = (cells: unknown[]): unknown[][] => [cells];
const asColumn = (cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);

/** Oversized ranges, built cheaply: mostly well-formed, sometimes with one bad cell. */
const LARGE_RANGES: Record<string, () => unknown[][]> = {
  "5000x3 tiers": () =>
    Array.from({ length: 5000 }, (_, i) => [
      i < 4999 ? (i + 1) * 10 : "",
      (i % 7) / 100,
      i % 3 ? "" : 1,
    ]),
  "5000x2 schedule": () => Array.from({ length: 5000 }, (_, i) => [1 - i / 10000, (i % 100) / 100]),
  "2000 usage column": () => Array.from({ length: 2000 }, (_, i) => [i % 50]),
  "2000 usage row": () => [Array.from({ length: 2000 }, (_, i) => i % 50)],
  "1200 usage column": () => Array.from({ length: 1200 }, (_, i) => [(i * 7) % 13]),
  "1201 ramp column": () => Array.from({ length: 1201 }, (_, i) => [((i % 5) - 2) / 10]),
  "1000x10 grid": () =>
    Array.from({ length: 1000 }, (_, i) => Array.from({ length: 10 }, (_, j) => i * j)),
};

const largeRange: fc.Arbitrary<unknown[][]> = fc
  .record({
    kind: fc.constantFrom(...Object.keys(LARGE_RANGES)),
    corruptAt: fc.option(fc.nat(), { nil: undefined }),
    bad: anyCell,
  })
  .map(({ kind, corruptAt, bad }) => {
    const range = LARGE_RANGES[kind]();
    if (corruptAt !== undefined) {
      const row = range[corruptAt % range.length];
      row[corruptAt % row.length] = bad;
    }
    return range;
  });

/** Anything Excel may pass where a range is expected, from well-formed tables to bare scalars. */
function anyRange(cell: fc.Arbitrary<unknown> = anyCell): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: rectangle(cell, 6, 4) },
    { weight: 2, arbitrary: fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 }) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>([], [[]], [[""]], [[null]], [[], []]) },
    { weight: 2, arbitrary: cell.map((value) => [[value]]) },
    { weight: 2, arbitrary: cell },
    { weight: 1, arbitrary: fc.array(cell, { minLength: 1, maxLength: 8 }).map(asRow) },
    { weight: 1, arbitrary: fc.array(cell, { minLength: 1, maxLength: 8 }).map(asColumn) },
    { weight: 1, arbitrary: fc.array(cell, { minLength: 1, maxLength: 8 }) },
    { weight: 1, arbitrary: largeRange }
  );
}

/** A bad scalar argument: any cell, now and then a range where one value is expected. */
const badScalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 9, arbitrary: anyCell },
  { weight: 1, arbitrary: rectangle(anyCell, 3, 3) }
);

/** Mostly a plausible value, sometimes a bad one, so that both outcomes occur often. */
function mostly<T>(valid: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown>, validWeight = 7) {
  return fc.oneof({ weight: validWeight, arbitrary: valid }, { weight: 1, arbitrary: bad });
}

/** A plain number, or now and then the same number as a Double data type. */
function maybeWrapped(numbers: fc.Arbitrary<number>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: numbers },
    { weight: 1, arbitrary: numbers.map((basicValue) => ({ type: "Double", basicValue })) }
  );
}

const optionalBlank = fc.constantFrom(undefined, null, "");

const nonNegative: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 1, 5, 6, 10, 100, 1e6, 2e9, 0.1, 5e-324),
  fc.integer({ min: 0, max: 100000 }),
  fc.integer({ min: 0, max: 1000000 }).map((n) => n / 100),
  fc.double({ min: 0, max: 1e9, noNaN: true })
);

const share: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 1, 0.5, 0.999, 0.9989, 0.995, 0.99, 0.95),
  fc.double({ min: 0, max: 1, noNaN: true })
);

const change: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 0.05, -0.15, -0.1, 0.03, 1, -0.99),
  fc.double({ min: -0.99, max: 2, noNaN: true })
);

function list(cell: fc.Arbitrary<unknown>, length: number): fc.Arbitrary<unknown[][]> {
  return fc
    .tuple(fc.array(cell, { minLength: length, maxLength: length }), fc.boolean())
    .map(([cells, row]) => (row ? asRow(cells) : asColumn(cells)));
}

// TIEREDCOST ----------------------------------------------------------------------------------

/** A valid tier table: increasing bounds, last bound blank (or 0) or bounded, optional fees, spare rows. */
const validTiers: fc.Arbitrary<unknown[][]> = fc
  .record({
    tiers: fc.array(
      fc.record({
        gap: fc.oneof(
          fc.integer({ min: 1, max: 1000 }),
          fc.double({ min: 0.001, max: 1000, noNaN: true })
        ),
        price: maybeWrapped(nonNegative),
        fee: fc.oneof(
          { weight: 3, arbitrary: fc.constant("") },
          { weight: 1, arbitrary: maybeWrapped(nonNegative) }
        ),
      }),
      { minLength: 1, maxLength: 6 }
    ),
    lastBound: fc.constantFrom<unknown>("", "", null, 0, "bounded"),
    spareRows: fc.nat(2),
  })
  .map(({ tiers, lastBound, spareRows }) => {
    let bound = 0;
    const rows: unknown[][] = tiers.map(({ gap, price, fee }, i) => {
      bound += gap;
      const last = i === tiers.length - 1;
      return [last && lastBound !== "bounded" ? lastBound : bound, price, fee];
    });
    for (let i = 0; i < spareRows; i++) rows.push(["", "", ""]);
    return rows;
  });

/** A valid table with one cell replaced by anything. */
const tiersWithOneBadCell: fc.Arbitrary<unknown[][]> = validTiers.chain((rows) =>
  fc
    .record({ row: fc.nat(rows.length - 1), column: fc.nat(2), bad: anyCell })
    .map(({ row, column, bad }) =>
      rows.map((cells, r) =>
        r === row ? cells.map((cell, c) => (c === column ? bad : cell)) : cells
      )
    )
);

const tierMode = fc.constantFrom<unknown>(
  undefined,
  null,
  "",
  "graduated",
  "volume",
  "stairstep",
  "Tiered",
  " BULK ",
  "VOLUME"
);

const tieredCostCalls: fc.Arbitrary<[unknown[], boolean]> = fc.tuple(
  fc.tuple(
    mostly(maybeWrapped(nonNegative), badScalar),
    fc.oneof(
      { weight: 7, arbitrary: validTiers },
      { weight: 1, arbitrary: tiersWithOneBadCell },
      { weight: 1, arbitrary: anyRange() }
    ),
    mostly(tierMode, badScalar),
    mostly(fc.constantFrom<unknown>(undefined, null, "", 1, 1000, 1e6, 0.5, 3), badScalar)
  ),
  fc.boolean()
);

// ROLLOVER ------------------------------------------------------------------------------------

const usageCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: maybeWrapped(nonNegative) },
  { weight: 1, arbitrary: fc.constantFrom("", null) }
);

const rolloverCalls: fc.Arbitrary<[unknown[], boolean]> = fc
  .oneof(
    { weight: 30, arbitrary: fc.integer({ min: 1, max: 24 }) },
    { weight: 1, arbitrary: fc.constant(1200) }
  )
  .chain((periods) =>
    fc.tuple(
      fc.tuple(
        mostly(
          fc.oneof(
            maybeWrapped(nonNegative),
            maybeWrapped(nonNegative).map((c) => [[c]]),
            list(maybeWrapped(nonNegative), periods)
          ),
          anyRange()
        ),
        mostly(list(usageCell, periods), anyRange()),
        mostly(fc.oneof(optionalBlank, maybeWrapped(share)), badScalar),
        mostly(
          fc.oneof(optionalBlank, fc.integer({ min: 1, max: 24 }), fc.constant(1e15)),
          badScalar
        ),
        mostly(fc.oneof(optionalBlank, fc.integer({ min: 1, max: 24 })), badScalar)
      ),
      fc.boolean()
    )
  );

// SLACREDIT -----------------------------------------------------------------------------------

const tableSchedule: fc.Arbitrary<unknown[]> = fc
  .tuple(
    fc.array(fc.tuple(maybeWrapped(share), maybeWrapped(share)), { minLength: 1, maxLength: 5 }),
    optionalBlank,
    optionalBlank
  )
  .map(([rows, perStep, step]) => [rows, perStep, step]);

const linearSchedule: fc.Arbitrary<unknown[]> = fc.tuple(
  fc.oneof(
    maybeWrapped(share),
    maybeWrapped(share).map((target) => [[target]])
  ),
  maybeWrapped(
    fc.oneof(fc.constantFrom(0.02, 0.1, 1), fc.double({ min: 1e-6, max: 1, noNaN: true }))
  ),
  fc.oneof(optionalBlank, maybeWrapped(fc.constantFrom(0.001, 0.0001, 0.01, 0.005, 5e-324)))
);

const slaCreditCalls: fc.Arbitrary<[unknown[], boolean]> = fc.tuple(
  fc
    .tuple(
      mostly(maybeWrapped(share), badScalar),
      mostly(maybeWrapped(nonNegative), badScalar),
      fc.oneof(
        { weight: 6, arbitrary: fc.oneof(tableSchedule, linearSchedule) },
        { weight: 1, arbitrary: fc.tuple(anyRange(), badScalar, badScalar) }
      ),
      mostly(fc.oneof(optionalBlank, maybeWrapped(share)), badScalar)
    )
    .map(([uptime, fee, [schedule, perStep, step], cap]) => [
      uptime,
      fee,
      schedule,
      perStep,
      step,
      cap,
    ]),
  fc.boolean()
);

// RAMPPRICE -----------------------------------------------------------------------------------

const rampPriceCalls: fc.Arbitrary<[unknown[], boolean]> = fc.tuple(
  fc.tuple(
    mostly(maybeWrapped(nonNegative), badScalar),
    mostly(
      maybeWrapped(fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constantFrom(1, 12, 1200))),
      badScalar
    ),
    mostly(
      fc.oneof(
        optionalBlank,
        fc.integer({ min: 1, max: 30 }).chain((length) => list(maybeWrapped(change), length))
      ),
      anyRange()
    ),
    mostly(fc.oneof(optionalBlank, maybeWrapped(change)), badScalar),
    mostly(fc.oneof(optionalBlank, fc.integer({ min: 1, max: 60 })), badScalar)
  ),
  fc.boolean()
);

// ---------------------------------------------------------------------------------------------
// The fuzz runs
// ---------------------------------------------------------------------------------------------

const CALLS: Record<FunctionName, fc.Arbitrary<[unknown[], boolean]>> = {
  TIEREDCOST: tieredCostCalls,
  ROLLOVER: rolloverCalls,
  SLACREDIT: slaCreditCalls,
  RAMPPRICE: rampPriceCalls,
};

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

// ---------------------------------------------------------------------------------------------
// Targeted bad input: #VALUE! with a message naming the argument and what was received
// ---------------------------------------------------------------------------------------------

const TIERS = [
  [5, 5],
  [10, 4],
  ["", 3],
];
const USAGE = [[80], [100], [120]];
const TABLE = [
  [0.999, 0.1],
  [0.99, 0.25],
];
const RAMP = [[0], [-0.15], [-0.1]];

const TIEREDCOST = (...args: unknown[]) => FUNCTIONS.TIEREDCOST(...args);
const ROLLOVER = (...args: unknown[]) => FUNCTIONS.ROLLOVER(...args);
const SLACREDIT = (...args: unknown[]) => FUNCTIONS.SLACREDIT(...args);
const RAMPPRICE = (...args: unknown[]) => FUNCTIONS.RAMPPRICE(...args);

/** One argument (or one cell of a range argument) of a call that is otherwise valid. */
interface ArgumentSlot {
  fn: FunctionName;
  /** How the message names the place, e.g. "units" or "tiers row 1 (price)". */
  place: string;
  call: (value: unknown) => unknown;
}

const NUMBER_SLOTS: ArgumentSlot[] = [
  { fn: "TIEREDCOST", place: "units", call: (v) => TIEREDCOST(v, TIERS, "volume", 1) },
  {
    fn: "TIEREDCOST",
    place: "tiers row 1 (bound)",
    call: (v) =>
      TIEREDCOST(6, [
        [v, 5],
        ["", 4],
      ]),
  },
  {
    fn: "TIEREDCOST",
    place: "tiers row 2 (price)",
    call: (v) =>
      TIEREDCOST(6, [
        [5, 5],
        ["", v],
      ]),
  },
  {
    fn: "TIEREDCOST",
    place: "tiers row 1 (flat fee)",
    call: (v) =>
      TIEREDCOST(6, [
        [5, 5, v],
        ["", 4],
      ]),
  },
  { fn: "TIEREDCOST", place: "per", call: (v) => TIEREDCOST(6, TIERS, "volume", v) },
  { fn: "ROLLOVER", place: "commit", call: (v) => ROLLOVER(v, USAGE, 0.5, 2, 12) },
  { fn: "ROLLOVER", place: "commit row 2", call: (v) => ROLLOVER([[100], [v], [100]], USAGE) },
  { fn: "ROLLOVER", place: "usage row 2", call: (v) => ROLLOVER(100, [[80], [v], [120]]) },
  { fn: "ROLLOVER", place: "cap", call: (v) => ROLLOVER(100, USAGE, v, 2, 12) },
  { fn: "ROLLOVER", place: "expiry", call: (v) => ROLLOVER(100, USAGE, 0.5, v, 12) },
  { fn: "ROLLOVER", place: "trueup", call: (v) => ROLLOVER(100, USAGE, 0.5, 2, v) },
  { fn: "SLACREDIT", place: "uptime", call: (v) => SLACREDIT(v, 1000, 0.999, 0.02, 0.001, 0.5) },
  { fn: "SLACREDIT", place: "fee", call: (v) => SLACREDIT(0.99, v, 0.999, 0.02, 0.001, 0.5) },
  { fn: "SLACREDIT", place: "schedule", call: (v) => SLACREDIT(0.99, 1000, v, 0.02, 0.001, 0.5) },
  { fn: "SLACREDIT", place: "per_step", call: (v) => SLACREDIT(0.99, 1000, 0.999, v, 0.001, 0.5) },
  { fn: "SLACREDIT", place: "step", call: (v) => SLACREDIT(0.99, 1000, 0.999, 0.02, v, 0.5) },
  { fn: "SLACREDIT", place: "cap", call: (v) => SLACREDIT(0.99, 1000, 0.999, 0.02, 0.001, v) },
  {
    fn: "SLACREDIT",
    place: "schedule row 2 (credit share)",
    call: (v) =>
      SLACREDIT(0.99, 1000, [
        [0.999, 0.1],
        [0.995, v],
      ]),
  },
  { fn: "RAMPPRICE", place: "base", call: (v) => RAMPPRICE(v, 4, RAMP, 0.05, 3) },
  { fn: "RAMPPRICE", place: "period", call: (v) => RAMPPRICE(3, v, RAMP, 0.05, 3) },
  {
    fn: "RAMPPRICE",
    place: "ramp row 2",
    call: (v) => RAMPPRICE(3, 4, [[0], [v], [-0.1]], 0.05, 3),
  },
  { fn: "RAMPPRICE", place: "uplift", call: (v) => RAMPPRICE(3, 4, RAMP, v, 3) },
  { fn: "RAMPPRICE", place: "term", call: (v) => RAMPPRICE(3, 4, RAMP, 0.05, v) },
];

/** Whole arguments a call cannot do without; blank ones must be reported as "a blank". */
const REQUIRED_SLOTS: ArgumentSlot[] = [
  { fn: "TIEREDCOST", place: "units", call: (v) => TIEREDCOST(v, TIERS) },
  { fn: "TIEREDCOST", place: "tiers", call: (v) => TIEREDCOST(6, v) },
  { fn: "ROLLOVER", place: "commit", call: (v) => ROLLOVER(v, USAGE) },
  { fn: "ROLLOVER", place: "usage", call: (v) => ROLLOVER(100, v) },
  { fn: "SLACREDIT", place: "uptime", call: (v) => SLACREDIT(v, 1000, TABLE) },
  { fn: "SLACREDIT", place: "fee", call: (v) => SLACREDIT(0.99, v, TABLE) },
  { fn: "SLACREDIT", place: "schedule", call: (v) => SLACREDIT(0.99, 1000, v) },
  { fn: "SLACREDIT", place: "per_step", call: (v) => SLACREDIT(0.99, 1000, 0.999, v) },
  { fn: "RAMPPRICE", place: "base", call: (v) => RAMPPRICE(v, 4, RAMP) },
  { fn: "RAMPPRICE", place: "period", call: (v) => RAMPPRICE(3, v, RAMP) },
];

const RANGE_PLACES = new Set(["tiers", "commit", "usage", "schedule"]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The call's #VALUE!, checked to start "DEAL.<FN>: <place>:" and to say what was received. */
function expectValueError(slot: ArgumentSlot, value: unknown, received: string): void {
  const error = excelError(() => slot.call(value));
  expect(error.code).toBe("#VALUE!");
  // The place, perhaps followed by the row and column of the one cell at fault.
  const place = `${escapeRegExp(slot.place)}( row \\d+)?( \\([^)]*\\))?`;
  expect(error.message).toMatch(new RegExp(`^DEAL\\.${slot.fn}: ${place}: `));
  expect(error.message).toContain(received);
}

const slotCases = (slots: ArgumentSlot[]) =>
  slots.map((slot) => [`DEAL.${slot.fn}`, slot.place, slot] as const);

describe("DEAL functions name the argument and what they received", () => {
  it.each(slotCases(NUMBER_SLOTS))(
    "%s rejects text in %s as #VALUE! quoting the text",
    (_fn, _place, slot) => expectValueError(slot, "abc", 'text "abc"')
  );

  it.each(slotCases(NUMBER_SLOTS))(
    "%s rejects TRUE in %s as #VALUE! saying TRUE",
    (_fn, _place, slot) => expectValueError(slot, true, "TRUE")
  );

  it.each(slotCases(NUMBER_SLOTS))(
    "%s rejects a #DIV/0! error value in %s as #VALUE! naming #DIV/0!",
    (_fn, _place, slot) => expectValueError(slot, DIV0, "#DIV/0!")
  );

  it.each(slotCases(NUMBER_SLOTS))(
    "%s rejects the text #N/A in %s as #VALUE! quoting it",
    (_fn, _place, slot) => expectValueError(slot, "#N/A", 'text "#N/A"')
  );

  it.each(slotCases(REQUIRED_SLOTS))(
    "%s rejects a blank required %s as #VALUE! saying it got a blank",
    (_fn, place, slot) => {
      const blanks: unknown[] = [undefined, null, "", { type: "Empty", basicValue: "" }];
      if (RANGE_PLACES.has(place)) blanks.push([[""]], [[null, null]], []);
      for (const value of blanks) expectValueError(slot, value, "a blank");
    }
  );

  it("DEAL.TIEREDCOST rejects a mode that is text, TRUE or an error, naming what it got", () => {
    const slot: ArgumentSlot = {
      fn: "TIEREDCOST",
      place: "mode",
      call: (v) => TIEREDCOST(6, TIERS, v),
    };
    expectValueError(slot, "linear", 'text "linear"');
    expectValueError(slot, true, "TRUE");
    expectValueError(slot, DIV0, "#DIV/0!");
  });

  const wholeRanges: ArgumentSlot[] = [
    { fn: "TIEREDCOST", place: "tiers", call: (v) => TIEREDCOST(6, v) },
    { fn: "ROLLOVER", place: "commit", call: (v) => ROLLOVER(v, USAGE) },
    { fn: "ROLLOVER", place: "usage", call: (v) => ROLLOVER(100, v) },
    { fn: "SLACREDIT", place: "schedule", call: (v) => SLACREDIT(0.99, 1000, v, 0.02) },
    { fn: "RAMPPRICE", place: "ramp", call: (v) => RAMPPRICE(3, 4, v) },
  ];

  it.each(slotCases(wholeRanges))(
    "%s names an error value passed as the whole %s range (e.g. a FILTER that gave #CALC!)",
    (_fn, _place, slot) => {
      expectValueError(slot, DIV0, "#DIV/0!");
      expectValueError(slot, [[DIV0]], "#DIV/0!");
    }
  );

  it.each([
    ["DEAL.TIEREDCOST", "tiers", "1 column", () => TIEREDCOST(6, [[5], [10], [""]])],
    [
      "DEAL.TIEREDCOST",
      "tiers",
      "4 columns",
      () =>
        TIEREDCOST(6, [
          [5, 5, 0, 1],
          ["", 4, 0, 1],
        ]),
    ],
  ])(
    "%s rejects a %s table of the wrong width, saying how many columns it got (%s)",
    (_fn, _place, got, call) => {
      const error = excelError(call);
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toMatch(/^DEAL\.TIEREDCOST: tiers: /);
      expect(error.message).toContain("2 or 3 columns");
      expect(error.message).toContain(`got ${got}`);
    }
  );

  it.each([
    [
      "DEAL.ROLLOVER",
      "usage",
      () =>
        ROLLOVER(100, [
          [1, 2],
          [3, 4],
        ]),
    ],
    [
      "DEAL.ROLLOVER",
      "commit",
      () =>
        ROLLOVER(
          [
            [1, 2],
            [3, 4],
          ],
          [[1, 2, 3, 4]]
        ),
    ],
    [
      "DEAL.RAMPPRICE",
      "ramp",
      () =>
        RAMPPRICE(3, 4, [
          [0, 0.1],
          [0.1, 0],
        ]),
    ],
  ])("%s rejects a 2×2 %s range as #VALUE!: a single row or a single column", (fn, place, call) => {
    const error = excelError(call);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(new RegExp(`^${escapeRegExp(fn)}: ${place}: `));
    expect(error.message).toContain("a single row or a single column");
    expect(error.message).toContain("2 rows × 2 columns");
  });

  it("DEAL.SLACREDIT rejects a three-column schedule, saying it got 2 rows × 3 columns", () => {
    const error = excelError(() =>
      SLACREDIT(0.99, 1000, [
        [0.999, 0.1, 1],
        [0.99, 0.25, 1],
      ])
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^DEAL\.SLACREDIT: schedule: /);
    expect(error.message).toContain("two columns");
    expect(error.message).toContain("2 rows × 3 columns");
  });

  it("DEAL.ROLLOVER rejects 2000 periods of usage, saying how many it got", () => {
    const usage = Array.from({ length: 2000 }, () => [1]);
    const error = excelError(() => ROLLOVER(1, usage));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^DEAL\.ROLLOVER: usage: /);
    expect(error.message).toContain("2000 periods");
  });
});

// ---------------------------------------------------------------------------------------------
// Results too large, -0 and data-type wrappers
// ---------------------------------------------------------------------------------------------

describe("DEAL functions on extreme but valid input", () => {
  it.each([
    ["DEAL.TIEREDCOST", "cost of 1e308 units at 10", () => TIEREDCOST(1e308, [["", 10]])],
    [
      "DEAL.TIEREDCOST",
      "volume cost of 1e308 units at 2",
      () => TIEREDCOST(1e308, [["", 2]], "volume"),
    ],
    ["DEAL.RAMPPRICE", "price 1e308 × 11²", () => RAMPPRICE(1e308, 3, [[0]], 10, 1)],
    [
      "DEAL.RAMPPRICE",
      "price uplifted by 1e308 for 1199 periods",
      () => RAMPPRICE(1, 1200, "", 1e308, 1),
    ],
    ["DEAL.ROLLOVER", "carry of 2 × 1e308", () => ROLLOVER([[1e308], [1e308]], [[0], [0]])],
  ])("%s answers #NUM! for a %s, saying it is larger than a cell can hold", (fn, _what, call) => {
    const error = excelError(call);
    expect(error.code).toBe("#NUM!");
    expect(error.message.startsWith(`${fn}: `)).toBe(true);
    expect(error.message).toContain("larger than");
  });

  it.each([
    ["DEAL.TIEREDCOST", "graduated", () => TIEREDCOST(-0, [["", -0, -0]])],
    ["DEAL.TIEREDCOST", "volume", () => TIEREDCOST(1, [["", -0, -0]], "volume")],
    ["DEAL.TIEREDCOST", "stairstep", () => TIEREDCOST(1, [["", -0, -0]], "stairstep")],
    ["DEAL.TIEREDCOST", "volume, tiny units", () => TIEREDCOST(-0, [["", 5e-324, -0]], "volume")],
    ["DEAL.SLACREDIT", "table", () => SLACREDIT(-0, -0, [[-0, -0]])],
    ["DEAL.SLACREDIT", "linear", () => SLACREDIT(-0, -0, -0, 0.02)],
    ["DEAL.RAMPPRICE", "ramped", () => RAMPPRICE(-0, 2, [[-0], [-0]], -0, 1)],
  ])("%s answers 0, never -0, when every number is -0 (%s)", (_fn, _how, call) => {
    const result = call();
    expect(Object.is(result, -0) ? "-0" : result).toBe(0);
  });

  it("DEAL.SLACREDIT prices a 200000-row schedule whose every threshold the uptime is below", () => {
    // Every row is owed, so the largest share is taken over all 200000 of them.
    const schedule = Array.from({ length: 200_000 }, () => [0.999, 0.1]);
    expect(callCell(() => SLACREDIT(0.5, 100, schedule))).toEqual({ value: 10 });
  });

  it("DEAL.ROLLOVER spills 0, never -0, when every number is -0", () => {
    const spill = ROLLOVER(-0, [[-0], [-0]], -0, 1, 1) as number[][];
    expect(spill.flat().map((x) => (Object.is(x, -0) ? "-0" : x))).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
  });

  it.each([
    [
      "DEAL.TIEREDCOST",
      "a mode given as a String data type",
      () => TIEREDCOST(6, TIERS, { type: "String", basicValue: "volume" }),
      () => TIEREDCOST(6, TIERS, "volume"),
    ],
    [
      "DEAL.TIEREDCOST",
      "a last bound of 0 given as a Double data type",
      () =>
        TIEREDCOST(12, [
          [10, 1],
          [{ type: "Double", basicValue: 0 }, 2],
        ]),
      () =>
        TIEREDCOST(12, [
          [10, 1],
          [0, 2],
        ]),
    ],
    [
      "DEAL.ROLLOVER",
      "every number given as a Double data type",
      () =>
        ROLLOVER(
          { type: "Double", basicValue: 100 },
          [[{ type: "Double", basicValue: 80 }], [120]],
          { type: "Double", basicValue: 0.5 }
        ),
      () => ROLLOVER(100, [[80], [120]], 0.5),
    ],
    [
      "DEAL.SLACREDIT",
      "every number given as a Double data type",
      () =>
        SLACREDIT(
          { type: "Double", basicValue: 0.99 },
          { type: "FormattedNumber", basicValue: 1000 },
          [[{ type: "Double", basicValue: 0.999 }, 0.1]]
        ),
      () => SLACREDIT(0.99, 1000, [[0.999, 0.1]]),
    ],
    [
      "DEAL.RAMPPRICE",
      "every number given as a Double data type",
      () =>
        RAMPPRICE(
          { type: "Double", basicValue: 3 },
          { type: "Double", basicValue: 4 },
          [[{ type: "Double", basicValue: -0.15 }]],
          { type: "Double", basicValue: 0.05 }
        ),
      () => RAMPPRICE(3, 4, [[-0.15]], 0.05),
    ],
  ])("%s reads %s as its basic value", (_fn, _what, wrapped, plain) => {
    expect(callCell(wrapped)).toEqual(callCell(plain));
  });
});
