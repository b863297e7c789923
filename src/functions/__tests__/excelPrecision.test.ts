import fc from "fast-check";
import Decimal from "decimal.js";
import { SLA_SCHEDULES } from "../../content/catalog/slaSchedules";
import { RAMPPRICE, ROLLOVER, SLACREDIT, TIEREDCOST } from "./support/dealFunctions";

/*
 * The first rule, as a cell meets it: each input number is taken as Excel holds it, at 15
 * significant digits, so a value computed in the sheet counts as the value the sheet shows.
 */

const MINUTES_A_DAY = 24 * 60;
const FEE = 1_000_000;

describe("inputs computed in the sheet count at the value Excel shows", () => {
  it("owes nothing for an uptime computed exactly at the target (the issue's example)", () => {
    // (43800 − 43.8) / 43800 is the double 0.9989999999999999; Excel shows 0.999.
    expect(
      SLACREDIT((43800 - 43.8) / 43800, 1000000, [
        [0.999, 0.1],
        [0.99, 0.25],
      ])
    ).toBe(0);
    expect(SLACREDIT((43800 - 43.8) / 43800, 850000, [[0.999]], 0.02)).toBe(0);
  });

  describe.each(SLA_SCHEDULES.map((s) => [`${s.vendor}, ${s.service}`, s] as const))(
    "uptime from downtime minutes under %s",
    (_name, schedule) => {
      const table = schedule.rows.map((row) => [row.threshold, row.share]);
      /** The credit share for an exact uptime: the largest share whose threshold it is below. */
      const exactShare = (uptime: Decimal) =>
        Math.max(0, ...schedule.rows.filter((r) => uptime.lt(r.threshold)).map((r) => r.share));

      const cases = schedule.rows.flatMap(({ threshold }) =>
        [28, 29, 30, 31].flatMap((days) => {
          const minutes = days * MINUTES_A_DAY;
          // The downtime a report gives at the threshold, typed with its decimals (43.2 minutes).
          const atThreshold = new Decimal(minutes).times(new Decimal(1).minus(threshold));
          return [-0.1, 0, 0.1].map((extra) => ({
            threshold,
            days,
            minutes,
            downtime: atThreshold.plus(extra).toNumber(),
          }));
        })
      );

      it.each(cases)(
        "threshold $threshold, $days days, $downtime minutes down",
        ({ minutes, downtime }) => {
          const exact = new Decimal(minutes).minus(downtime).div(minutes);
          // As a sheet computes it, either way round.
          expect(SLACREDIT((minutes - downtime) / minutes, FEE, table)).toBe(
            FEE * exactShare(exact)
          );
          expect(SLACREDIT(1 - downtime / minutes, FEE, table)).toBe(FEE * exactShare(exact));
        }
      );
    }
  );

  it("prices units summed from a column of fractional values as their exact sum", () => {
    const tiers = [
      [1000.5, 2.25],
      [5000, 1.75],
      ["", 1.5],
    ];
    // A column of usage with two decimals (millions of tokens, say), summed as SUM does.
    const column = fc.array(fc.integer({ min: 0, max: 100_000_000 }), {
      minLength: 1,
      maxLength: 31,
    });
    fc.assert(
      fc.property(column, fc.constantFrom("graduated", "volume"), (cents, mode) => {
        const floatSum = cents.reduce((sum, c) => sum + c / 100, 0);
        const exactSum = cents.reduce((sum, c) => sum + c, 0) / 100; // whole cents: exact
        expect(TIEREDCOST(floatSum, tiers, mode)).toBe(TIEREDCOST(exactSum, tiers, mode));
      }),
      { numRuns: 2000 }
    );
  });

  it("takes sums of 0.1-steps at the sums Excel shows", () => {
    const tenths = (count: number, step = 0.1) =>
      Array.from({ length: count }, () => step).reduce((a, b) => a + b, 0);
    const perTenth = [
      [1, 0.1],
      [3, 0.2],
      ["", 0.5],
    ];
    expect(tenths(10)).toBe(0.9999999999999999);
    expect(TIEREDCOST(tenths(10), perTenth)).toBe(0.1);
    expect(tenths(30)).toBe(3.0000000000000013);
    expect(TIEREDCOST(tenths(30), perTenth)).toBe(0.5);
    expect(TIEREDCOST(0.1 + 0.2, [["", 10]])).toBe(3);
    expect(TIEREDCOST(tenths(31, 0.7), [["", 10]])).toBe(217);
    // A bound of 3 with units that reach it only in floating point's sum: the first two tiers.
    expect(TIEREDCOST(tenths(30), perTenth, "volume")).toBe(0.6);
  });

  it("reads rollover and ramp inputs at the values Excel shows", () => {
    // 0.1 + 0.2 of commitment against 0.3 of usage: fully covered, nothing carried or lost.
    expect(ROLLOVER([[0.1 + 0.2]], [[0.3]])).toEqual([[0, 0.3, 0, 0, 0]]);
    // A 15% cut computed as 0.85 − 1 is -0.15000000000000002 in binary.
    expect(RAMPPRICE(100, 2, [[0], [0.85 - 1]])).toBe(85);
    // A period computed as 0.1 × 30 is 3.0000000000000004: period 3.
    expect(RAMPPRICE(100, 0.1 * 30, [[0], [0.5], [1]])).toBe(300);
  });
});
