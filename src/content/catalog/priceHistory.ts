import type { DatedPrices, ModelPrice, PeriodPrices } from "./types";

/*
 * A model's list price over time, from the dated prices its source gives (the price library's
 * start dates). Pure: dates are `YYYY-MM-DD` strings, which sort as text. The deal model's price
 * protection input can default from `listPriceSchedule` or `monthlyListPrices`.
 */

const pricesOf = (row: PeriodPrices): PeriodPrices => ({
  input: row.input,
  output: row.output,
  cacheWrite: row.cacheWrite,
  cacheHit: row.cacheHit,
});

/** Whether the source dates any of the model's prices (so that a change over time is on record). */
export function hasDatedPrices(model: ModelPrice): boolean {
  return (model.history ?? []).some((entry) => entry.from !== null);
}

/**
 * The model's list prices over time, oldest first: each entry holds from its `from` date until the
 * next entry's. Without dated prices, one entry from `null` (any date) at the model's prices.
 */
export function listPriceSchedule(model: ModelPrice): readonly DatedPrices[] {
  const history = model.history ?? [];
  return history.length > 0 ? history : [{ from: null, ...pricesOf(model) }];
}

/** The list prices in force on `date` (`YYYY-MM-DD`). */
export function listPricesOn(model: ModelPrice, date: string): PeriodPrices {
  const schedule = listPriceSchedule(model);
  const inForce = schedule.filter((entry) => entry.from === null || entry.from <= date);
  return pricesOf(inForce[inForce.length - 1] ?? schedule[0]);
}

/** The same day a year earlier: "2026-12-07" → "2025-12-07" (29 February → 28 February). */
export function yearBefore(date: string): string {
  const [year, month, day] = date.split("-");
  const earlier = `${Number(year) - 1}`.padStart(4, "0");
  return month === "02" && day === "29" ? `${earlier}-02-28` : `${earlier}-${month}-${day}`;
}

/**
 * The list prices a year before `date`, when the source dates the model's prices; `null` when it
 * gives one undated price, which says nothing about a year ago (the model may not have existed).
 */
export function pricesAYearBefore(
  model: ModelPrice,
  date: string
): { readonly date: string; readonly prices: PeriodPrices } | null {
  if (!hasDatedPrices(model)) return null;
  const then = yearBefore(date);
  return { date: then, prices: listPricesOn(model, then) };
}

/** The next dated change after `date`, if the source announces one. */
export function nextPriceChange(model: ModelPrice, date: string): DatedPrices | undefined {
  return listPriceSchedule(model).find((entry) => entry.from !== null && entry.from > date);
}

/**
 * The list prices in force on the first day of each of `months` months from `firstMonth`
 * (`YYYY-MM`): a contract's list-price schedule, month by month.
 */
export function monthlyListPrices(
  model: ModelPrice,
  firstMonth: string,
  months: number
): PeriodPrices[] {
  const [year, month] = firstMonth.split("-").map(Number);
  return Array.from({ length: months }, (_, i) => {
    const index = year * 12 + (month - 1) + i;
    const day =
      `${Math.floor(index / 12)}`.padStart(4, "0") +
      `-${`${(index % 12) + 1}`.padStart(2, "0")}-01`;
    return listPricesOn(model, day);
  });
}
