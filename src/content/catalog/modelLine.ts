import type { ModelClass } from "./types";

/*
 * Which line of models an id belongs to, which version it is, which class it is compared in, and
 * whether it is current. One rule for the built-in catalog (npm run prices) and for price files,
 * so that a model is placed the same way whichever source it comes from.
 *
 * The rule, written down:
 * - A model's line is its id without versions, dates, route prefixes and release tags:
 *   "claude-opus-4-5", "global.anthropic.claude-opus-4-5-v1:0" and "vertex_ai/claude-opus-4-5@2025"
 *   are all line "claude-opus", version 4.5; "gpt-5.4-mini" is line "gpt-mini", version 5.4;
 *   "gemini-3.1-pro-preview" is line "gemini-pro", version 3.1.
 * - Its class is the vendor's own tier (CLASS_OF_LINE): the top model of a vendor is frontier, its
 *   middle model balanced, its small and cheap model small. A line not in the table is `other`.
 * - It is current when its line belongs to a vendor's current generation (CURRENT_GENERATIONS:
 *   Claude 4.5 and later, GPT-5 and later, Gemini 3 and later, Cohere's Command A and Command R7B)
 *   and no newer version of the same line is offered by the same vendor or route.
 * - Only models that generate text qualify: ids that name another modality or a special-purpose
 *   variant (NOT_TEXT_GENERATION: embeddings, audio, speech, image, realtime, search, coding-only,
 *   open-weight, fine-tuned or free variants) never are current.
 */

/** A model's line and version: "claude-opus", [4, 5]. */
export interface ModelLine {
  readonly line: string;
  /** Version numbers, most significant first; empty when the id carries none. */
  readonly version: readonly number[];
}

// Route and region prefixes of Bedrock and Vertex ids, and a provider prefix ("anthropic.").
const PREFIXES =
  /^((global|regional|us|eu|apac|au|jp|us-gov)\.)?((anthropic|openai|google|cohere|amazon|meta|mistral)\.)?/;
// Dates and release tags: -20250929, -2024-05-13, -08-2024, -0613, @20251101, -v1:0, -latest, -preview.
const DATE_OR_TAG =
  /-\d{4}-\d{2}-\d{2}|-\d{2}-\d{4}|-\d{8}|-\d{4}(?=-|$)|@.*$|-v\d+(:\d+)?$|:\d+$|-(latest|preview|exp)(?=-|$)/g;
const NUMBER = /^\d+(\.\d+)*$/;

/** The line and version of a model id (litellm keys, genai-prices ids, Bedrock and Vertex ids). */
export function modelLine(id: string): ModelLine {
  const name = id.toLowerCase().slice(id.lastIndexOf("/") + 1);
  const bare = name.replace(PREFIXES, "").replace(DATE_OR_TAG, "");
  const words: string[] = [];
  const version: number[] = [];
  for (const token of bare.split("-").filter((part) => part !== "")) {
    if (NUMBER.test(token)) version.push(...token.split(".").map(Number));
    else words.push(token);
  }
  return { line: words.join("-"), version };
}

/** Negative, zero or positive as version `a` is older than, equal to or newer than `b`. */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Each vendor's lines by tier. A line not listed is `other`. */
const CLASS_OF_LINE: ReadonlyMap<string, ModelClass> = new Map([
  ["claude-opus", "frontier"],
  ["claude-fable", "frontier"],
  ["claude-sonnet", "balanced"],
  ["claude-haiku", "small"],
  ["gpt", "frontier"],
  ["gpt-pro", "frontier"],
  ["gpt-astra", "frontier"],
  ["gpt-sol", "balanced"],
  ["gpt-terra", "balanced"],
  ["gpt-mini", "small"],
  ["gpt-nano", "small"],
  ["gpt-luna", "small"],
  ["gemini-pro", "frontier"],
  ["gemini-flash", "balanced"],
  ["gemini-flash-lite", "small"],
  ["command-a", "frontier"],
  ["command-r-plus", "balanced"],
  ["command-r", "balanced"],
  ["command-r7b", "small"],
]);

/** The class a model is compared in, by its line (see CLASS_OF_LINE). */
export function classOf(id: string): ModelClass {
  return CLASS_OF_LINE.get(modelLine(id).line) ?? "other";
}

/** The current generation of each vendor: lines and the oldest version that still counts. */
const CURRENT_GENERATIONS: readonly { readonly line: RegExp; readonly from: readonly number[] }[] =
  [
    { line: /^claude-(opus|sonnet|haiku|fable)$/, from: [4, 5] },
    { line: /^gpt(-(pro|mini|nano|astra|sol|terra|luna))?$/, from: [5] },
    { line: /^gemini-(pro|flash|flash-lite)$/, from: [3] },
    // Cohere's ids carry no version: Command A and Command R7B are its current models; Command,
    // Command R and Command R+ are the generation before.
    { line: /^command-(a|r7b)$/, from: [] },
  ];

/** Words in an id that mean another modality or a special-purpose variant, not a text model. */
const NOT_TEXT_GENERATION =
  /embed|tts|audio|speech|realtime|transcribe|whisper|image|vision|video|live|search|moderation|computer-use|deep-research|codex|oss|free|ft:|\.ft-|chat-latest|chatgpt|omni|gemma|extended|instruct/;

/** Whether an id names a text-generation model (not embeddings, audio, images, fine-tunes…). */
export function isTextGeneration(id: string): boolean {
  return !NOT_TEXT_GENERATION.test(id.toLowerCase());
}

/** Whether a model's line and version belong to its vendor's current generation. */
export function inCurrentGeneration(id: string): boolean {
  const { line, version } = modelLine(id);
  return CURRENT_GENERATIONS.some(
    (generation) =>
      generation.line.test(line) &&
      (generation.from.length === 0 || compareVersions(version, generation.from) >= 0)
  );
}

/**
 * The current models among `ids` offered by one vendor or route: text models of the current
 * generation, the newest version of each line only (on a tie, the shortest id: the one without a
 * date). Returns the chosen ids in the order given.
 */
export function currentIds(ids: readonly string[]): string[] {
  const newest = new Map<string, { id: string; version: readonly number[] }>();
  for (const id of ids) {
    if (!isTextGeneration(id) || !inCurrentGeneration(id)) continue;
    const { line, version } = modelLine(id);
    const best = newest.get(line);
    const order = best === undefined ? 1 : compareVersions(version, best.version);
    if (order > 0 || (order === 0 && best !== undefined && id.length < best.id.length)) {
      newest.set(line, { id, version });
    }
  }
  const chosen = new Set([...newest.values()].map((entry) => entry.id));
  return ids.filter((id) => chosen.has(id));
}
