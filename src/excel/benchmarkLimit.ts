import type { ModelPrice } from "../content/catalog";
import { WorkbookRefusal } from "../workbook/workbookRefusal";

/*
 * The most models the benchmark takes, checked before Excel is touched. Measured (README, "Round
 * trips"): 5,000 models, with DEAL's memory of them, are about 7.3 MB of requests, written in 4
 * syncs of at most 2 MB; a bar chart of thousands of models is already past reading. A price file of
 * litellm's full catalog (a few thousand entries) fits; one of tens of thousands is refused.
 */
export const MAX_BENCHMARK_MODELS = 5_000;

const COUNT = new Intl.NumberFormat("en-US");

/**
 * Returns when the benchmark can be written with these models.
 * @throws WorkbookRefusal naming the count and the limit; nothing is read or written.
 */
export function requireBenchmarkSize(catalog: readonly ModelPrice[]): void {
  if (catalog.length <= MAX_BENCHMARK_MODELS) return;
  throw new WorkbookRefusal(
    `The price list has ${COUNT.format(catalog.length)} models; the benchmark takes at most ${COUNT.format(MAX_BENCHMARK_MODELS)}, a row and a bar each. Choose a price file with fewer models, or add it to the built-in catalog rather than replace it with fewer rows. Nothing was changed.`
  );
}
