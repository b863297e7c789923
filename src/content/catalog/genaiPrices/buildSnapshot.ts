import { classOf, currentIds, modelLine } from "../modelLine";
import type { GenaiPricesSnapshot, SnapshotModel } from "../snapshotTypes";
import type { DatedPrices, LongContextPrices, PeriodPrices } from "../types";

/*
 * Build-time only (npm run prices): turns the price library's provider data into DEAL's trimmed
 * snapshot. Never imported by the add-in. The shapes below are the part of
 * @pydantic/genai-prices' Provider and ModelInfo types this reads, written out so that a fixture
 * cut from the data is enough to test it.
 */

/** A price: flat, or tiered by prompt length (`base` up to the first tier's `start` tokens). */
export type LibraryPrice =
  | number
  | { readonly base: number; readonly tiers: readonly { start: number; price: number }[] }
  | undefined;

type LibraryPrices = Readonly<Record<string, LibraryPrice>>;

export interface LibraryConditionalPrices {
  readonly constraint?: { readonly type?: string; readonly start_date?: string };
  readonly prices: LibraryPrices;
}

export interface LibraryModel {
  readonly id: string;
  readonly name?: string;
  readonly deprecated?: boolean;
  readonly prices: LibraryPrices | readonly LibraryConditionalPrices[];
}

export interface LibraryProvider {
  readonly id: string;
  readonly name: string;
  readonly pricing_urls?: readonly string[];
  readonly models: readonly LibraryModel[];
}

/** Who bills a model, and which of a provider's models go through them. */
interface Route {
  readonly provider: string;
  readonly vendor: string;
  readonly takes: (id: string) => boolean;
  /** Picks the provider's pricing page for this route. */
  readonly page?: RegExp;
}

/** The vendors that matter here, and the routes to Claude and GPT through the big clouds. */
export const ROUTES: readonly Route[] = [
  { provider: "anthropic", vendor: "Anthropic", takes: (id) => id.startsWith("claude") },
  { provider: "openai", vendor: "OpenAI", takes: () => true },
  {
    provider: "google",
    vendor: "Google",
    takes: (id) => id.startsWith("gemini"),
    page: /ai\.google/,
  },
  {
    provider: "google",
    vendor: "Google Vertex AI",
    takes: (id) => id.startsWith("claude"),
    page: /vertex/,
  },
  // The global cross-region endpoint: one price for all regions (regional ids are listed apart).
  { provider: "aws", vendor: "Amazon Bedrock", takes: (id) => id.startsWith("global.anthropic.") },
  { provider: "azure", vendor: "Azure OpenAI", takes: (id) => /^(gpt|o\d)/.test(id) },
  { provider: "cohere", vendor: "Cohere", takes: () => true },
];

/** Older models the hand-checked market facts and the playbook's history name. */
export const REFERENCE_IDS: readonly { readonly provider: string; readonly id: string }[] = [
  ...[
    "claude-opus-4-0",
    "claude-opus-4-1",
    "claude-opus-4-5",
    "claude-opus-4-6",
    "claude-sonnet-4-0",
    "claude-sonnet-4-5",
    "claude-sonnet-4-6",
    "claude-haiku-4-5",
    "claude-3-5-haiku-latest",
    "claude-3-haiku",
    "claude-3-opus-latest",
  ].map((id) => ({ provider: "anthropic", id })),
  ...["gpt-4", "gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "o3", "o4-mini"].map((id) => ({
    provider: "openai",
    id,
  })),
  ...["gemini-2.5-pro", "gemini-2.5-flash"].map((id) => ({ provider: "google", id })),
  ...["command-a", "command-r-plus", "command-r", "command-r7b"].map((id) => ({
    provider: "cohere",
    id,
  })),
];

const base = (price: LibraryPrice): number | null =>
  price === undefined ? null : typeof price === "number" ? price : price.base;

/** The prices in force on `date`, as the library picks them: the last dated entry begun by then. */
function pricesOn(model: LibraryModel, date: string): LibraryPrices {
  if (!Array.isArray(model.prices)) return model.prices as LibraryPrices;
  const entries = model.prices as readonly LibraryConditionalPrices[];
  for (let i = entries.length - 1; i >= 0; i--) {
    const start = entries[i].constraint?.start_date;
    if (entries[i].constraint === undefined || (start !== undefined && start <= date)) {
      return entries[i].prices;
    }
  }
  return entries[0].prices;
}

function periodPrices(prices: LibraryPrices): PeriodPrices {
  return {
    input: base(prices.input_mtok) ?? 0,
    output: base(prices.output_mtok) ?? 0,
    cacheWrite: base(prices.cache_write_mtok),
    cacheHit: base(prices.cache_read_mtok),
  };
}

/** The dated prices of a model, oldest first; empty when it has one undated price. */
function historyOf(model: LibraryModel): DatedPrices[] {
  if (!Array.isArray(model.prices)) return [];
  return (model.prices as readonly LibraryConditionalPrices[])
    .filter((entry) => entry.constraint === undefined || entry.constraint.start_date !== undefined)
    .map((entry) => ({ from: entry.constraint?.start_date ?? null, ...periodPrices(entry.prices) }))
    .sort((a, b) => (a.from ?? "").localeCompare(b.from ?? ""));
}

/** The first tier of the input price, with the output and cache-hit prices of the same tier. */
function longContextOf(prices: LibraryPrices): LongContextPrices | null {
  const tierAt = (price: LibraryPrice, start: number) =>
    typeof price === "object" ? (price.tiers.find((t) => t.start === start)?.price ?? null) : null;
  const input = prices.input_mtok;
  if (typeof input !== "object" || input.tiers.length === 0) return null;
  const start = input.tiers[0].start;
  return {
    aboveTokens: start,
    input: input.tiers[0].price,
    output: tierAt(prices.output_mtok, start),
    cacheHit: tierAt(prices.cache_read_mtok, start),
  };
}

/** "claude-opus@5.5" → the first name a provider gives that line and version. */
function nameIndex(providers: readonly LibraryProvider[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const model of providers.flatMap((provider) => provider.models)) {
    const { line, version } = modelLine(model.id);
    const key = `${line}@${version.join(".")}`;
    if (model.name !== undefined && !names.has(key)) names.set(key, model.name);
  }
  return names;
}

function pageOf(provider: LibraryProvider, route: Route): string {
  const pages = provider.pricing_urls ?? [];
  return pages.find((url) => route.page?.test(url) ?? true) ?? pages[0] ?? provider.name;
}

function toSnapshotModel(
  model: LibraryModel,
  provider: LibraryProvider,
  route: Route,
  date: string,
  names: Map<string, string>
): SnapshotModel {
  const prices = pricesOn(model, date);
  const { line, version } = modelLine(model.id);
  return {
    id: `${provider.id}:${model.id}`,
    vendor: route.vendor,
    model: model.name ?? names.get(`${line}@${version.join(".")}`) ?? model.id,
    modelClass: classOf(model.id),
    ...periodPrices(prices),
    cacheWriteOneHour: base(prices.cache_write_1h_mtok),
    longContext: longContextOf(prices),
    history: historyOf(model),
    source: pageOf(provider, route),
  };
}

/** Priced for text in and out on `date`, and not marked deprecated by the library. */
function sellsText(model: LibraryModel, date: string): boolean {
  const { input, output } = periodPrices(pricesOn(model, date));
  return model.deprecated !== true && input > 0 && output > 0;
}

/**
 * The snapshot of the library's data on `date`: for each route, its current text models by the
 * rule of modelLine.ts, and the reference models the market facts and the playbook name.
 * @throws Error when a provider a route needs is missing from `providers`.
 */
export function buildSnapshot(
  providers: readonly LibraryProvider[],
  library: { readonly name: string; readonly version: string },
  date: string
): GenaiPricesSnapshot {
  const byId = new Map(providers.map((provider) => [provider.id, provider]));
  const provider = (id: string) => {
    const found = byId.get(id);
    if (found === undefined) throw new Error(`The price library has no provider "${id}".`);
    return found;
  };
  const names = nameIndex(providers);
  const models = ROUTES.flatMap((route) => {
    const source = provider(route.provider);
    const candidates = source.models.filter((m) => route.takes(m.id) && sellsText(m, date));
    const chosen = new Set(currentIds(candidates.map((m) => m.id)));
    return candidates
      .filter((m) => chosen.has(m.id))
      .map((m) => toSnapshotModel(m, source, route, date, names));
  });
  const reference = REFERENCE_IDS.map(({ provider: providerId, id }) => {
    const source = provider(providerId);
    const model = source.models.find((m) => m.id === id);
    if (model === undefined) throw new Error(`The price library has no ${providerId} "${id}".`);
    const route = ROUTES.find((r) => r.provider === providerId && r.takes(id)) as Route;
    return toSnapshotModel(model, source, route, date, names);
  });
  return { library: library.name, version: library.version, date, models, reference };
}
