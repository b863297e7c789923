import fc from "fast-check";
import { tieredCost } from "../../../pricing";
import { asExcelHolds } from "../../../pricing/excelNumber";
import { Tier, TierMode } from "../../../pricing/tierTypes";
import {
  Optional,
  TwinCase,
  address,
  argTexts,
  decimal,
  optional,
  place,
  placeOptional,
  range,
  typedDouble,
} from "./caseParts";
import { CellInput } from "./hyperformulaSheet";

/* Random valid DEAL.TIEREDCOST calls, with DEAL's answers. */

const MODE_SPELLINGS: readonly (readonly [string, TierMode])[] = [
  ["graduated", "graduated"],
  ["Tiered", "graduated"],
  [" VOLUME ", "volume"],
  ["bulk", "volume"],
  ["StairStep", "stairstep"],
];

/** Token counts are whole numbers; other units may have decimals. */
type BoundKind = "whole" | "fractional";

/** A valid tier table: 1–6 tiers, strictly increasing bounds, the last maybe unbounded. */
function tierTable(kind: BoundKind): fc.Arbitrary<Tier[]> {
  const width =
    kind === "whole"
      ? fc.oneof(fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 1, max: 10 ** 12 }))
      : fc.oneof(decimal(9, 3), typedDouble(1, 1e12));
  return fc
    .record({
      widths: fc.array(width, { minLength: 1, maxLength: 6 }),
      prices: fc.array(fc.oneof(decimal(6, 6), typedDouble(1e-6, 1e9)), {
        minLength: 6,
        maxLength: 6,
      }),
      fees: fc.array(fc.oneof(fc.constant(0), decimal(6, 2)), { minLength: 6, maxLength: 6 }),
      unbounded: fc.boolean(),
    })
    .map(({ widths, prices, fees, unbounded }) => {
      let bound = 0;
      const tiers = widths.map((w, i): Tier => {
        bound = asExcelHolds(bound + Math.max(w, 1)); // a bound is typed too
        return { upTo: bound, price: prices[i], flatFee: fees[i] };
      });
      if (unbounded) tiers[tiers.length - 1] = { ...tiers[tiers.length - 1], upTo: Infinity };
      return tiers;
    });
}

/**
 * The absolute error a graduated sum may carry from the binary representation of fractional
 * bounds and units: each tier's width is a difference of two of them.
 */
function representationSlack(tiers: readonly Tier[], units: number, per: number): number {
  const error = (x: number) => (Number.isInteger(x) ? 0 : Math.abs(x) * 2 ** -52);
  let below = 0;
  let slack = 0;
  for (const tier of tiers) {
    const upper = Math.min(units, tier.upTo);
    if (upper > below || below === 0) slack += (tier.price / per) * (error(upper) + error(below));
    below = tier.upTo;
  }
  return slack;
}

/** A quantity anywhere in the table, often exactly on a bound. */
function unitsIn(tiers: readonly Tier[]): fc.Arbitrary<number> {
  const limit = tiers[tiers.length - 1].upTo;
  const bounds = tiers.map((t) => t.upTo).filter((b) => b !== Infinity);
  return fc
    .oneof(
      fc.constant(0),
      bounds.length > 0 ? fc.constantFrom(...bounds) : fc.constant(0),
      decimal(10, 4),
      typedDouble(1e-6, 1e13)
    )
    .filter((u) => u <= limit);
}

export const tieredCostCase: fc.Arbitrary<TwinCase> = fc
  .constantFrom<BoundKind>("whole", "fractional")
  .chain((boundKind) => tierTable(boundKind).map((tiers) => ({ boundKind, tiers })))
  .chain(({ boundKind, tiers }) =>
    fc.record({
      boundKind: fc.constant(boundKind),
      tiers: fc.constant(tiers),
      units: unitsIn(tiers),
      unitsTyped: fc.boolean(),
      lastBound: fc.constantFrom<CellInput>(null, '=""', 0),
      feeColumn: fc.boolean(),
      zeroFee: fc.constantFrom<CellInput>(0, null, '=""'),
      mode: optional(fc.constantFrom(...MODE_SPELLINGS)),
      per: optional(
        fc.oneof(
          fc.constantFrom(1, 1000, 1000000),
          decimal(4, 2).filter((p) => p > 0)
        )
      ),
    })
  )
  .map((c): TwinCase => {
    const inputs: Record<string, CellInput> = {};
    const withFees = c.feeColumn || c.tiers.some((t) => t.flatFee !== 0);
    c.tiers.forEach((tier, i) => {
      inputs[address(2 + i, 1)] = tier.upTo === Infinity ? c.lastBound : tier.upTo;
      inputs[address(2 + i, 2)] = tier.price;
      if (withFees) inputs[address(2 + i, 3)] = tier.flatFee === 0 ? c.zeroFee : tier.flatFee;
    });
    const tiersRange = range(2, 1, 1 + c.tiers.length, withFees ? 3 : 2);
    const units = place(inputs, "E1", c.units, c.unitsTyped);
    const modeOption: Optional<string> =
      c.mode.kind === "given" ? { ...c.mode, value: c.mode.value[0] } : c.mode;
    const [mode] = placeOptional(inputs, "E2", modeOption);
    const [per, perValue] = placeOptional(inputs, "E3", c.per);
    const dealMode = c.mode.kind === "given" ? c.mode.value[1] : "graduated";
    return {
      fn: "TIEREDCOST",
      label: `${dealMode} ${c.units} in ${c.tiers.length} tiers`,
      inputs,
      args: argTexts([units, { cell: tiersRange }, mode, per]),
      expected: tieredCost(c.units, c.tiers, dealMode, perValue),
      slack: dealMode === "graduated" ? representationSlack(c.tiers, c.units, perValue ?? 1) : 0,
      kind: `${c.boundKind} bounds`,
    };
  });
