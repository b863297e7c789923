import { MODEL_PRICES } from "../../content/catalog";
import { PLAYBOOK_SECTIONS } from "../../content/playbook";
import { defaultOffers, neutralOffers } from "../../dealModel";
import { BENCHMARK_HEADER_ROW, buildBenchmarkSheet } from "../benchmarkSheet";
import { buildChecklistSheets, CHECKLIST_HEADER_ROW } from "../checklistSheets";
import type { SheetEdit, TableCreate } from "../edit";
import { buildExampleSheets } from "../exampleSheets";
import { buildModelSheet } from "../model";
import type { CellContent, CellStyle, SheetPlan } from "../plan";
import { reconcile } from "../reconcile";
import { charactersPerLine, DEFAULT_COLUMN_WIDTH } from "../rowHeights";
import { workbook } from "./reconcileFixtures";

/*
 * What each builder asks of the printed page, and a check that holds for every DEAL sheet: a line
 * of text that does not wrap and runs on over empty cells stays within the printed width (a
 * merged one within its merge). Text stopped by a filled cell beside it shows the same on screen
 * and on paper, and is not checked here.
 */

const checklists = (): SheetPlan[] => [
  ...buildChecklistSheets(PLAYBOOK_SECTIONS, "sheetPerSection"),
  ...buildChecklistSheets(PLAYBOOK_SECTIONS, "oneSheet"),
];

describe("the print plans of DEAL's sheets", () => {
  it("repeat each checklist's table header row on every page", () => {
    for (const plan of checklists()) {
      expect(plan.tables[0].at.row).toBe(CHECKLIST_HEADER_ROW);
      expect(plan.print).toEqual({
        titleRows: { first: CHECKLIST_HEADER_ROW, last: CHECKLIST_HEADER_ROW },
      });
    }
  });

  it("repeat the benchmark's price header on every page, print all but its id and label columns, and start its charts and its history on a page", () => {
    const plan = buildBenchmarkSheet(MODEL_PRICES);
    expect(plan.tables.map((table) => [table.key, table.at.row])).toEqual([
      ["benchmark-prices", BENCHMARK_HEADER_ROW],
    ]);
    const [prices] = plan.tables;
    const lastRow = Math.max(...plan.blocks.map((block) => block.at.row + block.cells.length - 1));
    expect(plan.print?.titleRows).toEqual({
      first: BENCHMARK_HEADER_ROW,
      last: BENCHMARK_HEADER_ROW,
    });
    expect(plan.print?.area).toEqual({
      row: 0,
      column: 0,
      rows: lastRow + 1,
      columns: prices.columns.length - 2,
    });
    expect(prices.columns.slice(-2).map((column) => column.header)).toEqual(["ID", "Chart label"]);
    const history = plan.blocks.find(
      (block) => textOf(block.cells[0][0]) === "Price history (USD per million tokens)"
    );
    // The three class charts fit one page: a break at the blank row above the first only.
    expect(plan.print?.rowBreaks).toEqual([plan.charts[0].at.row - 1, history?.at.row]);
  });

  it("break the benchmark's charts across pages when a page cannot hold them all", () => {
    const many = Array.from({ length: 4 }, () => MODEL_PRICES).flat();
    const plan = buildBenchmarkSheet(many);
    const breaks = plan.print?.rowBreaks ?? [];
    expect(breaks.slice(0, -1)).toEqual(plan.charts.map((chart) => chart.at.row - 1));
  });

  it("repeat each worked example's title, which names its function", () => {
    for (const plan of buildExampleSheets()) {
      expect(plan.print).toEqual({ titleRows: { first: 0, last: 0 } });
      expect(plan.blocks[0].at).toEqual({ row: 0, column: 0 });
    }
  });

  it("print the deal model's summary first, then each offer's inputs and each band of its schedule from the top of a page", () => {
    // The neutral offers' names are long: "Anthropic Claude Sonnet 4 / 4.5 / 4.6" wraps.
    const { plan, layout } = buildModelSheet(neutralOffers());
    const [sheet] = reconcile(workbook([]), [plan]).sheets;
    // Money over time starts the summary's second page; each offer's cash band and sizing band a
    // page of their own.
    const breaks = [
      layout.money.heading,
      ...layout.offers.flatMap((o) => [
        o.title,
        o.prices.title,
        ...o.scenarios.map((b) => b.title),
        o.cash.title,
        o.sizing.title,
      ]),
    ];
    expect(breaks).toHaveLength(1 + 2 * 9);
    expect(sheet.print).toMatchObject({
      orientation: "landscape",
      pagesWide: 1,
      titleRows: { first: 0, last: 0 },
      rowBreaks: breaks,
    });
    // The offers' names wrap in their columns of the summary: "Anthropic Claude Sonnet 4 / 4.5 / 4.6".
    expect(sheet.rowHeights[layout.comparisonHeader]).toBeGreaterThanOrEqual(45);
  });
});

/** A text cell as it shows: where, its text, its style, and the columns it is merged over. */
interface ShownText {
  readonly row: number;
  readonly column: number;
  readonly text: string;
  readonly style?: CellStyle;
  readonly merged?: number;
}

const textOf = (content: CellContent): string | undefined =>
  "value" in content && typeof content.value === "string" ? content.value : undefined;

/** Every cell the edit writes something into, and the texts among them that do not wrap. */
function shownTexts(edit: SheetEdit) {
  const filled = new Set<string>();
  const texts: ShownText[] = [];
  const put = (
    row: number,
    column: number,
    content: CellContent,
    style?: CellStyle,
    merged?: number
  ) => {
    if ("value" in content && (content.value === null || content.value === "")) return;
    filled.add(`${row},${column}`);
    const text = textOf(content);
    if (text !== undefined && style?.wrap !== true)
      texts.push({ row, column, text, style, merged });
  };
  for (const block of edit.blocks) {
    const merged =
      block.mergeAcross !== undefined && block.mergeAcross > 1 ? block.mergeAcross : undefined;
    block.cells.forEach((cells, r) =>
      cells.forEach((content, c) =>
        put(block.at.row + r, block.at.column + c, content, block.style, merged)
      )
    );
  }
  for (const input of edit.inputs) put(input.at.row, input.at.column, { value: input.value });
  for (const table of edit.tables as TableCreate[]) {
    table.columns.forEach((column, c) => {
      put(table.at.row, table.at.column + c, { value: column.header }, { bold: true });
      table.rows.forEach((row, r) =>
        put(table.at.row + 1 + r, table.at.column + c, row[c] ?? { value: null }, column.style)
      );
    });
  }
  return { filled, texts };
}

function widthsOf(edit: SheetEdit): (column: number) => number {
  const widths = new Map<number, number>();
  for (const table of edit.tables as TableCreate[]) {
    table.columns.forEach((column, c) => widths.set(table.at.column + c, column.width));
  }
  for (const [column, width] of Object.entries(edit.columnWidths ?? {}))
    widths.set(Number(column), width);
  return (column) => widths.get(column) ?? DEFAULT_COLUMN_WIDTH;
}

/** Texts that run on past the printed width, and merged ones longer than the printed part of their merge. */
function textsPastThePage(edit: SheetEdit): string[] {
  const { filled, texts } = shownTexts(edit);
  const widthOf = widthsOf(edit);
  const lastColumn = edit.print.area.column + edit.print.area.columns - 1;
  return texts.flatMap((shown) => {
    // Outside the printed columns, nothing prints; a merge prints up to the last of them.
    if (shown.column > lastColumn) return [];
    let end = Math.min(shown.column + (shown.merged ?? 1) - 1, lastColumn);
    if (shown.merged === undefined) {
      while (end < lastColumn && !filled.has(`${shown.row},${end + 1}`)) end++;
      if (end < lastColumn) return [];
    }
    let width = 0;
    for (let c = shown.column; c <= end; c++) width += widthOf(c);
    const fits = shown.text.length <= charactersPerLine(width, shown.style);
    return fits ? [] : [`${edit.name} row ${shown.row + 1}: ${shown.text}`];
  });
}

describe("every DEAL sheet as printed", () => {
  const sheets = reconcile(workbook([]), [
    ...buildExampleSheets(),
    buildBenchmarkSheet(MODEL_PRICES),
    ...checklists(),
    buildModelSheet(defaultOffers()).plan,
  ]).sheets;

  it("keeps each line of text that does not wrap within the printed width", () => {
    expect(sheets.flatMap(textsPastThePage)).toEqual([]);
  });
});
