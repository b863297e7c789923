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
