import Decimal from "decimal.js";
import type { ModelPrice } from "./types";

/** Thrown when a chosen price file is not shaped like litellm's catalog at all. */
export class CatalogImportError extends Error {
  override readonly name = "CatalogImportError";
}

/** Where an imported price file came from, shown in every row it yields. */
export interface LitellmImportOptions {
  /** The file the user chose; rows say `Price file: <fileName>`. */
  readonly fileName: string;
  /** When the file was obtained, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly asOf: string;
}

/** An entry of the file that was left out, and why (for telling the user). */
export interface SkippedEntry {
  readonly key: string;
  readonly reason: string;
}

/** What a price file yielded: the usable rows, in file order, and the entries left out. */
export interface LitellmImport {
  readonly rows: ModelPrice[];
  readonly skipped: SkippedEntry[];
}

// Local precision so the conversion never depends on (or changes) global Decimal settings.
const D = Decimal.clone({ precision: 50 });

const PRICED_MODES = new Set(["chat", "completion"]);

// A Map, not an object literal, so a provider such as "constructor" is not found on the prototype.
const VENDOR_NAMES: ReadonlyMap<string, string> = new Map([
  ["anthropic", "Anthropic"],
  ["openai", "OpenAI"],
  ["gemini", "Google"],
  ["cohere", "Cohere"],
  ["cohere_chat", "Cohere"],
  ["bedrock", "Amazon Bedrock"],
  ["bedrock_converse", "Amazon Bedrock"],
  ["azure", "Azure OpenAI"],
]);

type Fields = Record<string, unknown>;

function isPlainObject(value: unknown): value is Fields {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Display name of the vendor a litellm provider bills through. */
function vendorName(provider: string): string {
  // litellm splits Vertex AI into vertex_ai-language-models, vertex_ai-anthropic_models, …
  if (provider.startsWith("vertex_ai")) return "Google";
  return VENDOR_NAMES.get(provider) ?? provider;
}

/**
 * USD per token → USD per million, in decimal: 1.65e-06 gives 1.65, where a float multiply
 * gives 1.6500000000000001.
 */
function perMillion(perToken: number): number {
  return new D(perToken).times(1e6).toNumber();
}

const COST_FIELDS = [
  "input_cost_per_token",
  "output_cost_per_token",
  "cache_read_input_token_cost",
  "cache_creation_input_token_cost",
  "input_cost_per_token_batches",
  "output_cost_per_token_batches",
  "input_cost_per_token_above_200k_tokens",
] as const;

type Costs = Record<(typeof COST_FIELDS)[number], number | null>;

/** The entry's costs per million (`null` when absent), or the reason one cannot be used. */
function readCosts(entry: Fields): Costs | string {
  const costs = {} as Costs;
  for (const name of COST_FIELDS) {
    const value = entry[name];
    if (value === undefined || value === null) costs[name] = null;
    else if (typeof value !== "number") return `${name} is not a number`;
    // JSON cannot hold Infinity or NaN, but a caller may pass an object built in code.
    else if (!Number.isFinite(value)) return `${name} is not a finite number`;
    else if (value < 0) return `${name} is negative`;
    else costs[name] = perMillion(value);
  }
  return costs;
}

/** Caveats worth showing next to the row: deprecation and the long-prompt input price. */
function noteFor(deprecation: string | undefined, longInput: number | null): string | undefined {
  const notes: string[] = [];
  if (deprecation) notes.push(`Deprecation date ${deprecation}.`);
  if (longInput !== null) {
    notes.push(`Input is ${longInput} per million for prompts above 200k tokens.`);
  }
  return notes.length > 0 ? notes.join(" ") : undefined;
}

/** One entry turned into a row, or the reason it was skipped. */
function toRow(key: string, entry: unknown, options: LitellmImportOptions): ModelPrice | string {
  if (key === "sample_spec") return "litellm's documentation of the format, not a model";
  if (!isPlainObject(entry)) return "entry is not an object";

  const mode = entry.mode;
  if (mode !== undefined && !(typeof mode === "string" && PRICED_MODES.has(mode))) {
    return `mode ${JSON.stringify(mode)} is not priced per chat or completion token`;
  }
  const provider = entry.litellm_provider;
  if (typeof provider !== "string" || provider === "") return "no litellm_provider";
  const deprecation = entry.deprecation_date ?? undefined;
  if (deprecation !== undefined && typeof deprecation !== "string") {
    return "deprecation_date is not a string";
  }

  const costs = readCosts(entry);
  if (typeof costs === "string") return costs;
  const input = costs.input_cost_per_token;
  const output = costs.output_cost_per_token;
  if (input === null) return "no input_cost_per_token";
  if (output === null) return "no output_cost_per_token";

  const note = noteFor(deprecation, costs.input_cost_per_token_above_200k_tokens);
  return {
    vendor: vendorName(provider),
    model: key,
    input,
    output,
    cacheWrite: costs.cache_creation_input_token_cost,
    cacheHit: costs.cache_read_input_token_cost,
    batchInput: costs.input_cost_per_token_batches,
    batchOutput: costs.output_cost_per_token_batches,
    source: `Price file: ${options.fileName}`,
    asOf: options.asOf,
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * Reads a price file in the format of litellm's `model_prices_and_context_window.json`
 * (already parsed from JSON) into catalog rows, in USD per million tokens.
 *
 * Only chat and completion models (or entries without a mode) with usable input and output
 * costs become rows; every other entry is listed in `skipped` with the reason, so the caller
 * can tell the user what was left out. Each row's `source` names the file.
 *
 * @throws CatalogImportError when `json` is not an object keyed by model name.
 */
export function parseLitellmCatalog(json: unknown, options: LitellmImportOptions): LitellmImport {
  if (!isPlainObject(json)) {
    throw new CatalogImportError(
      "The price file must be a JSON object keyed by model name (litellm's model_prices_and_context_window.json)."
    );
  }
  const rows: ModelPrice[] = [];
  const skipped: SkippedEntry[] = [];
  for (const [key, entry] of Object.entries(json)) {
    const result = toRow(key, entry, options);
    if (typeof result === "string") skipped.push({ key, reason: result });
    else rows.push(result);
  }
  return { rows, skipped };
}
