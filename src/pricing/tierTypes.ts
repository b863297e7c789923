import type { TierTable } from "./tierTable";

/** One row of a tiered price table. */
export interface Tier {
  /** The tier's inclusive upper bound in units; `Infinity` for no upper limit (last tier only). */
  readonly upTo: number;
  /** Price per `per` units (graduated, volume), or the tier's whole price (stairstep). */
  readonly price: number;
  /** Flat fee charged when the tier is reached (graduated) or selected (volume, stairstep). */
  readonly flatFee: number;
  /** Row of the user's table this tier came from, for error messages; defaults to its position. */
  readonly row?: number;
}

/**
 * How a quantity is priced against the table (the billing-engine conventions of Stripe, Lago,
 * Chargebee):
 * - `graduated`: each unit at the price of the tier it falls in, plus the flat fee of every tier reached;
 * - `volume`: all units at the price of the tier the total falls in, plus that tier's flat fee;
 * - `stairstep`: the price of the tier the total falls in, as a lump sum, plus its flat fee.
 */
export type TierMode = "graduated" | "volume" | "stairstep";

/** A checked tiered-cost request, as both computation paths receive it. */
export interface TieredCostInput {
  readonly units: number;
  readonly table: TierTable;
  readonly mode: TierMode;
  readonly per: number;
}
