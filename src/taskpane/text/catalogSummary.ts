import type { ModelPrice } from "../../content/catalog";
import { count } from "./count";

/** "18 models from 4 vendors, prices as of 2026-11" (a range of dates when the rows differ). */
export function summarizeCatalog(rows: readonly ModelPrice[]): string {
  if (rows.length === 0) return "No models";
  const vendors = new Set(rows.map((row) => row.vendor));
  const dates = [...new Set(rows.map((row) => row.asOf))].sort();
  const asOf = dates.length === 1 ? dates[0] : `${dates[0]} to ${dates[dates.length - 1]}`;
  return `${count(rows.length, "model")} from ${count(vendors.size, "vendor")}, prices as of ${asOf}`;
}
