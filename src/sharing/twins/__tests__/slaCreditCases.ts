import fc from "fast-check";
import { slaCredit } from "../../../pricing";
import {
  TwinCase,
  address,
  argTexts,
  decimal,
  optional,
  place,
  placeOptional,
  range,
} from "./caseParts";
import { CellInput } from "./hyperformulaSheet";

/* Random valid DEAL.SLACREDIT calls, table or linear clause, with DEAL's answers. */

const share = decimal(4, 4).filter((s) => s <= 1);

/** Uptime a whole number of steps below target, or just off one: where a ceiling can go wrong. */
function uptimeNear(target: number, step: number): fc.Arbitrary<number> {
  return fc
    .tuple(fc.integer({ min: 0, max: 60 }), fc.constantFrom(0, 1e-6, -1e-6))
    .map(([steps, nudge]) => Number((target - steps * step + nudge).toFixed(9)))
    .filter((u) => u >= 0 && u <= 1);
}

const slaTable = fc.array(fc.tuple(share, share), { minLength: 1, maxLength: 5 });

const linearClause = fc
  .record({
    target: decimal(4, 4).filter((t) => t <= 1 && t >= 0.5),
    perStep: decimal(3, 3).filter((p) => p > 0),
    step: optional(fc.constantFrom(0.001, 0.0005, 0.01, 0.0025, 0.005)),
    targetTyped: fc.boolean(),
  })
  .chain((clause) => {
    const step = clause.step.kind === "given" ? clause.step.value : 0.001;
    return fc.record({
      clause: fc.constant(clause),
      uptime: fc.oneof(
        uptimeNear(clause.target, step),
        decimal(6, 6).filter((u) => u <= 1)
      ),
    });
  });

export const slaCreditCase: fc.Arbitrary<TwinCase> = fc
  .record({
    fee: decimal(7, 2),
    cap: optional(decimal(2, 2).filter((c) => c <= 1)),
    uptimeTyped: fc.boolean(),
    schedule: fc.oneof(
      slaTable.chain((rows) =>
        fc.record({
          table: fc.constant(rows),
          uptime: fc.oneof(
            decimal(6, 6).filter((u) => u <= 1),
            fc.constantFrom(...rows.map((r) => r[0]))
          ),
        })
      ),
      linearClause
    ),
  })
  .map((c): TwinCase => {
    const inputs: Record<string, CellInput> = {};
    const [cap, capValue] = placeOptional(inputs, "E5", c.cap);
    const fee = place(inputs, "E2", c.fee, false);
    if ("table" in c.schedule) {
      const rows = c.schedule.table;
      rows.forEach(([threshold, credit], i) => {
        inputs[address(2 + i, 1)] = threshold;
        inputs[address(2 + i, 2)] = credit;
      });
      const uptime = place(inputs, "E1", c.schedule.uptime, c.uptimeTyped);
      return {
        fn: "SLACREDIT",
        label: `table of ${rows.length} at ${c.schedule.uptime}`,
        inputs,
        args: argTexts([
          uptime,
          fee,
          { cell: range(2, 1, 1 + rows.length, 2) },
          "omitted",
          "omitted",
          cap,
        ]),
        expected: slaCredit({
          uptime: c.schedule.uptime,
          fee: c.fee,
          schedule: {
            kind: "table",
            rows: rows.map(([threshold, s]) => ({ threshold, share: s })),
          },
          cap: capValue,
        }),
      };
    }
    const { clause, uptime: uptimeValue } = c.schedule;
    const uptime = place(inputs, "E1", uptimeValue, c.uptimeTyped);
    const target = place(inputs, "E6", clause.target, clause.targetTyped);
    const perStep = place(inputs, "E3", clause.perStep, false);
    const [step, stepValue] = placeOptional(inputs, "E4", clause.step);
    return {
      fn: "SLACREDIT",
      label: `linear ${clause.target} at ${uptimeValue}`,
      inputs,
      args: argTexts([uptime, fee, target, perStep, step, cap]),
      expected: slaCredit({
        uptime: uptimeValue,
        fee: c.fee,
        schedule: {
          kind: "linear",
          target: clause.target,
          perStep: clause.perStep,
          step: stepValue,
        },
        cap: capValue,
      }),
    };
  });
