import fc from "fast-check";
import { FunctionName } from "./dealFunctions";
import {
  anyCell,
  anyRange,
  badScalar,
  change,
  list,
  maybeWrapped,
  mostly,
  nonNegative,
  optionalBlank,
  share,
} from "./excelValues";

/*
 * Random calls of each DEAL function, as (arguments, omit trailing undefined ones): mostly
 * plausible arguments with now and then a bad one, so that both outcomes occur often.
 */

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

// COMMITCOST ----------------------------------------------------------------------------------

/** ROLLOVER's arguments, then rate, scale, burst and window. */
const commitCostCalls: fc.Arbitrary<[unknown[], boolean]> = fc
  .tuple(
    rolloverCalls,
    mostly(fc.oneof(optionalBlank, maybeWrapped(fc.constantFrom(0, 1, 1.05, 1.5))), badScalar),
    mostly(fc.oneof(optionalBlank, maybeWrapped(fc.constantFrom(0, 0.2, 0.8, 1, 2))), badScalar),
    mostly(
      fc.oneof(optionalBlank, maybeWrapped(fc.double({ min: 1, max: 4, noNaN: true }))),
      badScalar
    ),
    mostly(fc.oneof(optionalBlank, fc.integer({ min: 1, max: 12 })), badScalar)
  )
  .map(([[args, omit], rate, scale, burst, window]) => [
    [...args, rate, scale, burst, window],
    omit,
  ]);

// ALL FIVE ------------------------------------------------------------------------------------

/** Each function's random calls, by name. */
export const CALLS: Record<FunctionName, fc.Arbitrary<[unknown[], boolean]>> = {
  TIEREDCOST: tieredCostCalls,
  ROLLOVER: rolloverCalls,
  SLACREDIT: slaCreditCalls,
  RAMPPRICE: rampPriceCalls,
  COMMITCOST: commitCostCalls,
};
