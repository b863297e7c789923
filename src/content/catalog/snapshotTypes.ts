import type { DatedPrices, LongContextPrices, ModelClass } from "./types";

/** One model as the price library gives it, trimmed to what DEAL uses. USD per million tokens. */
export interface SnapshotModel {
  /** The library's provider and model id: "anthropic:claude-opus-5-5". */
  readonly id: string;
  /** Who bills it: "Anthropic", "Amazon Bedrock", "Google Vertex AI"… */
  readonly vendor: string;
  readonly model: string;
  readonly modelClass: ModelClass;
  /** Prices in force on the snapshot date. */
  readonly input: number;
  readonly output: number;
  /** The five-minute cache write where the library tells them apart. */
  readonly cacheWrite: number | null;
  readonly cacheWriteOneHour: number | null;
  readonly cacheHit: number | null;
  readonly longContext: LongContextPrices | null;
  /** Dated prices, oldest first; empty when the library gives one undated price. */
  readonly history: readonly DatedPrices[];
  /** The provider's pricing page the library cites. */
  readonly source: string;
}

/** A trimmed copy of the price library's data, written by `npm run prices`. */
export interface GenaiPricesSnapshot {
  readonly library: string;
  readonly version: string;
  /** When the snapshot was taken, `YYYY-MM-DD`: the date of its prices and of "a year ago". */
  readonly date: string;
  /** The current models of the vendors that matter here, chosen by the rule in modelLine.ts. */
  readonly models: readonly SnapshotModel[];
  /** Older models the hand-checked market facts and the playbook name, for checks and history. */
  readonly reference: readonly SnapshotModel[];
}
