import type { ModelPrice } from "../content/catalog/types";
import type { CreditSchedule, Tier, TierMode } from "../pricing";
import type { Billing, Burst, ExitTerms, Fees, PriceProtection } from "./offerTerms";

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
  /** Input price in prompts above the long-context threshold, USD per M; `null`: no premium. */
  readonly longContextInput: number | null;
  /** Output price in prompts above the long-context threshold, USD per M; `null`: no premium. */
  readonly longContextOutput: number | null;
}

/**
 * One model of an offer's pool. The pool shares the offer's tokens and draws on its one
 * commitment (playbook CST-03: "one pool usable across any Claude model, access method and
 * internal use case"); today's single-model offer is a pool of one.
 */
export interface PoolModel {
  /** The model's name, as in the benchmark catalog or typed. */
  readonly model: string;
  /** Share of the offer's input and output tokens, 0 to 1; the pool's shares add up to 1. */
  readonly share: number;
  /** List prices, USD per M tokens, usually from the benchmark catalog. */
  readonly list: ListPrices;
  /** Share of this model's tokens sent batch or off-peak, at batch prices, 0 to 1. */
  readonly batchShare: number;
  /** Share of this model's tokens in prompts above the long-context threshold, 0 to 1. */
  readonly longContextShare: number;
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
  /**
   * Committed spend in USD per `per`, one amount per contract year from year 1, each ≥ 0 (0 = pay
   * as you go); 1 to as many as the term's contract years, later years repeating the last
   * (`yearValue`). Playbook REN-03: "a smaller first year for pilot and integration".
   */
  readonly amounts: readonly number[];
  /**
   * `month`: the year's amount each month. `year`: a pool of the year's amount released in the
   * first month of each contract year and billed in twelfths; the term must then be whole years.
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
  /** The offer's name for its model or pool, shown in the sheet's titles, e.g. "Claude Sonnet 4.5". */
  readonly model: string;
  /** Length of the committed term in months, a whole number from 1 to MAX_TERM_MONTHS (600). */
  readonly termMonths: number;
  /** The calendar month of month 1, "YYYY-MM": dates the catalog's list prices over the term. */
  readonly startMonth: string;
  readonly forecast: UsageForecast;
  /** The pool of models the offer's tokens go to: 1 to MAX_POOL_MODELS, shares adding up to 1. */
  readonly models: readonly PoolModel[];
  /** How usage is priced; tier prices are all-in prices for the first model's tokens. */
  readonly pricing: PricingBasis;
  /** Share of non-batch input tokens served from the prompt cache (cache reads), 0 to 1. */
  readonly cacheHitShare: number;
  /** Share of non-batch input tokens written to the prompt cache, 0 to 1; with cache hits at most 1. */
  readonly cacheWriteShare: number;
  readonly commitment: Commitment;
  /** When the committed fees are billed, and the discount for paying in advance. */
  readonly billing: Billing;
  /** Multiplier on the price in force for usage beyond the commitment, ≥ 0 (1.1 = 10% above). */
  readonly overageRate: number;
  /** Months that may use more than their commitment at the committed rate; `null`: none. */
  readonly burst: Burst | null;
  /** Price change at the start of each contract year, each > -1: [0, -0.15] = year 2 15% lower. */
  readonly ramp: readonly number[];
  /** Largest price increase at renewal, per year, > -1 (0.05 = 5%). */
  readonly renewalUpliftCap: number;
  /** Seats and a platform fee, next to usage. */
  readonly fees: Fees;
  /** Termination for convenience; `null`: none, the offer binds for its whole term. */
  readonly exit: ExitTerms | null;
  /** The right to the vendor's lower list prices; `null`: none, contract prices hold. */
  readonly priceProtection: PriceProtection | null;
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
    longContextInput: model.longContext?.input ?? null,
    longContextOutput: model.longContext?.output ?? null,
  };
}
