import { excelError } from "../../../test/support/cellCall";
import {
  FunctionName,
  RAMP,
  RAMPPRICE,
  ROLLOVER,
  COMMITCOST,
  SLACREDIT,
  TABLE,
  TIEREDCOST,
  TIERS,
  USAGE,
} from "./support/dealFunctions";
import { DIV0 } from "./support/excelValues";

/*
 * Targeted bad input: text, TRUE, error values and blanks in each argument, and ranges of the
 * wrong shape or size, each answered with #VALUE! and a message naming the argument and what
 * was received.
 */

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
  { fn: "COMMITCOST", place: "commit", call: (v) => COMMITCOST(v, USAGE, 0.5, 2, 12) },
  { fn: "COMMITCOST", place: "usage row 2", call: (v) => COMMITCOST(100, [[80], [v], [120]]) },
  { fn: "COMMITCOST", place: "cap", call: (v) => COMMITCOST(100, USAGE, v) },
  { fn: "COMMITCOST", place: "trueup", call: (v) => COMMITCOST(100, USAGE, 0.5, 2, v) },
  {
    fn: "COMMITCOST",
    place: "rate",
    call: (v) => COMMITCOST(100, USAGE, 0.5, 2, 12, v, 0.8, 2, 3),
  },
  {
    fn: "COMMITCOST",
    place: "scale",
    call: (v) => COMMITCOST(100, USAGE, 0.5, 2, 12, 1.1, v, 2, 3),
  },
  {
    fn: "COMMITCOST",
    place: "burst",
    call: (v) => COMMITCOST(100, USAGE, 0.5, 2, 12, 1.1, 0.8, v, 3),
  },
  {
    fn: "COMMITCOST",
    place: "window",
    call: (v) => COMMITCOST(100, USAGE, 0.5, 2, 12, 1.1, 0.8, 2, v),
  },
];

/** Whole arguments a call cannot do without; blank ones must be reported as "a blank". */
const REQUIRED_SLOTS: ArgumentSlot[] = [
  { fn: "TIEREDCOST", place: "units", call: (v) => TIEREDCOST(v, TIERS) },
  { fn: "TIEREDCOST", place: "tiers", call: (v) => TIEREDCOST(6, v) },
  { fn: "ROLLOVER", place: "commit", call: (v) => ROLLOVER(v, USAGE) },
  { fn: "ROLLOVER", place: "usage", call: (v) => ROLLOVER(100, v) },
  { fn: "COMMITCOST", place: "commit", call: (v) => COMMITCOST(v, USAGE) },
  { fn: "COMMITCOST", place: "usage", call: (v) => COMMITCOST(100, v) },
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
