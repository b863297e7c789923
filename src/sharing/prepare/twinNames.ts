import type { NativeTwin } from "../nativeTwin";
import { sameName } from "./twinIndex";
import type { WorkbookName } from "./types";

/** Comments of DEAL's names start so: a name with another comment is the user's. */
export const TWIN_COMMENT_PREFIX = "Native form of DEAL.";

/**
 * The Name Manager comment of a twin: what it is and, from `requires`, the Excel it needs (its
 * first clause; Excel takes at most 255 characters).
 */
export function twinComment(twin: NativeTwin): string {
  const needs = twin.requires.split(/[:;.]/)[0].trim();
  const comment = `${TWIN_COMMENT_PREFIX}${twin.fn.toUpperCase()}, defined by the DEAL add-in (Prepare for sharing).`;
  const full = needs === "" ? comment : `${comment} Needs ${needs}.`;
  return full.length <= 255 ? full : comment;
}

/**
 * A formula as Excel may give it back, for comparison: no whitespace and upper-case outside
 * string literals, without the _xlfn./_xlpm. prefixes of the file format.
 */
export function comparableFormula(formula: string): string {
  let result = "";
  let i = 0;
  while (i < formula.length) {
    const char = formula[i];
    if (char === '"') {
      let end = i + 1;
      while (end < formula.length && !(formula[end] === '"' && formula[end + 1] !== '"')) {
        end += formula[end] === '"' ? 2 : 1;
      }
      result += formula.slice(i, end + 1);
      i = end + 1;
    } else {
      if (!/\s/.test(char)) result += char.toUpperCase();
      i += 1;
    }
  }
  return result.replace(/_XL(FN|PM|WS)\./g, "");
}

/** What defining a twin's name takes: nothing, adding it, updating DEAL's own, or a conflict. */
export type NameStatus = "same" | "add" | "update" | "taken";

export function nameStatus(twin: NativeTwin, names: readonly WorkbookName[]): NameStatus {
  const existing = names.find((name) => sameName(name.name, twin.name));
  if (existing === undefined) return "add";
  if (comparableFormula(existing.formula) === comparableFormula(twin.lambda)) return "same";
  return existing.comment.startsWith(TWIN_COMMENT_PREFIX) ? "update" : "taken";
}
