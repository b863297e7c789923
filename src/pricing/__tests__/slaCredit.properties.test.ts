import fc from "fast-check";
import { slaCredit } from "../slaCredit";
import { CreditSchedule } from "../slaTypes";
import { shortDecimal } from "./arbitraries";

const share = shortDecimal(4, 4).map((x) => Math.min(x, 1));
const uptime = fc.oneof(share, fc.double({ min: 0, max: 1, noNaN: true }));
const fee = shortDecimal(9, 2);

const schedule: fc.Arbitrary<CreditSchedule> = fc.oneof(
  fc
    .array(fc.record({ threshold: share, share }), { minLength: 1, maxLength: 5 })
    .map((rows) => ({ kind: "table" as const, rows })),
  fc.record({
    kind: fc.constant("linear" as const),
    target: share,
    perStep: share.filter((x) => x > 0),
    step: fc.oneof(
      fc.constant(0.001),
      shortDecimal(3, 4).filter((x) => x > 0)
    ),
  })
);

describe("SLA credit laws", () => {
  it("never credits more as uptime improves", () => {
    fc.assert(
      fc.property(fee, schedule, uptime, uptime, (f, s, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(slaCredit({ uptime: high, fee: f, schedule: s })).toBeLessThanOrEqual(
          slaCredit({ uptime: low, fee: f, schedule: s })
        );
      }),
      { numRuns: 3000 }
    );
  });

  it("never credits more than fee × cap, nor less than 0", () => {
    fc.assert(
      fc.property(fee, schedule, uptime, share, (f, s, u, cap) => {
        const credit = slaCredit({ uptime: u, fee: f, schedule: s, cap });
        expect(credit).toBeGreaterThanOrEqual(0);
        expect(credit).toBeLessThanOrEqual(f * cap * (1 + 1e-15));
      }),
      { numRuns: 3000 }
    );
  });

  it("credits n whole steps below target at exactly n × per-step share", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 20 }),
        (n, perStepPercent) => {
          const uptime = Number(`${999 - n}e-3`);
          const perStep = perStepPercent / 100;
          const credit = slaCredit({
            uptime,
            fee: 100,
            schedule: { kind: "linear", target: 0.999, perStep },
          });
          expect(credit).toBe(Math.min(n * perStepPercent, 100));
        }
      ),
      { numRuns: 2000 }
    );
  });
});
