import { TierMode } from "./tierTypes";

/** The mode a name stands for; a switch compares interned strings by identity, cheaper than hashing. */
function modeNamed(name: string): TierMode | undefined {
  switch (name) {
    case "graduated":
    case "tiered":
      return "graduated";
    case "volume":
    case "bulk":
      return "volume";
    case "stairstep":
      return "stairstep";
    default:
      return undefined;
  }
}

/**
 * Reads a pricing mode as users type it: case-insensitive, surrounding spaces ignored, with the
 * aliases other billing systems use ("tiered" for graduated, "bulk" for volume).
 * @returns the mode, or `undefined` when the text names none.
 */
export function parseTierMode(text: string): TierMode | undefined {
  // Most cells hold the mode exactly as documented; skip normalising those.
  return modeNamed(text) ?? modeNamed(text.trim().toLowerCase());
}
