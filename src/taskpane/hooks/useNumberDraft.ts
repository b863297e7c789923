import { useState } from "react";
import { formatNumber, NumberScale, parseNumber, sameNumber } from "../text/numberText";

/**
 * The text of a number field. It keeps what the user types ("0.", "1e") while that still stands
 * for the stored number, and shows the stored number when it changes from outside (a model picked
 * from the catalog, a reset).
 * @returns the text to show, and the function to call with what the user typed.
 */
export function useNumberDraft(
  value: number | null,
  scale: NumberScale
): [text: string, setText: (text: string) => void] {
  const [draft, setDraft] = useState(() => formatNumber(value, scale));
  const text = sameNumber(parseNumber(draft, scale), value) ? draft : formatNumber(value, scale);
  return [text, setDraft];
}
