import { findProvider } from "@pydantic/genai-prices";
import type {
  LibraryConditionalPrices,
  LibraryModel,
  LibraryPrice,
} from "../../src/content/catalog/genaiPrices/buildSnapshot";

/*
 * A price file in litellm's format (model_prices_and_context_window.json), built from the price
 * library's bundled data, for tests and figures that need a large, real-shaped file: litellm's
 * own file is not fetched here. Entries are shaped as litellm shapes them: per-token costs,
 * `litellm_provider`, `mode`, cache and long-context fields (`*_above_<N>k_tokens`), and 0 for
 * both prices where the data gives none (free models), as litellm leaves unknown prices.
 */

/** The library's providers, in order, with litellm's provider name and key prefix for each. */
const PROVIDERS: readonly { id: string; litellm: string; prefix: (id: string) => string }[] = [
  { id: "anthropic", litellm: "anthropic", prefix: () => "" },
  { id: "openai", litellm: "openai", prefix: () => "" },
  {
    id: "google",
    litellm: "gemini",
    prefix: (id) => (id.startsWith("claude") ? "vertex_ai/" : "gemini/"),
  },
  { id: "cohere", litellm: "cohere_chat", prefix: () => "" },
  { id: "aws", litellm: "bedrock", prefix: () => "" },
  { id: "azure", litellm: "azure", prefix: () => "azure/" },
  { id: "mistral", litellm: "mistral", prefix: () => "mistral/" },
  { id: "x-ai", litellm: "xai", prefix: () => "xai/" },
  { id: "deepseek", litellm: "deepseek", prefix: () => "deepseek/" },
  { id: "groq", litellm: "groq", prefix: () => "groq/" },
  { id: "openrouter", litellm: "openrouter", prefix: () => "openrouter/" },
];

/** The day the file describes. */
const FILE_DATE = "2026-12-07";

/** USD per million → USD per token, as litellm writes it (2.5 → 2.5e-06), without float noise. */
const perToken = (perMillion: number) => Number(`${perMillion}e-6`);

const base = (price: LibraryPrice) =>
  price === undefined ? undefined : typeof price === "number" ? price : price.base;

function modeOf(id: string, prices: Record<string, LibraryPrice>): string {
  if (/embed/.test(id)) return "embedding";
  if (/whisper|transcribe/.test(id)) return "audio_transcription";
  if (/tts/.test(id)) return "audio_speech";
  if (/image/.test(id) && prices.output_mtok === undefined) return "image_generation";
  if (/moderation/.test(id)) return "moderation";
  return "chat";
}

function entryOf(model: LibraryModel, provider: string): Record<string, unknown> {
  const conditional = Array.isArray(model.prices)
    ? (model.prices as readonly LibraryConditionalPrices[])
    : undefined;
  // The prices in force on the file's date, as a file of that day would hold them.
  const inForce = conditional?.filter((entry) => (entry.constraint?.start_date ?? "") <= FILE_DATE);
  const prices = (inForce?.[inForce.length - 1]?.prices ?? model.prices) as Record<
    string,
    LibraryPrice
  >;
  const entry: Record<string, unknown> = {
    litellm_provider: provider,
    mode: modeOf(model.id, prices),
  };
  const fields: [string, string][] = [
    ["input_mtok", "input_cost_per_token"],
    ["output_mtok", "output_cost_per_token"],
    ["cache_read_mtok", "cache_read_input_token_cost"],
    ["cache_write_mtok", "cache_creation_input_token_cost"],
  ];
  for (const [from, to] of fields) {
    const price = prices[from];
    const value = base(price);
    if (value !== undefined) entry[to] = perToken(value);
    if (typeof price === "object") {
      for (const tier of price.tiers) {
        entry[`${to}_above_${Math.round(tier.start / 1000)}k_tokens`] = perToken(tier.price);
      }
    }
  }
  // A model the data prices at nothing (a free variant): litellm writes 0 for both prices.
  if (entry.mode === "chat" && Object.keys(prices).length === 0) {
    entry.input_cost_per_token = 0;
    entry.output_cost_per_token = 0;
  }
  if (model.deprecated === true) entry.deprecation_date = "2025-12-31";
  return entry;
}

/** The first `size` entries of the litellm-shaped file, `sample_spec` first as in litellm's. */
export function litellmLikeCatalog(size: number): Record<string, unknown> {
  const file: Record<string, unknown> = {
    sample_spec: {
      input_cost_per_token: 0.0,
      litellm_provider: "one of https://docs.litellm.ai/docs/providers",
      mode: "one of: chat, embedding, completion, image_generation, audio_transcription, audio_speech, image_generation, moderation, rerank, search",
      output_cost_per_token: 0.0,
    },
  };
  for (const provider of PROVIDERS) {
    const data = findProvider({ providerId: provider.id });
    if (data === undefined) throw new Error(`The price library has no provider ${provider.id}.`);
    for (const model of data.models as readonly LibraryModel[]) {
      if (Object.keys(file).length >= size) return file;
      const key = `${provider.prefix(model.id)}${model.id}`;
      const litellm =
        provider.id === "google" && model.id.startsWith("claude")
          ? "vertex_ai-anthropic_models"
          : provider.litellm;
      if (!(key in file)) file[key] = entryOf(model, litellm);
    }
  }
  if (Object.keys(file).length < size) throw new Error(`Only ${Object.keys(file).length} entries.`);
  return file;
}
