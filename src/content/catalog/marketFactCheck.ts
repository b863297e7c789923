import type { GenaiPricesSnapshot, SnapshotModel } from "./snapshotTypes";
import type { ModelPrice } from "./types";

/*
 * The hand-checked market facts against the price library: where both give a price for the same
 * model, do they agree? A test lists every disagreement, so that a new one is seen and judged.
 */

/** The library's ids of each hand-checked row (a row may name several versions at one price). */
export const MARKET_FACT_IDS: Readonly<Record<string, readonly string[]>> = {
  "Claude Opus 4.5 / 4.6": ["anthropic:claude-opus-4-5", "anthropic:claude-opus-4-6"],
  "Claude Opus 4 / 4.1": ["anthropic:claude-opus-4-0", "anthropic:claude-opus-4-1"],
  "Claude Sonnet 4 / 4.5 / 4.6": [
    "anthropic:claude-sonnet-4-0",
    "anthropic:claude-sonnet-4-5",
    "anthropic:claude-sonnet-4-6",
  ],
  "Claude Haiku 4.5": ["anthropic:claude-haiku-4-5"],
  "Claude Haiku 3.5": ["anthropic:claude-3-5-haiku-latest"],
  "Claude Haiku 3": ["anthropic:claude-3-haiku"],
  "gpt-4o": ["openai:gpt-4o"],
  "gpt-4.1": ["openai:gpt-4.1"],
  "gpt-4.1-mini": ["openai:gpt-4.1-mini"],
  "gpt-4o-mini": ["openai:gpt-4o-mini"],
  o3: ["openai:o3"],
  "o4-mini": ["openai:o4-mini"],
  "gemini-2.5-pro": ["google:gemini-2.5-pro"],
  "gemini-2.5-flash": ["google:gemini-2.5-flash"],
  "command-a-03-2025": ["cohere:command-a"],
  "command-r-plus-08-2024": ["cohere:command-r-plus"],
  "command-r-08-2024": ["cohere:command-r"],
  "command-r7b-12-2024": ["cohere:command-r7b"],
};

const COMPARED = ["input", "output", "cacheWrite", "cacheHit"] as const;

/** One price on which a hand-checked fact and the library differ. */
export interface Disagreement {
  readonly model: string;
  readonly libraryId: string;
  readonly price: (typeof COMPARED)[number];
  readonly handChecked: number;
  readonly library: number;
}

/**
 * Every price where a hand-checked row and the library's model of the same name differ, both giving
 * one; a hand-checked row the library does not have is reported with `library` NaN.
 */
export function marketFactDisagreements(
  facts: readonly ModelPrice[],
  snapshot: GenaiPricesSnapshot
): Disagreement[] {
  const library = new Map<string, SnapshotModel>(
    [...snapshot.reference, ...snapshot.models].map((model) => [model.id, model])
  );
  return facts.flatMap((fact) =>
    (MARKET_FACT_IDS[fact.model] ?? [`(no id for ${fact.model})`]).flatMap((libraryId) => {
      const model = library.get(libraryId);
      if (model === undefined) {
        return [
          { model: fact.model, libraryId, price: "input", handChecked: fact.input, library: NaN },
        ];
      }
      return COMPARED.flatMap((price) => {
        const [ours, theirs] = [fact[price], model[price]];
        return ours !== null && theirs !== null && ours !== theirs
          ? [{ model: fact.model, libraryId, price, handChecked: ours, library: theirs }]
          : [];
      });
    })
  );
}
