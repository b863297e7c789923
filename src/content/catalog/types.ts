/**
 * The class a model is compared in: the vendor's top tier (`frontier`), its middle tier
 * (`balanced`) or its small, cheap tier (`small`). `other` is a model the rule in modelLine.ts
 * does not place (an imported model of another vendor, an older line). The benchmark compares
 * models only within their class.
 */
export type ModelClass = "frontier" | "balanced" | "small" | "other";

/** Every class, in the order the benchmark lists them. */
export const MODEL_CLASSES: readonly ModelClass[] = ["frontier", "balanced", "small", "other"];

/**
 * Prices for prompts above a length, USD per million tokens: the whole request is billed at
 * these rates once its input passes `aboveTokens`. `null`: the source gives no long-context
 * price for that kind of token.
 */
export interface LongContextPrices {
  /** Input tokens a prompt must exceed for these prices to apply (200000 = above 200k). */
  readonly aboveTokens: number;
  readonly input: number | null;
  readonly output: number | null;
  readonly cacheHit: number | null;
}

/** The list prices of one period, USD per million tokens. */
export interface PeriodPrices {
  readonly input: number;
  readonly output: number;
  readonly cacheWrite: number | null;
  readonly cacheHit: number | null;
}

/** A list price in force from `from` (`YYYY-MM-DD`; `null`: from before any dated change). */
export interface DatedPrices extends PeriodPrices {
  readonly from: string | null;
}

/** One model's list prices, in USD per million tokens. `null` means the source gives no such price. */
export interface ModelPrice {
  readonly vendor: string;
  readonly model: string;
  readonly input: number;
  readonly output: number;
  readonly cacheWrite: number | null;
  readonly cacheHit: number | null;
  readonly batchInput: number | null;
  readonly batchOutput: number | null;
  /** Where the figures come from (a page, a catalog, a file the user chose). */
  readonly source: string;
  /** When the source was read, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Caveats a reader needs (older price seen elsewhere, long-prompt surcharge, …). */
  readonly note?: string;
  /** The class the benchmark compares it in; `other` when the rule does not place it. */
  readonly modelClass?: ModelClass;
  /** Prices above a prompt length, when the source gives them. */
  readonly longContext?: LongContextPrices;
  /**
   * The source's dated list prices, oldest first, the current one included; absent or empty when
   * the source gives one price with no date (so no change is on record).
   */
  readonly history?: readonly DatedPrices[];
}

/** One row of a service-credit schedule: below `threshold` uptime, `share` of the monthly fee is owed. */
export interface SlaCreditRow {
  /** Uptime as a fraction (0.999 = 99.9%). Uptime exactly at the threshold earns nothing from this row. */
  readonly threshold: number;
  /** Share of the month's fee, as a fraction (0.25 = 25%). */
  readonly share: number;
}

/** A vendor's published (or reported) availability commitment and its credit schedule. */
export interface SlaSchedule {
  readonly vendor: string;
  readonly service: string;
  /** Uptime target as a fraction. */
  readonly target: number;
  readonly rows: readonly SlaCreditRow[];
  readonly source: string;
  readonly asOf: string;
  readonly note?: string;
}
