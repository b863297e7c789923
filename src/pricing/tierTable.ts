import { isNonNegative, outOfRange } from "./checks";
import { ArgumentPlace, invalidInput } from "./errors";
import { EXPECTED } from "./expectations";
import { asExcelHolds } from "./excelNumber";
import { decimalPlaces, widerPlaces } from "./scaledInteger";
import { Tier } from "./tierTypes";

const FN = "TIEREDCOST";

function tierPlace(tier: Tier, index: number, column: string): ArgumentPlace {
  return { fn: FN, arg: "tiers", row: tier.row ?? index + 1, column };
}

// A plain loop that builds places only on failure.
function validateTiers(tiers: readonly Tier[]): void {
  if (tiers.length === 0) throw invalidInput({ fn: FN, arg: "tiers" }, EXPECTED.atLeastOneTier);
  let previous = 0;
  for (let i = 0; i < tiers.length; i++) {
    const tier = tiers[i];
    if (tier.upTo === Infinity) {
      if (i < tiers.length - 1) {
        throw invalidInput(tierPlace(tier, i, "bound"), EXPECTED.boundBeforeLast, "no upper limit");
      }
    } else {
      if (!(Number.isFinite(tier.upTo) && tier.upTo > previous)) {
        const expected = i === 0 ? EXPECTED.positive : EXPECTED.increasingBound(String(previous));
        throw outOfRange(tier.upTo, tierPlace(tier, i, "bound"), expected);
      }
      previous = tier.upTo;
    }
    if (!isNonNegative(tier.price))
      throw outOfRange(tier.price, tierPlace(tier, i, "price"), EXPECTED.nonNegative);
    if (!isNonNegative(tier.flatFee)) {
      throw outOfRange(tier.flatFee, tierPlace(tier, i, "flat fee"), EXPECTED.nonNegative);
    }
  }
}

/** Running maximum of place counts, -1 once any value does not fit the fast path. */
function runningPlaces(places: readonly number[]): number[] {
  let widest = 0;
  return places.map((p) => (widest = widerPlaces(widest, p)));
}

/**
 * A checked, immutable tier table: validated once, then priced for any number of quantities.
 * It also holds what the scaled-integer fast path needs of the table (decimal places of bounds,
 * prices and fees), so a sheet pricing many quantities against one table computes them once.
 */
export class TierTable {
  /** The tiers in increasing order of bound; only the last may be unbounded (`Infinity`). */
  readonly tiers: readonly Tier[];
  /** Decimal places of each tier's price and flat fee together (-1: beyond the fast path). */
  readonly pricePlaces: readonly number[];
  /** For tier i: the most decimal places among prices and fees of tiers 1 … i+1. */
  readonly pricePlacesThrough: readonly number[];
  /** For tier i: the most decimal places among the bounds of tiers 1 … i+1. */
  readonly boundPlacesThrough: readonly number[];

  private constructor(tiers: readonly Tier[]) {
    this.tiers = tiers;
    this.pricePlaces = tiers.map((t) =>
      widerPlaces(decimalPlaces(t.price), decimalPlaces(t.flatFee))
    );
    this.pricePlacesThrough = runningPlaces(this.pricePlaces);
    this.boundPlacesThrough = runningPlaces(
      tiers.map((t) => (t.upTo === Infinity ? 0 : decimalPlaces(t.upTo)))
    );
  }

  /**
   * Keeps a copy of a tier table, every number as Excel holds it, and checks it.
   * @throws PricingError `invalidInput` naming the row and the rule broken.
   */
  static of(tiers: readonly Tier[]): TierTable {
    const held = tiers.map((tier) => ({
      ...tier,
      upTo: asExcelHolds(tier.upTo),
      price: asExcelHolds(tier.price),
      flatFee: asExcelHolds(tier.flatFee),
    }));
    validateTiers(held);
    return new TierTable(held);
  }

  /** The last tier's bound: `Infinity` when the table has no upper limit. */
  get limit(): number {
    return this.tiers[this.tiers.length - 1].upTo;
  }
}
