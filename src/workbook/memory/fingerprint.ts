import { str as crc32 } from "crc-32";
import type { CellValue } from "../plan";

/*
 * What DEAL remembers of a value it wrote: a fingerprint, not the text. The memory only has to
 * tell whether a cell still holds what DEAL wrote, and a fingerprint does that in 7 characters
 * at most, whatever the text's length. It is the CRC-32 of the value's canonical text: a change
 * of up to 32 consecutive bits (any edit of one or two characters) always changes it, and any
 * other edit leaves it the same once in 2^32.
 */

/**
 * A value as one text, kind first, as Excel gives it back: blank and "" alike, a number to the
 * 15 significant digits Excel keeps.
 */
function canonical(value: CellValue): string {
  if (value === null || value === "") return "";
  if (typeof value === "number") return `n${Number(value.toPrecision(15))}`;
  if (typeof value === "boolean") return `b${String(value)}`;
  return `s${value}`;
}

/** Whether a cell's value and a planned value are the same for Excel. */
export function sameCellValue(a: CellValue, b: CellValue): boolean {
  return a === b || canonical(a) === canonical(b);
}

/**
 * Fingerprints already computed, by value: a table repeats its vendors, sources, dates and prices,
 * and inserting again fingerprints the same plan's values as the last insert.
 */
const known = new Map<CellValue, string>();
const KNOWN_MAX = 65536;

/** The fingerprint DEAL keeps of a value it wrote: up to 7 lower-case letters and digits. */
export function fingerprint(value: CellValue): string {
  let print = known.get(value);
  if (print === undefined) {
    print = (crc32(canonical(value)) >>> 0).toString(36);
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(value, print);
  }
  return print;
}

export const isBlank = (value: CellValue | undefined): boolean =>
  value === undefined || value === null || value === "";
