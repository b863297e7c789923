import { GENAI_PRICES_SNAPSHOT } from "./genaiPricesSnapshot";
import { nextPriceChange } from "./priceHistory";
import type { GenaiPricesSnapshot, SnapshotModel } from "./snapshotTypes";
import type { ModelPrice } from "./types";

/*
 * The built-in catalog: the price library's snapshot (genaiPricesSnapshot.ts, written by
 * `npm run prices`), with the hand-checked facts the library lacks (Anthropic's batch prices).
 */

// market-facts.md: "Batch API (vendor's batch-processing page): 50% of the standard price".
const ANTHROPIC_BATCH_SHARE = 0.5;
const ANTHROPIC_BATCH_NOTE =
  "Batch = 50% of standard input and output (Anthropic's batch-processing page, read 2026-11).";

/** "anthropic.com/pricing#api": a pricing page without its scheme, as the sheet shows it. */
const pageText = (url: string) => url.replace(/^https?:\/\/(www\.)?/, "");

function noteFor(model: SnapshotModel, row: ModelPrice, date: string): string | undefined {
  const notes: string[] = [];
  if (model.cacheWriteOneHour !== null) {
    notes.push(`Cache write is the 5-minute price; 1-hour write ${model.cacheWriteOneHour}.`);
  }
  if (model.vendor === "Anthropic") notes.push(ANTHROPIC_BATCH_NOTE);
  if (model.vendor === "Amazon Bedrock") notes.push("Global cross-region endpoint.");
  const next = nextPriceChange(row, date);
  if (next !== undefined) {
    notes.push(`Scheduled: ${next.input} / ${next.output} from ${next.from} (genai-prices).`);
  }
  return notes.length > 0 ? notes.join(" ") : undefined;
}

/** One snapshot model as a catalog row, its source the provider's page, its date the snapshot's. */
export function catalogRow(model: SnapshotModel, snapshot: GenaiPricesSnapshot): ModelPrice {
  const batch = model.vendor === "Anthropic" ? ANTHROPIC_BATCH_SHARE : null;
  const row: ModelPrice = {
    vendor: model.vendor,
    model: model.model,
    input: model.input,
    output: model.output,
    cacheWrite: model.cacheWrite,
    cacheHit: model.cacheHit,
    // Halving a double is exact, so these are the decimal halves of the list prices.
    batchInput: batch === null ? null : model.input * batch,
    batchOutput: batch === null ? null : model.output * batch,
    source: `${pageText(model.source)} (via ${snapshot.library} ${snapshot.version})`,
    asOf: snapshot.date,
    modelClass: model.modelClass,
    ...(model.longContext === null ? {} : { longContext: model.longContext }),
    ...(model.history.length === 0 ? {} : { history: model.history }),
  };
  const note = noteFor(model, row, snapshot.date);
  return note === undefined ? row : { ...row, note };
}

/** The date of the built-in prices: when the snapshot was taken. */
export const CATALOG_DATE = GENAI_PRICES_SNAPSHOT.date;

/**
 * The built-in price catalog: the current text models of Anthropic, OpenAI, Google and Cohere,
 * and Claude through Amazon Bedrock and Google Vertex AI, in USD per million tokens, from the price
 * library's snapshot. Each row names its provider's pricing page and the snapshot's date.
 */
export const MODEL_PRICES: readonly ModelPrice[] = GENAI_PRICES_SNAPSHOT.models.map((model) =>
  catalogRow(model, GENAI_PRICES_SNAPSHOT)
);
