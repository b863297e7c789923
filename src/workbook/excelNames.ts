/*
 * Names DEAL asks Excel for. Excel rejects a bad sheet or table name outright, and section codes
 * or catalog text may hold anything, so names built from data pass through these first.
 */

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;
/** Excel's longest table name. */
export const MAX_TABLE_NAME = 255;

/**
 * A sheet name Excel accepts: the characters []:*?/\ removed, no leading or trailing
 * apostrophe, at most 31 characters. Falls back to "DEAL" if nothing is left.
 */
export function safeSheetName(wanted: string): string {
  const cleaned = wanted
    .replace(/[[\]:*?/\\]/g, "")
    .replace(/\s+/g, " ")
    .slice(0, MAX_SHEET_NAME)
    // Excel refuses a leading or trailing apostrophe; spaces around one would expose it again.
    .replace(/^[\s']+|[\s']+$/g, "");
  return cleaned === "" ? "DEAL" : cleaned;
}

/**
 * A table name Excel accepts: only letters, digits and underscores (anything else becomes "_"),
 * starting with a letter, at most 255 characters. Callers pass a "DEAL_…" prefix, which also keeps
 * the name from looking like a cell reference (Excel refuses "A1" or "R1C1" as table names).
 */
export function safeTableName(wanted: string): string {
  const cleaned = wanted.replace(/[^A-Za-z0-9_]/g, "_");
  const name = /^[A-Za-z]/.test(cleaned) ? cleaned : `DEAL_${cleaned}`;
  return name.slice(0, MAX_TABLE_NAME);
}

/** Lower-case words joined by "-", for stable row ids: "Claude Opus 4.5" → "claude-opus-4-5". */
export function slug(text: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return words === "" ? "blank" : words;
}

/**
 * Makes ids unique in order: the second "a" becomes "a#2", the third "a#3". Rows are matched by
 * id, so two rows sharing one would overwrite each other on refresh.
 */
export function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  const taken = new Set(ids);
  return ids.map((id) => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    if (count === 1) return id;
    let n = count;
    // Skip suffixes another row already holds as its own id ("a#2" given twice plus "a").
    while (taken.has(`${id}#${n}`)) n += 1;
    const unique = `${id}#${n}`;
    taken.add(unique);
    seen.set(id, n);
    return unique;
  });
}
