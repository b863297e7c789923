import { readFileSync } from "fs";
import { join } from "path";
import { findProvider } from "@pydantic/genai-prices";
import { GENAI_PRICES_SNAPSHOT } from "../../genaiPricesSnapshot";
import { buildSnapshot, ROUTES, REFERENCE_IDS, type LibraryProvider } from "../buildSnapshot";
import { renderSnapshot } from "../renderSnapshot";

/*
 * The snapshot script's rules on a fixture cut from the library's own data
 * (fixtures/genai-prices-0.1.8-cut.json: a few models of each provider, as findProvider gives
 * them), and the committed snapshot against the installed package.
 */

const LIBRARY = { name: "@pydantic/genai-prices", version: "0.1.8" };
const cut = JSON.parse(
  readFileSync(join(__dirname, "fixtures", "genai-prices-0.1.8-cut.json"), "utf8")
) as LibraryProvider[];
const snapshot = buildSnapshot(cut, LIBRARY, "2026-12-07");
const ids = (vendor: string) => snapshot.models.filter((m) => m.vendor === vendor).map((m) => m.id);

describe("buildSnapshot on a cut of the library's data", () => {
  it("keeps each vendor's current text models, the newest version of each line", () => {
    expect(ids("Anthropic")).toEqual([
      "anthropic:claude-fable-5-1",
      "anthropic:claude-haiku-4-5",
      "anthropic:claude-opus-5-5",
      "anthropic:claude-sonnet-5",
    ]);
    expect(ids("OpenAI")).toEqual([
      "openai:gpt-5.4-mini",
      "openai:gpt-5.5",
      "openai:gpt-5.5-pro",
      "openai:gpt-5.6-terra",
    ]);
    expect(ids("Google")).toEqual([
      "google:gemini-3.1-pro-preview",
      "google:gemini-3.5-flash-lite",
      "google:gemini-3.8-flash",
    ]);
    expect(ids("Cohere")).toEqual(["cohere:command-a", "cohere:command-r7b"]);
  });

  it("leaves out embeddings, realtime, open-weight and coding-only models, older versions and free ones", () => {
    const all = snapshot.models.map((m) => m.id);
    for (const left of [
      "openai:text-embedding-3-large",
      "openai:gpt-realtime",
      "openai:gpt-oss-120b",
      "openai:gpt-5.3-codex",
      "openai:gpt-5.4",
      "google:gemini-3-pro-preview",
      "google:gemini-embedding-001",
      "google:gemma-3",
      "cohere:embed-v4.0",
      "cohere:command-r",
      "anthropic:claude-opus-5",
      "anthropic:claude-2",
    ]) {
      expect(all).not.toContain(left);
    }
  });

  it("takes Claude through Vertex AI and Bedrock's global endpoint, not older Claude models", () => {
    expect(ids("Google Vertex AI")).toEqual(["google:claude-opus-5-5"]);
    expect(ids("Amazon Bedrock")).toEqual(["aws:global.anthropic.claude-opus-5-5"]);
    expect(snapshot.models.find((m) => m.vendor === "Amazon Bedrock")?.model).toBe(
      "Claude Opus 5.5"
    );
  });

  it("has no Azure OpenAI row when Azure's own models are not current (it refers GPT to OpenAI)", () => {
    expect(ids("Azure OpenAI")).toEqual([]);
  });

  it("keeps each row's pricing page, class, long-context tier and dated prices", () => {
    const gpt55 = snapshot.models.find((m) => m.id === "openai:gpt-5.5");
    expect(gpt55).toMatchObject({
      vendor: "OpenAI",
      model: "GPT-5.5",
      modelClass: "frontier",
      input: 5,
      output: 30,
      longContext: { aboveTokens: 271999, input: 10, output: 45, cacheHit: 1 },
      history: [],
      source: "https://developers.openai.com/api/docs/pricing",
    });
    expect(snapshot.models.find((m) => m.id === "google:claude-opus-5-5")?.source).toBe(
      "https://cloud.google.com/vertex-ai/generative-ai/pricing"
    );
    expect(snapshot.models.find((m) => m.id === "openai:gpt-5.6-terra")?.history).toEqual([
      { from: null, input: 2.5, output: 15, cacheWrite: 3.125, cacheHit: 0.25 },
      { from: "2026-07-30", input: 2, output: 12, cacheWrite: 2.5, cacheHit: 0.2 },
    ]);
  });

  it("prices a model at what is in force on the snapshot's date", () => {
    const terra = (date: string) =>
      buildSnapshot(cut, LIBRARY, date).models.find((m) => m.id === "openai:gpt-5.6-terra");
    expect(terra("2026-07-29")).toMatchObject({ input: 2.5, output: 15 });
    expect(terra("2026-07-30")).toMatchObject({ input: 2, output: 12 });
    // A change announced for later is history, not today's price.
    expect(snapshot.models.find((m) => m.id === "google:gemini-3.8-flash")).toMatchObject({
      input: 0.75,
      output: 3.75,
    });
  });

  it("keeps the reference models the market facts and the playbook name", () => {
    expect(snapshot.reference.map((m) => m.id)).toEqual(
      REFERENCE_IDS.map((r) => `${r.provider}:${r.id}`)
    );
    expect(snapshot.reference.find((m) => m.id === "openai:o3")).toMatchObject({
      input: 2,
      output: 8,
    });
  });

  it("refuses data without a provider a route needs", () => {
    expect(() => buildSnapshot(cut.slice(1), LIBRARY, "2026-12-07")).toThrow(
      'The price library has no provider "anthropic".'
    );
  });

  it("renders a module that names the library, its version and the date", () => {
    const text = renderSnapshot(snapshot);
    expect(text).toContain(
      "Generated by `npm run prices` from @pydantic/genai-prices 0.1.8 on 2026-12-07."
    );
    expect(text).toContain('"date": "2026-12-07"');
  });
});

describe("the committed snapshot", () => {
  it("is what npm run prices makes from the installed package on its date", () => {
    const providers = [...new Set([...ROUTES, ...REFERENCE_IDS].map((r) => r.provider))].map(
      (providerId) => findProvider({ providerId }) as LibraryProvider
    );
    const fresh = buildSnapshot(providers, LIBRARY, GENAI_PRICES_SNAPSHOT.date);
    expect(JSON.parse(JSON.stringify(fresh))).toEqual(GENAI_PRICES_SNAPSHOT);
  });
});
