import type { PriceFileRow } from "./litellm";
import { currentIds } from "./modelLine";

/*
 * Which rows of a price file go into the benchmark. A file can hold thousands of models: the user
 * picks vendors and searches models before anything is written. By default: the playbook's four
 * vendors, and their current models (the rule of modelLine.ts, less any past its deprecation date).
 */

/** The vendors the playbook negotiates with. */
export const PLAYBOOK_VENDORS: readonly string[] = ["Anthropic", "OpenAI", "Google", "Cohere"];

export interface PriceFileChoice {
  /** Vendors whose rows are taken. */
  readonly vendors: readonly string[];
  /** Words that must all appear in the model name or vendor (any case); empty takes all. */
  readonly search: string;
  /** Only each line's newest current model, as in the built-in catalog. */
  readonly currentOnly: boolean;
}

/** The file's vendors with their number of rows, most rows first, then by name. */
export function vendorsOf(rows: readonly PriceFileRow[]): { vendor: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.vendor, (counts.get(row.vendor) ?? 0) + 1);
  return [...counts]
    .map(([vendor, count]) => ({ vendor, count }))
    .sort((a, b) => b.count - a.count || a.vendor.localeCompare(b.vendor));
}

/** The playbook's vendors that the file has, current models only, no search. */
export function defaultChoice(rows: readonly PriceFileRow[]): PriceFileChoice {
  const present = new Set(rows.map((row) => row.vendor));
  return {
    vendors: PLAYBOOK_VENDORS.filter((vendor) => present.has(vendor)),
    search: "",
    currentOnly: true,
  };
}

function matchesSearch(row: PriceFileRow, search: string): boolean {
  const text = `${row.vendor} ${row.model}`.toLowerCase();
  return search
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== "")
    .every((word) => text.includes(word));
}

/**
 * The rows the choice takes, in file order. "Current" is judged per vendor, among all of that
 * vendor's rows, so that a search does not make an older model look like the newest.
 */
export function choosePriceFileRows(
  rows: readonly PriceFileRow[],
  choice: PriceFileChoice
): PriceFileRow[] {
  const vendors = new Set(choice.vendors);
  const inVendors = rows.filter((row) => vendors.has(row.vendor));
  let current: Set<PriceFileRow> | undefined;
  if (choice.currentOnly) {
    current = new Set();
    for (const vendor of vendors) {
      const live = inVendors.filter(
        (row) =>
          row.vendor === vendor &&
          (row.deprecationDate === undefined || row.deprecationDate > row.asOf)
      );
      const ids = new Set(currentIds(live.map((row) => row.model)));
      for (const row of live) if (ids.has(row.model)) current.add(row);
    }
  }
  return inVendors.filter(
    (row) => (current === undefined || current.has(row)) && matchesSearch(row, choice.search)
  );
}
