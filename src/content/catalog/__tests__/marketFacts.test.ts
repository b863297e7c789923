import { HISTORICAL_PRICES, MARKET_FACT_PRICES } from "..";
import type { ModelPrice } from "..";

function row(vendor: string, model: string): ModelPrice {
  const found = MARKET_FACT_PRICES.find((r) => r.vendor === vendor && r.model === model);
  if (!found) throw new Error(`no row for ${vendor} ${model}`);
  return found;
}

const PRICE_FIELDS = [
  "input",
  "output",
  "cacheWrite",
  "cacheHit",
  "batchInput",
  "batchOutput",
] as const;

describe("MARKET_FACT_PRICES (hand-checked)", () => {
  it("holds every model row of the market facts: 6 Anthropic, 6 OpenAI, 2 Google, 4 Cohere", () => {
    const count = (vendor: string) => MARKET_FACT_PRICES.filter((r) => r.vendor === vendor).length;
    expect([count("Anthropic"), count("OpenAI"), count("Google"), count("Cohere")]).toEqual([
      6, 6, 2, 4,
    ]);
    expect(MARKET_FACT_PRICES).toHaveLength(18);
  });

  it("gives Claude Sonnet 3 / 15 with a 3.75 five-minute write, 0.30 hit and a 1.50 / 7.50 batch", () => {
    expect(row("Anthropic", "Claude Sonnet 4 / 4.5 / 4.6")).toMatchObject({
      input: 3,
      output: 15,
      cacheWrite: 3.75,
      cacheHit: 0.3,
      batchInput: 1.5,
      batchOutput: 7.5,
    });
  });

  it("gives Claude Opus 4.5 / 4.6 and Haiku 3 the figures of Anthropic's table", () => {
    expect(row("Anthropic", "Claude Opus 4.5 / 4.6")).toMatchObject({
      input: 5,
      output: 25,
      cacheWrite: 6.25,
      cacheHit: 0.5,
    });
    expect(row("Anthropic", "Claude Haiku 3")).toMatchObject({
      input: 0.25,
      output: 1.25,
      cacheWrite: 0.3,
      cacheHit: 0.03,
    });
  });

  it("prices every Anthropic batch at exactly half the standard input and output", () => {
    for (const r of MARKET_FACT_PRICES.filter((p) => p.vendor === "Anthropic")) {
      expect([r.batchInput, r.batchOutput]).toEqual([r.input / 2, r.output / 2]);
    }
  });

  it("mentions the one-hour cache-write price in every Anthropic note", () => {
    for (const r of MARKET_FACT_PRICES.filter((p) => p.vendor === "Anthropic")) {
      expect(r.note).toMatch(/1-hour write/);
    }
  });

  it("gives gpt-4o its cached input and batch prices and gpt-4.1-mini 0.40 / 1.60 with no others", () => {
    expect(row("OpenAI", "gpt-4o")).toMatchObject({
      input: 2.5,
      output: 10,
      cacheHit: 1.25,
      batchInput: 1.25,
      batchOutput: 5,
    });
    expect(row("OpenAI", "gpt-4.1")).toMatchObject({
      input: 2,
      output: 8,
      cacheHit: 0.5,
      batchInput: 1,
      batchOutput: 4,
    });
    expect(row("OpenAI", "gpt-4.1-mini")).toEqual(
      expect.objectContaining({
        input: 0.4,
        output: 1.6,
        cacheWrite: null,
        cacheHit: null,
        batchInput: null,
        batchOutput: null,
      })
    );
  });

  it("warns that o3 was once listed at 10 / 40", () => {
    expect(row("OpenAI", "o3")).toMatchObject({ input: 2, output: 8 });
    expect(row("OpenAI", "o3").note).toMatch(/10 \/ 40/);
  });

  it("gives gemini-2.5-pro a 0.125 cache read and notes the 2.50 input above 200k tokens", () => {
    const gemini = row("Google", "gemini-2.5-pro");
    expect(gemini).toMatchObject({ input: 1.25, output: 10, cacheHit: 0.125 });
    expect(gemini.note).toMatch(/2\.50.*200k/);
  });

  it("gives command-r7b 0.0375 / 0.15 and says the Cohere source is secondary", () => {
    const r7b = row("Cohere", "command-r7b-12-2024");
    expect(r7b).toMatchObject({ input: 0.0375, output: 0.15 });
    expect(r7b.source).toMatch(/not Cohere's own page/);
  });

  it("gives every row a source and a read date", () => {
    for (const r of MARKET_FACT_PRICES) {
      expect(r.source.trim()).not.toBe("");
      expect(r.asOf).toBe("2026-11");
    }
  });

  it("has no negative or non-finite price", () => {
    for (const r of MARKET_FACT_PRICES) {
      for (const field of PRICE_FIELDS) {
        const value = r[field];
        if (value !== null) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });

  it("has one row per vendor and model, ignoring case", () => {
    const keys = MARKET_FACT_PRICES.map((r) => `${r.vendor}|${r.model}`.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("HISTORICAL_PRICES", () => {
  it("quotes the playbook's GPT-4 8k at about 60 and the Claude 3 figures as given", () => {
    expect(HISTORICAL_PRICES.find((h) => h.model === "GPT-4 (8k)")).toMatchObject({
      input: null,
      output: null,
      single: 60,
    });
    expect(HISTORICAL_PRICES.find((h) => h.model === "Claude 3.5 Haiku")).toMatchObject({
      input: 1,
      output: 5,
    });
    expect(HISTORICAL_PRICES.find((h) => h.model === "Claude 3 Opus")).toMatchObject({
      input: 15,
      output: 75,
    });
  });

  it("names the playbook as the source of every figure", () => {
    for (const h of HISTORICAL_PRICES) {
      expect(h).toMatchObject({ source: "CIO negotiation playbook", asOf: "2026-11" });
      expect(h.note).not.toBe("");
    }
  });
});
