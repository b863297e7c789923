import { TierMode } from "./tierTypes";

const MODE_NAMES: Readonly<Record<string, TierMode>> = {
  graduated: "graduated",
  tiered: "graduated",
  volume: "volume",
  bulk: "volume",
  stairstep: "stairstep",
};

/**
 * Reads a pricing mode as users type it: case-insensitive, surrounding spaces ignored, with the
 * aliases other billing systems use ("tiered" for graduated, "bulk" for volume).
 * @returns the mode, or `undefined` when the text names none.
 */
export function parseTierMode(text: string): TierMode | undefined {
  const key = text.trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(MODE_NAMES, key) ? MODE_NAMES[key] : undefined;
}
