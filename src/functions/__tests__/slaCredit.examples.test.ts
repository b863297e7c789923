import { slaCreditFunction as SLACREDIT } from "../slaCredit";
import { excelError } from "../../../test/support/cellCall";

const bedrockLike = [
  [0.999, 0.1],
  [0.99, 0.25],
  [0.95, 1.0],
];

describe("DEAL.SLACREDIT worked examples", () => {
  it.each([
    [0.999, 0],
    [0.9989, 10000],
    [0.99, 10000],
    [0.9899, 25000],
    [0.95, 25000],
    [0.9499, 100000],
  ])("credits uptime %p under a threshold table at %p of a 100000 fee", (uptime, credit) => {
    expect(SLACREDIT(uptime, 100000, bedrockLike)).toBe(credit);
  });

  it.each([
    [0.9989, 17000],
    [0.998, 17000],
    [0.9975, 34000],
    [0.99, 153000],
    [0.9, 850000],
  ])("credits uptime %p at 2%% per 0.1%% below 99.9%% of 850000: %p", (uptime, credit) => {
    expect(SLACREDIT(uptime, 850000, [[0.999]], 0.02)).toBe(credit);
  });

  it("caps the linear share: 1% per 0.1% capped at 50% of 40000 at 96% uptime is 15600", () => {
    expect(SLACREDIT(0.96, 40000, [[0.999]], 0.01, null, 0.5)).toBe(15600);
    expect(SLACREDIT(0.5, 40000, [[0.999]], 0.01, null, 0.5)).toBe(20000);
  });
});

describe("DEAL.SLACREDIT rules", () => {
  it("earns nothing at exactly a threshold or the target", () => {
    expect(SLACREDIT(0.99, 100, [[0.99, 0.5]])).toBe(0);
    expect(SLACREDIT(0.999, 100, [[0.999]], 0.5)).toBe(0);
    expect(SLACREDIT(1, 100, [[0.999]], 0.5)).toBe(0);
  });

  it("reads the table in any order and ignores all-blank rows", () => {
    const shuffled = [
      [0.95, 1],
      ["", ""],
      [0.999, 0.1],
      [0.99, 0.25],
      ["", ""],
    ];
    expect(SLACREDIT(0.9899, 100000, shuffled)).toBe(25000);
  });

  it("counts any portion of a step as a whole step, using the exact quotient", () => {
    // 0.999 - 0.9979 = 0.0011: 1.1 steps → 2. In floats the shortfall is 0.0010999999999999899.
    expect(SLACREDIT(0.9979, 1000, [[0.999]], 0.02)).toBe(40);
    // 0.3 - 0.1 is exactly 2 steps of 0.1 in decimals (floats would give 1.9999999999999998 → 2, or 3 steps).
    expect(SLACREDIT(0.1, 1000, [[0.3]], 0.1, 0.1)).toBe(200);
  });

  it("takes a single number typed in the formula as the target, wrapped by Excel or not", () => {
    expect(SLACREDIT(0.9989, 850000, [[0.999]], 0.02)).toBe(17000);
    const bare = 0.999 as unknown as unknown[][]; // a host that passes a typed-in value unwrapped
    expect(SLACREDIT(0.9989, 850000, bare, 0.02)).toBe(17000);
  });

  it("accepts any per_step above 0, as the contract says, and caps the share", () => {
    expect(SLACREDIT(0.998, 1000, [[0.999]], 2)).toBe(1000);
    expect(SLACREDIT(0.998, 1000, [[0.999]], 2, undefined, 0.5)).toBe(500);
  });

  it("applies the cap to table shares too", () => {
    expect(SLACREDIT(0.5, 1000, bedrockLike, null, null, 0.3)).toBe(300);
  });
});

describe("DEAL.SLACREDIT errors", () => {
  it.each([
    [
      "uptime above 1",
      () => SLACREDIT(99.9, 1, bedrockLike),
      "uptime: expected an uptime from 0 to 1; got 99.9. Enter 99.9% as 0.999",
    ],
    [
      "negative uptime",
      () => SLACREDIT(-0.1, 1, bedrockLike),
      "uptime: expected an uptime from 0 to 1; got -0.1.",
    ],
    [
      "text fee",
      () => SLACREDIT(0.99, "ten", bedrockLike),
      'fee: expected a number ≥ 0; got text "ten"',
    ],
    [
      "blank fee",
      () => SLACREDIT(0.99, "", bedrockLike),
      "fee: expected a number ≥ 0; got a blank",
    ],
    [
      "three columns",
      () => SLACREDIT(0.99, 1, [[0.9, 0.1, 3]]),
      "schedule: expected a table of two columns (uptime threshold, credit share) or one number (the uptime target); got 1 rows × 3 columns",
    ],
    [
      "blank share",
      () =>
        SLACREDIT(0.99, 1, [
          [0.999, 0.1],
          [0.99, ""],
        ]),
      "schedule row 2 (credit share): expected a share from 0 to 1 (25% is 0.25); got a blank",
    ],
    [
      "share above 1",
      () => SLACREDIT(0.99, 1, [[0.999, 10]]),
      "schedule row 1 (credit share): expected a share from 0 to 1 (25% is 0.25); got 10",
    ],
    [
      "threshold above 1",
      () => SLACREDIT(0.99, 1, [[99.9, 0.1]]),
      "schedule row 1 (threshold): expected a share from 0 to 1",
    ],
    [
      "per_step with a table",
      () => SLACREDIT(0.99, 1, bedrockLike, 0.02),
      "per_step: expected blank when schedule is a table",
    ],
    [
      "step with a table",
      () => SLACREDIT(0.99, 1, bedrockLike, null, 0.001),
      "step: expected blank when schedule is a table",
    ],
    [
      "missing per_step",
      () => SLACREDIT(0.99, 1, [[0.999]]),
      "per_step: expected a share of the fee > 0 when schedule is an uptime target (2% is 0.02); got a blank",
    ],
    [
      "a zero per_step",
      () => SLACREDIT(0.99, 1, [[0.999]], 0),
      "per_step: expected a share of the fee > 0 when schedule is an uptime target (2% is 0.02); got 0",
    ],
    [
      "zero step",
      () => SLACREDIT(0.99, 1, [[0.999]], 0.02, 0),
      "step: expected a number > 0; got 0",
    ],
    [
      "cap above 1",
      () => SLACREDIT(0.99, 1, bedrockLike, null, null, 2),
      "cap: expected a share from 0 to 1",
    ],
    [
      "empty schedule",
      () => SLACREDIT(0.99, 1, [["", ""]]),
      "schedule: expected a table of two columns",
    ],
  ])("rejects %s with #VALUE! and says why", (_case, call, message) => {
    const error = excelError(call);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain(`DEAL.SLACREDIT: ${message}`);
  });
});
