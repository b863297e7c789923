import { readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import {
  choosePriceFileRows,
  defaultChoice,
  MAX_PRICE_PER_MILLION,
  parseLitellmCatalog,
  vendorsOf,
  type PriceFileRow,
} from "..";
import { buildBenchmarkSheet } from "../../../workbook/benchmarkSheet";
import { litellmLikeCatalog } from "../../../../test/support/litellmLikeCatalog";

/*
 * The import rules of issue 13 on a real-shaped file. fixtures/litellm-real-shaped.json holds
 * entries copied from litellm's model_prices_and_context_window.json (BerriAI/litellm: sample_spec
 * abridged, 1024-x-1024/dall-e-2, ai21.jamba-1-5-large-v1:0, amazon.nova-2-lite-v1:0,
 * azure/us/o3-mini-2025-01-31, azure/whisper-1, azure_ai/Cohere-embed-v3-english, azure_ai/Phi-4)
 * and entries shaped with litellm's field names for the cases the rules are about: long-context
 * prices at 128k, 200k, 256k and 272k, both batch spellings, zero-priced entries (ollama, a free
 * OpenRouter model) and a price typed per million where litellm wants per token (1e308).
 */

const OPTIONS = { fileName: "model_prices_and_context_window.json", asOf: "2026-12-07" };
const file: unknown = JSON.parse(
  readFileSync(join(__dirname, "fixtures", "litellm-real-shaped.json"), "utf8")
);
const { rows, skipped } = parseLitellmCatalog(file, OPTIONS);
const row = (key: string): PriceFileRow => {
  const found = rows.find((r) => r.model === key);
  if (found === undefined) throw new Error(`no row for ${key}`);
  return found;
};
const reasonOf = (key: string) => skipped.find((s) => s.key === key);

describe("a litellm file's entries priced 0 in and out", () => {
  it("are skipped as 'price unknown', never read as free models", () => {
    expect(reasonOf("ollama/llama3.1")?.reason).toBe("price unknown");
    expect(reasonOf("openrouter/meta-llama/llama-3.3-70b-instruct:free")?.reason).toBe(
      "price unknown"
    );
    expect(rows.some((r) => r.input === 0 && r.output === 0)).toBe(false);
  });

  it("are read when the user includes zero-priced entries", () => {
    const all = parseLitellmCatalog(file, { ...OPTIONS, includeZeroPriced: true });
    expect(all.rows.map((r) => r.model)).toEqual(
      expect.arrayContaining([
        "ollama/llama3.1",
        "openrouter/meta-llama/llama-3.3-70b-instruct:free",
      ])
    );
    expect(all.skipped.some((s) => s.reason === "price unknown")).toBe(false);
  });

  it("leave alone a model priced 0 for output only (an embedding is skipped for its mode)", () => {
    expect(reasonOf("azure_ai/Cohere-embed-v3-english")?.reason).toBe("not a text model");
  });
});

describe("long-context prices", () => {
  it.each([
    ["gemini/gemini-1.5-flash", 128_000, 0.15, 0.6, null],
    ["claude-sonnet-4-5", 200_000, 6, 22.5, 0.6],
    ["gemini/gemini-2.5-pro", 200_000, 2.5, 15, 0.25],
    ["gpt-5.4", 272_000, 5, 22.5, 0.5],
  ])("are read into the row of %s, above %p tokens", (key, above, input, output, cacheHit) => {
    expect(row(key).longContext).toEqual({ aboveTokens: above, input, output, cacheHit });
  });

  it("take the lowest threshold when a file gives several, and note the higher ones", () => {
    expect(row("xai/grok-4-fast").longContext).toEqual({
      aboveTokens: 128_000,
      input: 0.4,
      output: 1,
      cacheHit: null,
    });
    expect(row("xai/grok-4-fast").note).toBe("The file also prices prompts above 256k tokens.");
  });

  it("leave the standard prices as they are", () => {
    expect(row("gpt-5.4")).toMatchObject({ input: 2.5, output: 15, cacheHit: 0.25 });
  });
});

describe("batch prices", () => {
  it("are read from *_batches", () => {
    expect(row("azure/us/o3-mini-2025-01-31")).toMatchObject({
      batchInput: 0.605,
      batchOutput: 2.42,
    });
    expect(row("gemini/gemini-2.5-pro")).toMatchObject({ batchInput: 0.625, batchOutput: 5 });
  });

  it("are read from *_batch_requests", () => {
    expect(row("gpt-4o-mini")).toMatchObject({ batchInput: 0.075, batchOutput: 0.3 });
  });
});

describe("prices checked after conversion to per million tokens", () => {
  it("skip an entry priced 1e308 per token, saying the bound", () => {
    expect(reasonOf("typo/priced-per-token-as-per-million")).toEqual({
      key: "typo/priced-per-token-as-per-million",
      reason: "price not usable",
      detail:
        "input_cost_per_token is 1e+308 per token, 1e+314 per million tokens: more than the " +
        "10,000 per million that DEAL accepts",
    });
  });

  it("take a price of exactly the bound and refuse one just above it", () => {
    const one = (perToken: number) =>
      parseLitellmCatalog(
        {
          m: {
            litellm_provider: "openai",
            input_cost_per_token: perToken,
            output_cost_per_token: 1e-6,
          },
        },
        OPTIONS
      );
    expect(one(0.01).rows[0].input).toBe(MAX_PRICE_PER_MILLION);
    expect(one(0.0100001).skipped[0].reason).toBe("price not usable");
  });

  it("let every row that was read go on the benchmark sheet, whatever the doubles", () => {
    const price = fc.oneof(
      fc.double({ noNaN: true }),
      fc.constantFrom(0, 1e-6, 1e308, Number.MAX_VALUE, 5e-324, -0)
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(price, price, price, price), { maxLength: 8 }), (entries) => {
        const json = Object.fromEntries(
          entries.map(([input, output, hit, batch], i) => [
            `m${i}`,
            {
              litellm_provider: "openai",
              input_cost_per_token: input,
              output_cost_per_token: output,
              cache_read_input_token_cost: hit,
              input_cost_per_token_above_200k_tokens: batch,
            },
          ])
        );
        const read = parseLitellmCatalog(json, { ...OPTIONS, includeZeroPriced: true }).rows;
        for (const r of read) {
          for (const p of [r.input, r.output, r.cacheHit, r.longContext?.input ?? 0]) {
            expect(p !== null && Number.isFinite(p) && p >= 0 && p <= MAX_PRICE_PER_MILLION).toBe(
              true
            );
          }
        }
        expect(() => buildBenchmarkSheet(read)).not.toThrow();
      }),
      { numRuns: 200 }
    );
  });
});

describe("the real-shaped file as a whole", () => {
  it("reads its models and counts the skipped entries by reason", () => {
    const counts: Record<string, number> = {};
    for (const s of skipped) counts[s.reason] = (counts[s.reason] ?? 0) + 1;
    expect(rows).toHaveLength(11);
    expect(counts).toEqual({
      "not a model": 1,
      "not a text model": 3,
      "price unknown": 2,
      "price not usable": 1,
    });
  });
});

describe("choosing a price file's rows", () => {
  it("takes by default the playbook's four vendors and their current models", () => {
    const choice = defaultChoice(rows);
    expect(choice).toEqual({
      vendors: ["Anthropic", "OpenAI", "Google", "Cohere"],
      search: "",
      currentOnly: true,
    });
    // Claude Sonnet 4.5 and GPT-5.4 are current in this small file; Gemini 1.5 and 2.5 are not
    // (before Gemini 3), and gpt-4o-mini is before GPT-5.
    expect(choosePriceFileRows(rows, choice).map((r) => r.model)).toEqual([
      "claude-sonnet-4-5",
      "gpt-5.4",
      "command-a-03-2025",
    ]);
  });

  it("takes any vendor's every model when asked, and searches words in any case", () => {
    const all = { vendors: vendorsOf(rows).map((v) => v.vendor), search: "", currentOnly: false };
    expect(choosePriceFileRows(rows, all)).toHaveLength(rows.length);
    expect(choosePriceFileRows(rows, { ...all, search: "GEMINI pro" }).map((r) => r.model)).toEqual(
      ["gemini/gemini-2.5-pro"]
    );
  });

  it("lists the file's vendors, most rows first, then by name", () => {
    expect(vendorsOf(rows).slice(0, 3)).toEqual([
      { vendor: "Amazon Bedrock", count: 2 },
      { vendor: "Google", count: 2 },
      { vendor: "OpenAI", count: 2 },
    ]);
  });
});

describe("a 466-entry litellm-shaped file built from the price library's data", () => {
  const big = litellmLikeCatalog(466);
  const read = parseLitellmCatalog(big, OPTIONS);

  it("is read in full: every entry a row or skipped with a reason", () => {
    expect(Object.keys(big)).toHaveLength(466);
    expect(read.rows.length + read.skipped.length).toBe(466);
    expect(read.rows.some((r) => r.input === 0 && r.output === 0)).toBe(false);
    expect(read.skipped.filter((s) => s.reason === "price unknown").length).toBeGreaterThan(0);
    expect(read.rows.filter((r) => r.longContext !== undefined).length).toBeGreaterThan(0);
  });

  it("gives the benchmark a readable default: the four vendors' current models only", () => {
    const chosen = choosePriceFileRows(read.rows, defaultChoice(read.rows));
    expect(chosen.length).toBeLessThan(30);
    expect(new Set(chosen.map((r) => r.vendor))).toEqual(
      new Set(["Anthropic", "OpenAI", "Google", "Cohere"])
    );
  });
});
