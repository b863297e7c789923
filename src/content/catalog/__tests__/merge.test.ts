import { mergeCatalog } from "..";
import type { ModelPrice } from "..";

function price(vendor: string, model: string, input: number, source = "base"): ModelPrice {
  return {
    vendor,
    model,
    input,
    output: input * 4,
    cacheWrite: null,
    cacheHit: null,
    batchInput: null,
    batchOutput: null,
    source,
    asOf: "2026-11",
  };
}

const BASE = [
  price("OpenAI", "gpt-4o", 2.5),
  price("Google", "gemini-2.5-pro", 1.25),
  price("Cohere", "command-r-08-2024", 0.15),
];

describe("mergeCatalog", () => {
  it("in replace mode keeps only the imported rows, in their order", () => {
    const imported = [
      price("Anthropic", "claude-haiku-4-5", 1, "file"),
      price("OpenAI", "gpt-4o", 2, "file"),
    ];
    expect(mergeCatalog(BASE, imported, "replace")).toEqual(imported);
  });

  it("in replace mode with nothing imported leaves an empty catalog", () => {
    expect(mergeCatalog(BASE, [], "replace")).toEqual([]);
  });

  it("in extend mode puts an imported row in place of the base row with the same vendor and model, ignoring case", () => {
    const newer = price("openai", "GPT-4o", 2, "file");
    expect(mergeCatalog(BASE, [newer], "extend")).toEqual([newer, BASE[1], BASE[2]]);
  });

  it("in extend mode appends imported rows that match nothing, in their own order", () => {
    const a = price("Anthropic", "claude-haiku-4-5", 1, "file");
    const b = price("Amazon Bedrock", "amazon.nova-lite-v1:0", 0.06, "file");
    const replacement = price("Cohere", "command-r-08-2024", 0.2, "file");
    expect(mergeCatalog(BASE, [a, replacement, b], "extend")).toEqual([
      BASE[0],
      BASE[1],
      replacement,
      a,
      b,
    ]);
  });

  it("in extend mode lets the last of several imported rows for one model win", () => {
    const first = price("Google", "gemini-2.5-pro", 1, "file");
    const second = price("Google", "gemini-2.5-pro", 2, "file");
    const extra = price("Google", "gemini-2.5-flash", 0.3, "file");
    const extraAgain = price("google", "Gemini-2.5-Flash", 0.35, "file");
    expect(mergeCatalog(BASE, [first, extra, second, extraAgain], "extend")).toEqual([
      BASE[0],
      second,
      BASE[2],
      extraAgain,
    ]);
  });

  it("does not treat the same model name from another vendor as a match", () => {
    const azure = price("Azure OpenAI", "gpt-4o", 2.5, "file");
    expect(mergeCatalog(BASE, [azure], "extend")).toEqual([...BASE, azure]);
  });

  it("leaves its inputs untouched", () => {
    const base = [...BASE];
    const imported = [price("OpenAI", "gpt-4o", 2, "file")];
    mergeCatalog(base, imported, "extend");
    mergeCatalog(base, imported, "replace")[0] = price("X", "y", 0);
    expect(base).toEqual(BASE);
    expect(imported).toEqual([price("OpenAI", "gpt-4o", 2, "file")]);
  });
});
