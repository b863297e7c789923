import { classOf, compareVersions, currentIds, modelLine } from "../modelLine";

describe("modelLine", () => {
  it.each([
    ["claude-opus-4-5", "claude-opus", [4, 5]],
    ["global.anthropic.claude-opus-4-5-v1:0", "claude-opus", [4, 5]],
    ["regional.anthropic.claude-sonnet-4-5-20250929-v1:0", "claude-sonnet", [4, 5]],
    ["vertex_ai/claude-opus-4-5@20251101", "claude-opus", [4, 5]],
    ["claude-3-5-haiku-latest", "claude-haiku", [3, 5]],
    ["gpt-5.4-mini", "gpt-mini", [5, 4]],
    ["gpt-6-sol", "gpt-sol", [6]],
    ["azure/gpt-4o-2024-05-13", "gpt-4o", []],
    ["gemini/gemini-3.1-pro-preview", "gemini-pro", [3, 1]],
    ["command-a-03-2025", "command-a", []],
    ["command-r7b-12-2024", "command-r7b", []],
  ])("reads %s as line %s, version %p", (id, line, version) => {
    expect(modelLine(id)).toEqual({ line, version });
  });

  it("orders versions number by number", () => {
    expect(compareVersions([5, 5], [5, 4])).toBeGreaterThan(0);
    expect(compareVersions([6], [5, 6])).toBeGreaterThan(0);
    expect(compareVersions([4, 5], [4, 5, 0])).toBe(0);
  });
});

describe("classOf", () => {
  it.each([
    ["claude-opus-5-5", "frontier"],
    ["claude-sonnet-5", "balanced"],
    ["claude-haiku-4-5", "small"],
    ["gpt-5.5", "frontier"],
    ["gpt-5.4-mini", "small"],
    ["gemini-3.8-flash", "balanced"],
    ["gemini/gemini-3.5-flash-lite", "small"],
    ["command-a-03-2025", "frontier"],
    ["command-r7b-12-2024", "small"],
    ["mistral/mistral-large-latest", "other"],
  ])("places %s in the %s class", (id, modelClass) => {
    expect(classOf(id)).toBe(modelClass);
  });
});

describe("currentIds", () => {
  it("keeps the newest version of each current line, the undated id on a tie", () => {
    expect(
      currentIds([
        "claude-opus-4-5",
        "claude-opus-4-5-20251101",
        "claude-opus-5",
        "claude-opus-5-20260301",
        "claude-3-opus-20240229",
        "claude-sonnet-4-6",
        "text-embedding-3-large",
        "gpt-4o",
        "gpt-5.5",
        "gpt-realtime-2",
      ])
    ).toEqual(["claude-opus-5", "claude-sonnet-4-6", "gpt-5.5"]);
  });
});
