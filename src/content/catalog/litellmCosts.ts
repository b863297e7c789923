import Decimal from "decimal.js";
import type { LongContextPrices } from "./types";

/*
 * The cost fields of a litellm entry, read and checked in USD per million tokens. Each price is
 * checked after it is converted, so that a price that passes here can always be written: finite,
 * not negative, and at most MAX_PRICE_PER_MILLION.
 */

/** The highest price per million tokens a price file may give (the dearest listed today is $600). */
export const MAX_PRICE_PER_MILLION = 10_000;

// Local precision so the conversion never depends on (or changes) global Decimal settings.
const D = Decimal.clone({ precision: 50 });

type Fields = Readonly<Record<string, unknown>>;

/** An entry's prices per million tokens; `null` where the entry gives none. */
export interface LitellmCosts {
  readonly input: number | null;
  readonly output: number | null;
  readonly cacheHit: number | null;
  readonly cacheWrite: number | null;
  readonly cacheWriteOneHour: number | null;
  readonly batchInput: number | null;
  readonly batchOutput: number | null;
  /** The lowest long-context tier, and the thresholds of any higher ones. */
  readonly longContext: LongContextPrices | null;
  readonly higherThresholds: readonly number[];
}

/** Both spellings litellm uses for batch prices, the first found wins. */
const BATCH_FIELDS = {
  input: ["input_cost_per_token_batches", "input_cost_per_token_batch_requests"],
  output: ["output_cost_per_token_batches", "output_cost_per_token_batch_requests"],
} as const;

/** `input_cost_per_token_above_200k_tokens` and the like: kind of token, threshold in thousands. */
const LONG_CONTEXT_FIELD =
  /^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost)_above_(\d+)k_tokens$/;

/**
 * USD per token → USD per million, in decimal (1.65e-06 gives 1.65, where a float multiply gives
 * 1.6500000000000001), then checked as the number that will be written.
 * @returns the price, or why it cannot be used.
 */
function perMillion(field: string, value: unknown): number | null | string {
  if (value === undefined || value === null) return null;
  if (typeof value !== "number") return `${field} is not a number`;
  // JSON cannot hold Infinity or NaN, but a caller may pass an object built in code.
  if (!Number.isFinite(value)) return `${field} is not a finite number`;
  if (value < 0) return `${field} is negative`;
  const price = new D(value).times(1e6).toNumber();
  if (!Number.isFinite(price) || price > MAX_PRICE_PER_MILLION) {
    return (
      `${field} is ${value} per token, ${new D(value).times(1e6).toSignificantDigits(6).toString()} ` +
      `per million tokens: more than the ${MAX_PRICE_PER_MILLION.toLocaleString("en-US")} per million ` +
      "that DEAL accepts"
    );
  }
  return price;
}

function firstOf(entry: Fields, fields: readonly string[]): number | null | string {
  for (const field of fields) {
    const price = perMillion(field, entry[field]);
    if (price !== null) return price;
  }
  return null;
}

/** The long-context tiers of an entry, by threshold in tokens, lowest first. */
function longContextOf(entry: Fields): { tiers: Map<number, Record<string, number>> } | string {
  const tiers = new Map<number, Record<string, number>>();
  for (const [field, value] of Object.entries(entry)) {
    const match = LONG_CONTEXT_FIELD.exec(field);
    if (match === null) continue;
    const price = perMillion(field, value);
    if (typeof price === "string") return price;
    if (price === null) continue;
    const threshold = Number(match[2]) * 1000;
    tiers.set(threshold, { ...tiers.get(threshold), [match[1]]: price });
  }
  return { tiers: new Map([...tiers].sort(([a], [b]) => a - b)) };
}

/** Reads an entry's costs, or says which field cannot be used and why. */
export function readLitellmCosts(entry: Fields): LitellmCosts | string {
  const read = {
    input: perMillion("input_cost_per_token", entry.input_cost_per_token),
    output: perMillion("output_cost_per_token", entry.output_cost_per_token),
    cacheHit: perMillion("cache_read_input_token_cost", entry.cache_read_input_token_cost),
    cacheWrite: perMillion(
      "cache_creation_input_token_cost",
      entry.cache_creation_input_token_cost
    ),
    cacheWriteOneHour: perMillion(
      "cache_creation_input_token_cost_above_1hr",
      entry.cache_creation_input_token_cost_above_1hr
    ),
    batchInput: firstOf(entry, BATCH_FIELDS.input),
    batchOutput: firstOf(entry, BATCH_FIELDS.output),
  };
  for (const value of Object.values(read)) if (typeof value === "string") return value;
  const long = longContextOf(entry);
  if (typeof long === "string") return long;
  const [lowest, ...higher] = [...long.tiers.keys()];
  const tier = lowest === undefined ? undefined : long.tiers.get(lowest);
  return {
    ...(read as Record<keyof typeof read, number | null>),
    longContext:
      tier === undefined
        ? null
        : {
            aboveTokens: lowest,
            input: tier.input_cost_per_token ?? null,
            output: tier.output_cost_per_token ?? null,
            cacheHit: tier.cache_read_input_token_cost ?? null,
          },
    higherThresholds: higher,
  };
}
