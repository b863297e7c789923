import { useState } from "react";
import {
  formatNumber,
  formatNumberList,
  NumberScale,
  parseNumber,
  parseNumberList,
  sameNumber,
  sameNumberList,
} from "../text/numberText";

/**
 * The text of a field that stores what the text stands for. It keeps what the user types ("0.",
 * "1e", "0, 20,") while that still stands for the stored value, and shows the stored value when it
 * changes from outside (a model picked from the catalog, a reset).
 */
function useDraft<T>(
  value: T,
  format: (value: T) => string,
  parse: (text: string) => T,
  same: (a: T, b: T) => boolean
): [text: string, setText: (text: string) => void] {
  const [draft, setDraft] = useState(() => format(value));
  const text = same(parse(draft), value) ? draft : format(value);
  return [text, setDraft];
}

/**
 * The text of a number field.
 * @returns the text to show, and the function to call with what the user typed.
 */
export function useNumberDraft(
  value: number | null,
  scale: NumberScale
): [text: string, setText: (text: string) => void] {
  return useDraft(
    value,
    (v) => formatNumber(v, scale),
    (text) => parseNumber(text, scale),
    sameNumber
  );
}

/** The text of a field that holds a list of numbers, "0, 20, 40". */
export function useNumberListDraft(
  values: readonly number[],
  scale: NumberScale
): [text: string, setText: (text: string) => void] {
  return useDraft(
    values,
    (v) => formatNumberList(v, scale),
    (text) => parseNumberList(text, scale),
    sameNumberList
  );
}
