import type { ModelPrice } from "./types";

/**
 * How an imported price list combines with the current one: `replace` keeps only the imported
 * rows; `extend` keeps the current rows, lets an imported row overwrite the row of the same
 * vendor and model, and appends the rest.
 */
export type MergeMode = "replace" | "extend";

// Vendor and model names differ in case between sources ("GPT-4o" vs "gpt-4o").
function rowKey(row: ModelPrice): string {
  return `${row.vendor.toLowerCase()}\u0000${row.model.toLowerCase()}`;
}

/**
 * Combines the current catalog with imported rows. In `extend` mode an imported row whose
 * vendor and model match an existing row (ignoring case) takes that row's place; other imported
 * rows are appended in their own order. Inputs are not modified.
 */
export function mergeCatalog(
  base: readonly ModelPrice[],
  imported: readonly ModelPrice[],
  mode: MergeMode
): ModelPrice[] {
  if (mode === "replace") return [...imported];
  const merged = [...base];
  const positions = new Map<string, number>();
  merged.forEach((row, index) => {
    if (!positions.has(rowKey(row))) positions.set(rowKey(row), index);
  });
  for (const row of imported) {
    const key = rowKey(row);
    const index = positions.get(key);
    if (index === undefined) {
      positions.set(key, merged.length);
      merged.push(row);
    } else {
      merged[index] = row;
    }
  }
  return merged;
}
