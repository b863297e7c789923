/**
 * A past list price quoted by the playbook, in USD per million tokens, for a "price trend"
 * column next to today's prices. `null` means the playbook gives no separate figure.
 */
export interface HistoricalPrice {
  readonly vendor: string;
  readonly model: string;
  readonly input: number | null;
  readonly output: number | null;
  /** The one figure quoted when the playbook does not split input and output (GPT-4 8k). */
  readonly single?: number;
  /** What the figure is and how it was quoted. */
  readonly note: string;
  readonly source: string;
  /** When the source was read, `YYYY-MM`. */
  readonly asOf: string;
  /** The price library's id of the same model (genaiPricesSnapshot.ts, reference models). */
  readonly libraryId?: string;
}

const PLAYBOOK = "CIO negotiation playbook";
const READ = "2026-11";

/** Historical prices the playbook quotes; older than `MODEL_PRICES`, for showing the trend. */
export const HISTORICAL_PRICES: readonly HistoricalPrice[] = [
  {
    vendor: "OpenAI",
    model: "GPT-4 (8k)",
    input: null,
    output: null,
    single: 60,
    note: "About $60 per million tokens; the playbook does not split input and output.",
    source: PLAYBOOK,
    asOf: READ,
    libraryId: "openai:gpt-4",
  },
  {
    vendor: "Anthropic",
    model: "Claude 3.5 Haiku",
    input: 1,
    output: 5,
    note: "Historical figure; Anthropic's page now lists Claude Haiku 3.5 at 0.80 / 4.",
    source: PLAYBOOK,
    asOf: READ,
    libraryId: "anthropic:claude-3-5-haiku-latest",
  },
  {
    vendor: "Anthropic",
    model: "Claude 3 Opus",
    input: 15,
    output: 75,
    note: "Historical figure.",
    source: PLAYBOOK,
    asOf: READ,
    libraryId: "anthropic:claude-3-opus-latest",
  },
];
