import fc from "fast-check";
import { rampPrice } from "../../../pricing";
import {
  Placed,
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

/* Random valid DEAL.RAMPPRICE calls, with DEAL's answers. */

/** A change of three decimals: -0.5 to 0.5. */
const change = fc.integer({ min: -500, max: 500 }).map((k) => k / 1000);
/** A ramp entry: a change, or now and then a blank cell (counts as 0). */
const rampEntry = fc.oneof(
  { weight: 5, arbitrary: change },
  { weight: 1, arbitrary: fc.constantFrom<CellInput>(null, '=""') }
);

export const rampPriceCase: fc.Arbitrary<TwinCase> = fc
  .record({
    base: decimal(6, 2),
    period: fc.oneof(
      { weight: 5, arbitrary: fc.integer({ min: 1, max: 24 }) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 1200 }) }
    ),
    ramp: fc.option(fc.array(rampEntry, { minLength: 1, maxLength: 10 }), { freq: 5 }),
    layout: fc.constantFrom("column", "row", "array"),
    // At most ±5% a period, so that 1,200 periods stay well inside a double.
    uplift: optional(fc.integer({ min: -500, max: 500 }).map((k) => k / 10000)),
    term: optional(fc.integer({ min: 1, max: 12 })),
    scalarsTyped: fc.boolean(),
  })
  .map((c): TwinCase => {
    const inputs: Record<string, CellInput> = {};
    const base = place(inputs, "E1", c.base, c.scalarsTyped);
    const period = place(inputs, "E2", c.period, c.scalarsTyped);
    const [uplift, upliftValue] = placeOptional(inputs, "E3", c.uplift);
    const [term, termValue] = placeOptional(inputs, "E4", c.term);
    let ramp: Placed = "omitted";
    let rampValue: number[] | undefined;
    if (c.ramp !== null) {
      const entries = c.ramp;
      const numbers = entries.map((e) => (typeof e === "number" ? e : 0));
      // DEAL ignores blanks after the last entry; a blank inside counts as 0.
      const last = entries.reduce<number>((at, e, i) => (typeof e === "number" ? i + 1 : at), 0);
      rampValue = numbers.slice(0, last);
      if (c.layout === "array" && entries.every((e) => typeof e === "number")) {
        ramp = { literal: `{${entries.join(";")}}` };
      } else {
        // A column from A2 down, or a row along row 12: clear of the scalars in E1:E4.
        const inRow = c.layout === "row";
        entries.forEach((e, i) => (inputs[inRow ? address(12, 1 + i) : address(2 + i, 1)] = e));
        ramp = {
          cell: inRow ? range(12, 1, 12, entries.length) : range(2, 1, 1 + entries.length, 1),
        };
      }
    }
    return {
      fn: "RAMPPRICE",
      label: `period ${c.period} of ${JSON.stringify(c.ramp)}`,
      inputs,
      args: argTexts([base, period, ramp, uplift, term]),
      expected: rampPrice({
        base: c.base,
        period: c.period,
        ramp: rampValue,
        uplift: upliftValue,
        term: termValue,
      }),
    };
  });
