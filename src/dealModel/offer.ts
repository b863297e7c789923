import type { ModelPrice } from "../content/catalog/types";
import type { CreditSchedule, Tier, TierMode } from "../pricing";

/*
 * One competing offer of the deal model, as plain data. Every number is one input cell of the
 * model sheet (lists, such as tiers, ramp steps or SLA rows, are one small input range), so the
 * sheet builder maps fields to cells and the taskpane form edits the same shape.
 *
 * Units: money in USD; tokens in millions (M); prices in USD per million tokens; shares and
 * rates as fractions (0.2 = 20%); durations in months.
 */

/** A model's list prices, USD per million tokens. `null`: no such price; the standard one applies. */
export interface ListPrices {
  /** Standard input price, USD per M tokens. */
  readonly input: number;
  /** Standard output price, USD per M tokens. */
  readonly output: number;
  /** Cached-input (cache hit) price, USD per M tokens; `null` falls back to `input`. */
  readonly cacheHit: number | null;
  /** Cache-write price, USD per M tokens; `null` falls back to `input` (no surcharge). */
  readonly cacheWrite: number | null;
  /** Batch input price, USD per M tokens; `null` falls back to `input`. */
  readonly batchInput: number | null;
  /** Batch output price, USD per M tokens; `null` falls back to `output`. */
  readonly batchOutput: number | null;
}

/**
 * How the offer prices usage at year-1 prices (before the ramp). Both price the same usage mix
 * (input and output tokens, batch share, cache reads and writes), so offers compare like for like:
 * - `discount`: list prices less a flat discount, each token priced at its list price;
 * - `tiers`: negotiated all-in prices per million tokens (input and output together) by monthly
 *   volume, priced by DEAL.TIEREDCOST for tokens at standard rates; batch and cache then change
 *   the cost in the proportion they change the list cost (the mix factor, see usageMix.ts).
 */
export type PricingBasis =
  | {
      readonly kind: "discount";
      /** Discount from list price, 0 to 1 (0.2 = 20% off every list price). */
      readonly discount: number;
    }
  | {
      readonly kind: "tiers";
      /** Bounds in M tokens per month (input + output), prices in USD per M tokens, fees in USD. */
      readonly tiers: readonly Tier[];
      /** How the month's tokens meet the tiers; graduated unless the order form says otherwise. */
      readonly mode: TierMode;
    };

/** The month-by-month usage forecast at 100%: start × (1 + growth)^(month − 1). */
export interface GrowthForecast {
  /** Absent means growth too, so that plain { inputTokensM, outputTokensM, monthlyGrowth } is one. */
  readonly kind?: "growth";
  /** Input tokens in month 1, in millions, ≥ 0. */
  readonly inputTokensM: number;
  /** Output tokens in month 1, in millions, ≥ 0. */
  readonly outputTokensM: number;
  /** Compounded growth per month, > -1 (0.02 = 2% more each month). */
  readonly monthlyGrowth: number;
}

/** One month of a forecast kept in the workbook, tokens in millions. */
export interface MonthUsage {
  readonly inputTokensM: number;
  readonly outputTokensM: number;
}

/**
 * A forecast the user keeps in the workbook: a range of two columns (input tokens, output tokens,
 * in millions) with a row per month from month 1. The model sheet reads those cells, so it
 * follows their edits; `months` holds their values when picked, for checks and the preview.
 */
export interface CellsForecast {
  readonly kind: "cells";
  /** The range as Excel gives its address, with its sheet: "'Usage plan'!$B$2:$C$37". */
  readonly source: string;
  readonly months: readonly MonthUsage[];
}

export type UsageForecast = GrowthForecast | CellsForecast;

/** The spend commitment, drawn down by DEAL.ROLLOVER against the month's usage cost. */
export interface Commitment {
  /** Committed spend in USD per `per`, ≥ 0 (0 = pay as you go). */
  readonly amount: number;
  /**
   * `month`: `amount` each month. `year`: a pool of `amount` released in the first month of each
   * contract year and billed in twelfths; the term must then be whole years.
   */
  readonly per: "month" | "year";
  /**
   * Share of a period's unused commitment that may roll over, 0 to 1 (ROLLOVER's cap). For an
   * annual pool use 1, so the pool lasts through the year.
   */
  readonly rolloverCap: number;
  /** Months a rolled amount stays usable (3 = into the next quarter); absent: never expires. */
  readonly expiryMonths?: number;
  /** Every so many months all carried capacity is forfeited (12 = annual true-up); absent: none. */
  readonly trueUpMonths?: number;
}

/** One uptime a month may come in at, and how likely it is. */
export interface UptimeOutcome {
  /** Monthly uptime as a fraction, 0 to 1 (0.999 = 99.9%). */
  readonly uptime: number;
  /** Probability of a month at this uptime, 0 to 1; the outcomes' probabilities add up to 1. */
  readonly probability: number;
}

/** The service-level terms and what the buyer expects of them. */
export interface OfferSla {
  /** The credit schedule: a table of thresholds, or a linear clause (as DEAL.SLACREDIT takes it). */
  readonly schedule: CreditSchedule;
  /** Largest share of the month's charge credited, 0 to 1. */
  readonly cap: number;
  /**
   * The uptimes a month may come in at, with their probabilities: the expected credit is the
   * probability-weighted credit over them (one to ten outcomes).
   */
  readonly uptimeOutcomes: readonly UptimeOutcome[];
}

/** One offer: what the vendor proposes, priced over the whole term. */
export interface Offer {
  /** Vendor name, e.g. "Anthropic". */
  readonly vendor: string;
  /** Model name, as in the benchmark catalog or typed by the user. */
  readonly model: string;
  /** Length of the committed term in months, a whole number from 1 to MAX_TERM_MONTHS (600). */
  readonly termMonths: number;
  readonly forecast: UsageForecast;
  /** List prices, USD per M tokens, usually from the benchmark catalog. */
  readonly list: ListPrices;
  readonly pricing: PricingBasis;
  /** Share of tokens sent through the batch API, 0 to 1. */
  readonly batchShare: number;
  /** Share of non-batch input tokens served from the prompt cache (cache reads), 0 to 1. */
  readonly cacheHitShare: number;
  /** Share of non-batch input tokens written to the prompt cache, 0 to 1; with cache hits at most 1. */
  readonly cacheWriteShare: number;
  readonly commitment: Commitment;
  /** Multiplier on the price in force for usage beyond the commitment, ≥ 0 (1.1 = 10% above). */
  readonly overageRate: number;
  /** Price change at the start of each contract year, each > -1: [0, -0.15] = year 2 15% lower. */
  readonly ramp: readonly number[];
  /** Largest price increase at renewal, per year, > -1 (0.05 = 5%). */
  readonly renewalUpliftCap: number;
  readonly sla: OfferSla;
}

/** The contract years that `months` months span, a part year counting whole: 36 → 3, 30 → 3. */
export const contractYears = (months: number): number => Math.ceil(months / 12);

/** The list prices of a catalog entry, in the shape an offer takes. */
export function listPricesOf(model: ModelPrice): ListPrices {
  return {
    input: model.input,
    output: model.output,
    cacheHit: model.cacheHit,
    cacheWrite: model.cacheWrite,
    batchInput: model.batchInput,
    batchOutput: model.batchOutput,
  };
}
