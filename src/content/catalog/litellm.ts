import { classOf } from "./modelLine";
import { readLitellmCosts, type LitellmCosts } from "./litellmCosts";
import type { ModelPrice } from "./types";

/** Thrown when a chosen price file is not shaped like litellm's catalog at all. */
export class CatalogImportError extends Error {
  override readonly name = "CatalogImportError";
}

/** Where an imported price file came from, and what to take from it. */
export interface LitellmImportOptions {
  /** The file the user chose; rows say `Price file: <fileName>`. */
  readonly fileName: string;
  /** When the file was obtained, `YYYY-MM-DD` (or `YYYY-MM`). */
  readonly asOf: string;
  /**
   * Take entries priced 0 for both input and output. litellm leaves prices at 0 when they are
   * unknown, so by default such an entry is skipped as "price unknown", never shown as free.
   */
  readonly includeZeroPriced?: boolean;
}

/** Why an entry was left out, in words the taskpane shows with their counts. */
export type SkipReason =
  "price unknown" | "not a text model" | "no price per token" | "price not usable" | "not a model";

/** An entry of the file that was left out: its reason, and the detail for that entry. */
export interface SkippedEntry {
  readonly key: string;
  readonly reason: SkipReason;
  readonly detail: string;
}

/** A row read from a price file: a catalog row, with its deprecation date when the file gives one. */
export interface PriceFileRow extends ModelPrice {
  readonly deprecationDate?: string;
}

/** What a price file yielded: the usable rows, in file order, and the entries left out. */
export interface LitellmImport {
  readonly rows: PriceFileRow[];
  readonly skipped: SkippedEntry[];
}

const PRICED_MODES = new Set(["chat", "completion", "responses"]);

// A Map, not an object literal, so a provider such as "constructor" is not found on the prototype.
const VENDOR_NAMES: ReadonlyMap<string, string> = new Map([
  ["anthropic", "Anthropic"],
  ["openai", "OpenAI"],
  ["text-completion-openai", "OpenAI"],
  ["gemini", "Google"],
  ["cohere", "Cohere"],
  ["cohere_chat", "Cohere"],
  ["bedrock", "Amazon Bedrock"],
  ["bedrock_converse", "Amazon Bedrock"],
  ["azure", "Azure OpenAI"],
  ["azure_ai", "Azure AI Foundry"],
  ["mistral", "Mistral"],
  ["xai", "xAI"],
  ["deepseek", "DeepSeek"],
  ["groq", "Groq"],
  ["together_ai", "Together AI"],
  ["openrouter", "OpenRouter"],
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
  if (provider.startsWith("vertex_ai")) return "Google Vertex AI";
  return VENDOR_NAMES.get(provider) ?? provider;
}

const tokensText = (tokens: number) => `${tokens / 1000}k`;

/** Caveats worth showing next to the row: deprecation, one-hour cache writes, higher tiers. */
function noteFor(deprecation: string | undefined, costs: LitellmCosts): string | undefined {
  const notes: string[] = [];
  if (deprecation) notes.push(`Deprecation date ${deprecation}.`);
  if (costs.cacheWriteOneHour !== null)
    notes.push(`1-hour cache write ${costs.cacheWriteOneHour}.`);
  if (costs.higherThresholds.length > 0) {
    const above = costs.higherThresholds.map(tokensText).join(", ");
    notes.push(`The file also prices prompts above ${above} tokens.`);
  }
  return notes.length > 0 ? notes.join(" ") : undefined;
}

type Skip = Omit<SkippedEntry, "key">;
const skip = (reason: SkipReason, detail: string): Skip => ({ reason, detail });

/** One entry turned into a row, or the reason it was skipped. */
function toRow(key: string, entry: unknown, options: LitellmImportOptions): PriceFileRow | Skip {
  if (key === "sample_spec") return skip("not a model", "litellm's documentation of the format");
  if (!isPlainObject(entry)) return skip("not a model", "entry is not an object");

  const mode = entry.mode;
  if (mode !== undefined && !(typeof mode === "string" && PRICED_MODES.has(mode))) {
    return skip("not a text model", `mode ${JSON.stringify(mode)}`);
  }
  const provider = entry.litellm_provider;
  if (typeof provider !== "string" || provider === "") {
    return skip("not a model", "no litellm_provider");
  }
  const deprecation = entry.deprecation_date ?? undefined;
  if (deprecation !== undefined && typeof deprecation !== "string") {
    return skip("not a model", "deprecation_date is not a string");
  }

  const costs = readLitellmCosts(entry);
  if (typeof costs === "string") return skip("price not usable", costs);
  const { input, output } = costs;
  if (input === null || output === null) {
    return skip("no price per token", `no ${input === null ? "input" : "output"}_cost_per_token`);
  }
  if (input === 0 && output === 0 && options.includeZeroPriced !== true) {
    return skip("price unknown", "input and output priced 0, which litellm uses for unknown");
  }

  const note = noteFor(deprecation, costs);
  return {
    vendor: vendorName(provider),
    model: key,
    input,
    output,
    cacheWrite: costs.cacheWrite,
    cacheHit: costs.cacheHit,
    batchInput: costs.batchInput,
    batchOutput: costs.batchOutput,
    source: `Price file: ${options.fileName}`,
    asOf: options.asOf,
    modelClass: classOf(key),
    ...(costs.longContext === null ? {} : { longContext: costs.longContext }),
    ...(note === undefined ? {} : { note }),
    ...(deprecation === undefined ? {} : { deprecationDate: deprecation }),
  };
}

/**
 * Reads a price file in the format of litellm's `model_prices_and_context_window.json`
 * (already parsed from JSON) into catalog rows, in USD per million tokens.
 *
 * Only chat, completion and responses models (or entries without a mode) with usable input and
 * output costs become rows; every other entry is listed in `skipped` with its reason, so the caller
 * can tell the user what was left out. Entries priced 0 in and out are skipped as "price unknown"
 * unless `includeZeroPriced`. Each price is checked after its conversion to per million tokens, so
 * every row can be written. Each row's `source` names the file.
 *
 * @throws CatalogImportError when `json` is not an object keyed by model name.
 */
export function parseLitellmCatalog(json: unknown, options: LitellmImportOptions): LitellmImport {
  if (!isPlainObject(json)) {
    throw new CatalogImportError(
      "The price file must be a JSON object keyed by model name (litellm's model_prices_and_context_window.json)."
    );
  }
  const rows: PriceFileRow[] = [];
  const skipped: SkippedEntry[] = [];
  for (const [key, entry] of Object.entries(json)) {
    const result = toRow(key, entry, options);
    if ("reason" in result) skipped.push({ key, ...result });
    else rows.push(result);
  }
  return { rows, skipped };
}
