import { readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import { CatalogImportError, parseLitellmCatalog } from "..";
import type { ModelPrice } from "..";

const OPTIONS = { fileName: "model_prices_and_context_window.json", asOf: "2026-11-20" };

function loadFixture(): unknown {
  return JSON.parse(readFileSync(join(__dirname, "fixtures", "litellm-sample.json"), "utf8"));
}

function parseOne(entry: unknown): ReturnType<typeof parseLitellmCatalog> {
  return parseLitellmCatalog({ "some-model": entry }, OPTIONS);
}

function rowOf(rows: ModelPrice[], model: string): ModelPrice {
  const found = rows.find((r) => r.model === model);
  if (!found) throw new Error(`no row for ${model}`);
  return found;
}

describe("parseLitellmCatalog", () => {
  describe("on a realistic litellm file", () => {
    const { rows, skipped } = parseLitellmCatalog(loadFixture(), OPTIONS);

    it("keeps the chat and completion models in file order", () => {
      expect(rows.map((r) => r.model)).toEqual([
        "gpt-4o",
        "claude-sonnet-4-5",
        "gemini-2.5-pro",
        "gemini/gemini-2.0-flash-001",
        "command-r7b-12-2024",
        "anthropic.claude-3-haiku-20240307-v1:0",
        "azure/gpt-4.1-mini",
        "gpt-3.5-turbo-instruct",
      ]);
    });

    it("converts every per-token cost to exactly the per-million figure", () => {
      expect(rowOf(rows, "gpt-4o")).toEqual({
        vendor: "OpenAI",
        model: "gpt-4o",
        input: 2.5,
        output: 10,
        cacheWrite: null,
        cacheHit: 1.25,
        batchInput: 1.25,
        batchOutput: 5,
        source: "Price file: model_prices_and_context_window.json",
        asOf: "2026-11-20",
        modelClass: "other",
      });
      expect(rowOf(rows, "claude-sonnet-4-5")).toMatchObject({
        input: 3,
        output: 15,
        cacheWrite: 3.75,
        cacheHit: 0.3,
      });
      expect(rowOf(rows, "command-r7b-12-2024")).toMatchObject({ input: 0.0375, output: 0.15 });
    });

    it("maps litellm providers to the vendor names the sheets show", () => {
      const vendors = Object.fromEntries(rows.map((r) => [r.model, r.vendor]));
      expect(vendors).toEqual({
        "gpt-4o": "OpenAI",
        "claude-sonnet-4-5": "Anthropic",
        "gemini-2.5-pro": "Google Vertex AI",
        "gemini/gemini-2.0-flash-001": "Google",
        "command-r7b-12-2024": "Cohere",
        "anthropic.claude-3-haiku-20240307-v1:0": "Amazon Bedrock",
        "azure/gpt-4.1-mini": "Azure OpenAI",
        "gpt-3.5-turbo-instruct": "OpenAI",
      });
    });

    it("reads the long-prompt price into the row and notes the deprecation date", () => {
      expect(rowOf(rows, "gemini-2.5-pro").longContext).toEqual({
        aboveTokens: 200_000,
        input: 2.5,
        output: null,
        cacheHit: null,
      });
      expect(rowOf(rows, "gemini/gemini-2.0-flash-001").note).toBe("Deprecation date 2026-02-05.");
      expect(rowOf(rows, "gpt-4o")).not.toHaveProperty("note");
    });

    it("says on every row which file it came from", () => {
      for (const r of rows)
        expect(r.source).toBe("Price file: model_prices_and_context_window.json");
    });

    it("lists the documentation entry, embeddings and images as skipped, with reasons", () => {
      expect(skipped).toEqual([
        {
          key: "sample_spec",
          reason: "not a model",
          detail: "litellm's documentation of the format",
        },
        { key: "text-embedding-3-small", reason: "not a text model", detail: 'mode "embedding"' },
        { key: "dall-e-3", reason: "not a text model", detail: 'mode "image_generation"' },
      ]);
    });
  });

  describe("per-million conversion", () => {
    it.each([
      [2.5e-6, 2.5],
      [3e-6, 3],
      [1.5e-7, 0.15],
      [3.75e-8, 0.0375],
      [1.25e-7, 0.125],
      [1.65e-6, 1.65],
      [0, 0],
    ])("turns %p per token into exactly %p per million", (perToken, expected) => {
      const { rows } = parseLitellmCatalog(
        {
          "some-model": {
            litellm_provider: "openai",
            input_cost_per_token: perToken,
            output_cost_per_token: perToken,
          },
        },
        { ...OPTIONS, includeZeroPriced: true }
      );
      expect(rows[0].input === expected).toBe(true);
      expect(rows[0].output === expected).toBe(true);
    });

    it("is exact where plain float multiplication is not", () => {
      const perToken = 1.65e-6;
      expect(perToken * 1e6).not.toBe(1.65);
      expect(
        parseOne({
          litellm_provider: "openai",
          input_cost_per_token: perToken,
          output_cost_per_token: 2.19e-6,
        }).rows[0]
      ).toMatchObject({ input: 1.65, output: 2.19 });
    });

    it("turns any cost written as k × 10^-9 per token into exactly k / 1000 per million", () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 10_000_000 }), (k) => {
          const perToken = Number(`${k}e-9`);
          const { rows } = parseOne({
            litellm_provider: "openai",
            input_cost_per_token: perToken,
            output_cost_per_token: 1e-6,
          });
          return rows[0].input === k / 1000;
        })
      );
    });
  });

  describe("entries it cannot use", () => {
    it.each<[string, unknown, [string, string]]>([
      [
        "an embedding model",
        {
          mode: "embedding",
          litellm_provider: "openai",
          input_cost_per_token: 2e-8,
          output_cost_per_token: 0,
        },
        ["not a text model", 'mode "embedding"'],
      ],
      [
        "a missing output cost",
        { mode: "chat", litellm_provider: "openai", input_cost_per_token: 1e-6 },
        ["no price per token", "no output_cost_per_token"],
      ],
      [
        "a missing input cost",
        { mode: "chat", litellm_provider: "openai", output_cost_per_token: 1e-6 },
        ["no price per token", "no input_cost_per_token"],
      ],
      [
        "a negative cost",
        {
          mode: "chat",
          litellm_provider: "openai",
          input_cost_per_token: -1e-6,
          output_cost_per_token: 1e-6,
        },
        ["price not usable", "input_cost_per_token is negative"],
      ],
      [
        "a cost written as a string",
        {
          mode: "chat",
          litellm_provider: "openai",
          input_cost_per_token: 1e-6,
          output_cost_per_token: "2e-06",
        },
        ["price not usable", "output_cost_per_token is not a number"],
      ],
      [
        "an infinite cost",
        { litellm_provider: "openai", input_cost_per_token: Infinity, output_cost_per_token: 1e-6 },
        ["price not usable", "input_cost_per_token is not a finite number"],
      ],
      [
        "a malformed optional cost",
        {
          litellm_provider: "openai",
          input_cost_per_token: 1e-6,
          output_cost_per_token: 1e-6,
          cache_read_input_token_cost: "cheap",
        },
        ["price not usable", "cache_read_input_token_cost is not a number"],
      ],
      [
        "a missing provider",
        { mode: "chat", input_cost_per_token: 1e-6, output_cost_per_token: 1e-6 },
        ["not a model", "no litellm_provider"],
      ],
      [
        "a non-string mode",
        {
          mode: 3,
          litellm_provider: "openai",
          input_cost_per_token: 1e-6,
          output_cost_per_token: 1e-6,
        },
        ["not a text model", "mode 3"],
      ],
      [
        "a non-string deprecation date",
        {
          litellm_provider: "openai",
          input_cost_per_token: 1e-6,
          output_cost_per_token: 1e-6,
          deprecation_date: 2026,
        },
        ["not a model", "deprecation_date is not a string"],
      ],
      ["an entry that is not an object", [1e-6, 2e-6], ["not a model", "entry is not an object"]],
      ["a null entry", null, ["not a model", "entry is not an object"]],
    ])("skips %s and says why", (_label, entry, [reason, detail]) => {
      expect(parseOne(entry)).toEqual({
        rows: [],
        skipped: [{ key: "some-model", reason, detail }],
      });
    });

    it("keeps an entry without a mode, as litellm's older entries have none", () => {
      const { rows } = parseOne({
        litellm_provider: "cohere",
        input_cost_per_token: 1.5e-7,
        output_cost_per_token: 6e-7,
      });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ vendor: "Cohere", input: 0.15, output: 0.6 });
    });

    it("does not take an inherited property name for a known provider", () => {
      const { rows } = parseOne({
        litellm_provider: "constructor",
        input_cost_per_token: 1e-6,
        output_cost_per_token: 1e-6,
      });
      expect(rows[0].vendor).toBe("constructor");
    });
  });

  describe("a file that is not a litellm catalog", () => {
    it.each<[string, unknown]>([
      ["an array", [{ input_cost_per_token: 1e-6 }]],
      ["null", null],
      ["a string", "gpt-4o"],
      ["a number", 42],
      ["a Date", new Date(0)],
    ])("is rejected with a CatalogImportError when it is %s", (_label, json) => {
      expect(() => parseLitellmCatalog(json, OPTIONS)).toThrow(CatalogImportError);
    });

    it("explains what shape the file must have", () => {
      let caught: unknown;
      try {
        parseLitellmCatalog([], OPTIONS);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(Error);
      expect(caught).toMatchObject({
        name: "CatalogImportError",
        message:
          "The price file must be a JSON object keyed by model name (litellm's model_prices_and_context_window.json).",
      });
    });
  });

  it("yields nothing and skips nothing for an empty object", () => {
    expect(parseLitellmCatalog({}, OPTIONS)).toEqual({ rows: [], skipped: [] });
  });
});
