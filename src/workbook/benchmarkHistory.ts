import { GENAI_PRICES_SNAPSHOT, HISTORICAL_PRICES } from "../content/catalog/history";
import { hasDatedPrices, listPriceSchedule } from "../content/catalog/priceHistory";
import type { ModelPrice } from "../content/catalog/types";
import type { CellBlock, CellContent } from "./plan";

/*
 * The price history under the benchmark's chart: each catalog model whose source dates its prices,
 * price by price, then the playbook's historical figures, labelled as such, each next to the price
 * library's figure for the same model.
 */

const HEADERS = ["Model", "In force from", "Input", "Output", "What it is"];

const cell = (value: string | number | null): CellContent => ({ value });

function datedRows(catalog: readonly ModelPrice[]): CellContent[][] {
  return catalog
    .filter(hasDatedPrices)
    .flatMap((row) =>
      listPriceSchedule(row).map((entry) => [
        cell(`${row.model} (${row.vendor})`),
        cell(entry.from ?? "earlier"),
        cell(entry.input),
        cell(entry.output),
        cell(`List price, ${row.source}`),
      ])
    );
}

function historicalRows(): CellContent[][] {
  const library = new Map(GENAI_PRICES_SNAPSHOT.reference.map((model) => [model.id, model]));
  return HISTORICAL_PRICES.flatMap((figure) => {
    const quoted = [
      cell(`${figure.model} (${figure.vendor})`),
      cell("historical"),
      cell(figure.input ?? null),
      cell(figure.output ?? null),
      cell(`Historical figure: ${figure.note} (${figure.source}, read ${figure.asOf})`),
    ];
    const theirs = figure.libraryId === undefined ? undefined : library.get(figure.libraryId);
    if (theirs === undefined) return [quoted];
    return [
      quoted,
      [
        cell(`${figure.model} (${figure.vendor})`),
        cell("historical"),
        cell(theirs.input),
        cell(theirs.output),
        cell(
          `Historical figure: ${GENAI_PRICES_SNAPSHOT.library} ${GENAI_PRICES_SNAPSHOT.version}` +
            ` lists ${theirs.model} at these prices`
        ),
      ],
    ];
  });
}

/**
 * The columns of the history, on the price table's: the model in its Model column, where it
 * wraps, the prices under its Input and Output (whose headers a printed page repeats above), and
 * "What it is" last, running on over the empty cells right of it.
 */
const COLUMNS = [0, 1, 3, 4, 5];

/** "Price history", a header row and a row per dated price and historical figure, from `row`. */
export function priceHistoryBlocks(catalog: readonly ModelPrice[], row: number): CellBlock[] {
  const rows = [...datedRows(catalog), ...historicalRows()];
  return [
    {
      at: { row, column: 0 },
      cells: [[cell("Price history (USD per million tokens)")]],
      style: { bold: true },
    },
    ...COLUMNS.flatMap((column, c): CellBlock[] => [
      { at: { row: row + 1, column }, cells: [[cell(HEADERS[c])]], style: { bold: true } },
      {
        at: { row: row + 2, column },
        cells: rows.map((cells) => [cells[c]]),
        ...(c === 0 && { style: { wrap: true } }),
      },
    ]),
  ];
}
