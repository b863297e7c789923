import { TierMode } from "./tierTypes";

const MODE_NAMES: ReadonlyMap<string, TierMode> = new Map([
  ["graduated", "graduated"],
  ["tiered", "graduated"],
  ["volume", "volume"],
  ["bulk", "volume"],
  ["stairstep", "stairstep"],
]);

/**
 * Reads a pricing mode as users type it: case-insensitive, surrounding spaces ignored, with the
 * aliases other billing systems use ("tiered" for graduated, "bulk" for volume).
 * @returns the mode, or `undefined` when the text names none.
 */
export function parseTierMode(text: string): TierMode | undefined {
  // Most cells hold the mode exactly as documented; skip normalising those.
  return MODE_NAMES.get(text) ?? MODE_NAMES.get(text.trim().toLowerCase());
}
