import fc from "fast-check";
import {
  COMMON_LINEAR_SLA,
  MODEL_PRICES,
  PLAYBOOK_LINEAR_SLA,
  SLA_SCHEDULES,
} from "../../content/catalog";
import type { ModelPrice, SlaSchedule } from "../../content/catalog/types";
import { BENCHMARK_INPUT_CELLS } from "../benchmarkInputs";
import { byClass } from "../benchmarkPriceTable";
import { buildBenchmarkSheet } from "../benchmarkSheet";
import type { CellContent, SheetPlan, TablePlan } from "../plan";
import { evaluate } from "./support/evalFormula";
import { areasOf, formulasOf, overlaps, textsOf } from "./support/planCells";

const PRICE_HEADERS = [
  "Model",
  "Vendor",
  "Class",
  "Input",
  "Output",
  "Cache write",
  "Cache hit",
  "Batch input",
  "Batch output",
  "Effective monthly cost",
  "Difference from offer",
  "Input a year ago",
  "Output a year ago",
  "Change in a year",
  "Long context",
  "Source",
  "As of",
  "Note",
  "ID",
  "Chart label",
];
const PRICE_FIELDS = [
  "input",
  "output",
  "cacheWrite",
  "cacheHit",
  "batchInput",
  "batchOutput",
] as const;

/** The exact formula of the Effective monthly cost column, for the record. */
const EFFECTIVE_COST =
  '=$B$4*(1-$B$8)*((1-$B$6-$B$7)*[@Input]+$B$6*IF([@[Cache hit]]="",[@Input],[@[Cache hit]])' +
  '+$B$7*IF([@[Cache write]]="",[@Input],[@[Cache write]]))' +
  "+$B$5*(1-$B$8)*[@Output]" +
  '+$B$8*($B$4*IF([@[Batch input]]="",[@Input],[@[Batch input]])+$B$5*IF([@[Batch output]]="",[@Output],[@[Batch output]]))';

const table = (plan: SheetPlan, key: string): TablePlan => {
  const found = plan.tables.find((t) => t.key === key);
  if (!found) throw new Error(`no table ${key}`);
  return found;
};
const prices = (plan: SheetPlan) => table(plan, "benchmark-prices");

/** A row of a table as { header: content }. */
const byHeader = (t: TablePlan, row: readonly CellContent[]): Record<string, CellContent> =>
  Object.fromEntries(t.columns.map((c, i) => [c.header, row[i]]));

const valueOf = (content: CellContent): unknown => ("value" in content ? content.value : undefined);

const SLA_HEADING = "SLA credits at your uptime and fee";

/** The SLA comparison's rows as { header: content }, read from its blocks: a field a column. */
function slaRows(plan: SheetPlan): Record<string, CellContent>[] {
  const heading = plan.blocks.find((b) => valueOf(b.cells[0][0]) === SLA_HEADING);
  if (heading === undefined) throw new Error("no SLA comparison");
  const headerRow = heading.at.row + 1;
  const rows: Record<string, CellContent>[] = [];
  for (const header of plan.blocks.filter((b) => b.at.row === headerRow)) {
    const data = plan.blocks.find(
      (b) => b.at.row === headerRow + 1 && b.at.column === header.at.column
    );
    data?.cells.forEach((cells, i) => {
      rows[i] = { ...rows[i], [String(valueOf(header.cells[0][0]))]: cells[0] };
    });
  }
  return rows;
}

/** The inputs' default values by absolute address, as the evaluator wants them (numbers only). */
function defaultInputs(plan: SheetPlan): Record<string, number> {
  return Object.fromEntries(
    plan.inputs
      .filter((input) => typeof input.value === "number")
      .map((input) => [
        `$${String.fromCharCode(65 + input.at.column)}$${input.at.row + 1}`,
        input.value as number,
      ])
  );
}

/** A row's prices by header, as the evaluator reads them. */
function priceRow(price: ModelPrice): Record<string, number | null> {
  return {
    Input: price.input,
    Output: price.output,
    "Cache write": price.cacheWrite,
    "Cache hit": price.cacheHit,
    "Batch input": price.batchInput,
    "Batch output": price.batchOutput,
  };
}

const row = (overrides: Partial<ModelPrice>): ModelPrice => ({
  vendor: "Vendor",
  model: "Model",
  input: 1,
  output: 2,
  cacheWrite: null,
  cacheHit: null,
  batchInput: null,
  batchOutput: null,
  source: "a source",
  asOf: "2026-11",
  ...overrides,
});

const CLASS_ORDER = ["Frontier", "Balanced", "Small", "Other"];
const order = (label: unknown) => CLASS_ORDER.indexOf(String(label));

describe("the benchmark sheet", () => {
  const plan = buildBenchmarkSheet(MODEL_PRICES);

  it("is keyed benchmark and asks for the name DEAL benchmark", () => {
    expect(plan.key).toBe("benchmark");
    expect(plan.preferredName).toBe("DEAL benchmark");
  });

  it("has the nine inputs in B4:B12 with their defaults, in the input style", () => {
    expect(plan.inputs.map((i) => [i.label, i.value, i.style?.numberFormat])).toEqual([
      ["Monthly input tokens (millions)", 2000, "#,##0"],
      ["Monthly output tokens (millions)", 400, "#,##0"],
      ["Cache-hit share of input", 0.3, "0%"],
      ["Cache-write share of input", 0.05, "0%"],
      ["Batch share", 0.2, "0%"],
      ["Offer under negotiation: monthly cost (USD)", 20000, "$#,##0"],
      ["Offer's class (Frontier, Balanced or Small)", "Balanced", "@"],
      ["SLA: measured uptime", 0.9985, "0.00%"],
      ["SLA: monthly fee (USD)", 20000, "$#,##0"],
    ]);
    expect(plan.inputs.map((i) => `$B$${i.at.row + 1}`)).toEqual(
      Object.values(BENCHMARK_INPUT_CELLS)
    );
    expect(Object.values(BENCHMARK_INPUT_CELLS)).toEqual([
      "$B$4",
      "$B$5",
      "$B$6",
      "$B$7",
      "$B$8",
      "$B$9",
      "$B$10",
      "$B$11",
      "$B$12",
    ]);
    for (const input of plan.inputs) expect(input.style?.input).toBe(true);
  });

  it("labels each input in column A, on its row", () => {
    const labels = plan.blocks.find(
      (b) => b.at.column === 0 && valueOf(b.cells[0][0]) === plan.inputs[0].label
    );
    expect(labels?.at.row).toBe(plan.inputs[0].at.row);
    expect(labels?.cells.map((r) => valueOf(r[0]))).toEqual(plan.inputs.map((i) => i.label));
  });

  it("has one price row per catalog entry, with its numbers, and blanks where it gives none", () => {
    const t = prices(plan);
    expect(t.columns.map((c) => c.header)).toEqual(PRICE_HEADERS);
    expect(t.rows).toHaveLength(MODEL_PRICES.length);
    byClass(MODEL_PRICES).forEach((price, i) => {
      const cells = byHeader(t, t.rows[i]);
      expect(valueOf(cells.Vendor)).toBe(price.vendor);
      expect(valueOf(cells.Model)).toBe(price.model);
      expect(PRICE_FIELDS.map((_field, k) => valueOf(cells[PRICE_HEADERS[3 + k]]))).toEqual(
        PRICE_FIELDS.map((f) => price[f])
      );
      expect(cells.Source).toEqual({ value: price.source });
      expect(cells["As of"]).toEqual({ value: price.asOf });
      expect(cells.Note).toEqual({ value: price.note ?? null });
    });
    const commandA = byHeader(
      t,
      t.rows[byClass(MODEL_PRICES).findIndex((p) => p.model === "Command A")]
    );
    expect(commandA["Cache hit"]).toEqual({ value: null });
  });

  it("gives every price row a distinct id from its vendor and model", () => {
    const ids = prices(plan).rows.map((r) => valueOf(r[prices(plan).idColumn]));
    expect(prices(plan).columns[prices(plan).idColumn].header).toBe("ID");
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("anthropic|claude-sonnet-5");
    const twins = buildBenchmarkSheet([row({ model: "GPT-4o" }), row({ model: "gpt-4o" })]);
    expect(prices(twins).rows.map((r) => valueOf(byHeader(prices(twins), r).ID))).toEqual([
      "vendor|gpt-4o",
      "vendor|gpt-4o#2",
    ]);
  });

  it("formats prices, the cost and the difference as the issue asks, and owns every column", () => {
    const t = prices(plan);
    const format = (h: string) => t.columns.find((c) => c.header === h)?.style?.numberFormat;
    for (const h of PRICE_HEADERS.slice(3, 9)) expect(format(h)).toBe("#,##0.00##");
    expect(format("Effective monthly cost")).toBe("$#,##0");
    expect(format("Difference from offer")).toBe("$#,##0;[Red]-$#,##0");
    for (const t2 of plan.tables) for (const c of t2.columns) expect(c.owner).toBe("deal");
  });

  it("computes the effective monthly cost with this exact formula", () => {
    const t = prices(plan);
    for (const r of t.rows) {
      expect(byHeader(t, r)["Effective monthly cost"]).toEqual({ formula: EFFECTIVE_COST });
      expect(byHeader(t, r)["Difference from offer"]).toEqual({
        formula: '=IF([@Class]=$B$10,[@[Effective monthly cost]]-$B$9,"")',
      });
    }
  });

  it("prices Claude Sonnet 5 at 6,376 USD a month at the default volume, cache writes included", () => {
    // I = 2000, O = 400 (millions), h = 0.3, w = 0.05, b = 0.2; Sonnet 5: input 2, output 10,
    // cache write 2.5, cache hit 0.2, batch 1 / 5.
    //   non-batch input  = 2000 × 0.8 × (0.65 × 2 + 0.3 × 0.2 + 0.05 × 2.5) = 1600 × 1.485 = 2376
    //   non-batch output = 400 × 0.8 × 10                                    = 3200
    //   batch            = 0.2 × (2000 × 1 + 400 × 5) = 0.2 × 4000           = 800
    //   total = 6376; it is of the offer's class (Balanced): 6376 − 20000 = −13624
    const byHand =
      2000 * 0.8 * (0.65 * 2 + 0.3 * 0.2 + 0.05 * 2.5) +
      400 * 0.8 * 10 +
      0.2 * (2000 * 1 + 400 * 5);
    expect(byHand).toBeCloseTo(6376, 9);
    const sonnet = MODEL_PRICES.find(
      (p) => p.vendor === "Anthropic" && p.model === "Claude Sonnet 5"
    );
    if (!sonnet) throw new Error("no Sonnet in the catalog");
    const context = { cells: defaultInputs(plan), row: priceRow(sonnet) };
    const cost = evaluate(EFFECTIVE_COST, context);
    expect(cost).toBeCloseTo(6376, 9);
    // Without cache writes it would be 6,336: 2000 × 0.8 × 0.05 × (2.5 − 2) = 40 less.
    const noWrites = evaluate(EFFECTIVE_COST, {
      cells: { ...context.cells, $B$7: 0 },
      row: context.row,
    });
    expect(cost - noWrites).toBeCloseTo(40, 9);
  });

  it("bills blank cache and batch prices at the standard prices", () => {
    fc.assert(
      fc.property(
        fc.record({
          I: fc.double({ min: 0, max: 1e6, noNaN: true }),
          O: fc.double({ min: 0, max: 1e6, noNaN: true }),
          h: fc.double({ min: 0, max: 1, noNaN: true }),
          b: fc.double({ min: 0, max: 1, noNaN: true }),
          input: fc.double({ min: 0, max: 100, noNaN: true }),
          output: fc.double({ min: 0, max: 100, noNaN: true }),
        }),
        ({ I, O, h, b, input, output }) => {
          const cells = { ...defaultInputs(plan), $B$4: I, $B$5: O, $B$6: h, $B$8: b };
          const cost = evaluate(EFFECTIVE_COST, { cells, row: priceRow(row({ input, output })) });
          const plain = I * input + O * output;
          expect(Math.abs(cost - plain)).toBeLessThanOrEqual(1e-9 * Math.max(1, plain));
        }
      )
    );
  });

  it("reads only the absolute input cells and this row's cells in its table formulas", () => {
    const inputs = new Set(Object.values(BENCHMARK_INPUT_CELLS));
    for (const t of plan.tables) {
      const headers = new Set(t.columns.map((c) => c.header));
      for (const r of t.rows) {
        for (const cell of r) {
          if (!("formula" in cell)) continue;
          const withoutRowRefs = cell.formula.replace(
            /\[@\[([^\]]+)\]\]|\[@([A-Za-z0-9_]+)\]/g,
            (_, a, b) => {
              expect(headers).toContain(a ?? b);
              return "";
            }
          );
          expect(withoutRowRefs).not.toMatch(/[[\]]/);
          for (const ref of withoutRowRefs.match(/\$?[A-Z]{1,3}\$?\d+/g) ?? [])
            expect(inputs).toContain(ref);
        }
      }
    }
    // Outside the tables: the five usage inputs that follow the deal model, the line that says
    // whether they do, each class chart's cost of each model, and the SLA credits of the
    // schedules and the linear clauses.
    const inTables = plan.tables.flatMap((t) => t.rows.flat()).filter((c) => "formula" in c).length;
    expect(formulasOf(plan)).toHaveLength(
      inTables + 5 + 1 + MODEL_PRICES.length + SLA_SCHEDULES.length + 2
    );
  });

  it("works out each vendor's SLA credit with DEAL.SLACREDIT and the schedule's own numbers", () => {
    const rows = slaRows(plan);
    expect(Object.keys(rows[0])).toEqual([
      "Service",
      "Vendor",
      "Target",
      "Schedule",
      "Credit at your uptime",
      "Source",
      "As of",
      "Note",
    ]);
    expect(rows).toHaveLength(SLA_SCHEDULES.length + 1 + 2);
    SLA_SCHEDULES.forEach((schedule, i) => {
      const cells = rows[i];
      const formula = (cells["Credit at your uptime"] as { formula: string }).formula;
      const match = /^=DEAL\.SLACREDIT\(\$B\$11,\$B\$12,\{([^}]*)\}\)$/.exec(formula);
      expect(match).not.toBeNull();
      const pairs = (match?.[1] ?? "").split(";").map((p) => p.split(",").map(Number));
      expect(pairs).toEqual(schedule.rows.map((r) => [r.threshold, r.share]));
      expect(cells.Vendor).toEqual({ value: schedule.vendor });
      expect(cells.Target).toEqual({ value: schedule.target });
      expect(cells.Source).toEqual({ value: schedule.source });
      expect(cells["As of"]).toEqual({ value: schedule.asOf });
    });
    expect(rows[0].Schedule).toEqual({
      value: "below 99.9%: 10%; below 99%: 25%; below 95%: 100%",
    });
    expect(rows[0]["Credit at your uptime"]).toEqual({
      formula: "=DEAL.SLACREDIT($B$11,$B$12,{0.999,0.1;0.99,0.25;0.95,1})",
    });
  });

  it("adds the playbook's linear clause and the common capped one", () => {
    const [playbook, common] = slaRows(plan).slice(-2);
    expect(playbook["Credit at your uptime"]).toEqual({
      formula: "=DEAL.SLACREDIT($B$11,$B$12,0.999,0.02)",
    });
    expect(common["Credit at your uptime"]).toEqual({
      formula: "=DEAL.SLACREDIT($B$11,$B$12,0.999,0.01,,0.5)",
    });
    expect(playbook.Source).toEqual({ value: PLAYBOOK_LINEAR_SLA.source });
    expect(common.Source).toEqual({ value: COMMON_LINEAR_SLA.source });
    expect(common.Schedule).toEqual({
      value: "1% of the fee per 0.1% (or part) below 99.9%, up to 50%",
    });
  });

  it("writes an empty schedule as one that owes nothing, and refuses a figure that is not finite", () => {
    const empty: SlaSchedule = { ...SLA_SCHEDULES[0], rows: [] };
    const plan2 = buildBenchmarkSheet([], { slaSchedules: [empty] });
    expect(slaRows(plan2)[0]["Credit at your uptime"]).toEqual({
      formula: "=DEAL.SLACREDIT($B$11,$B$12,{0,0})",
    });
    const broken: SlaSchedule = { ...SLA_SCHEDULES[0], rows: [{ threshold: NaN, share: 0.1 }] };
    expect(() => buildBenchmarkSheet([], { slaSchedules: [broken] })).toThrow(RangeError);
    expect(() => buildBenchmarkSheet([row({ input: Infinity })])).toThrow(RangeError);
  });

  it("writes catalog text as values, even text that starts with '='", () => {
    const hostile = row({
      vendor: "=cmd|' /C calc'!A0",
      model: '=HYPERLINK("http://x","y")',
      source: "=1+1",
      note: "@SUM(A1)",
      asOf: "=TODAY()",
    });
    const plan2 = buildBenchmarkSheet([hostile]);
    const cells = byHeader(prices(plan2), prices(plan2).rows[0]);
    expect(cells.Model).toEqual({ value: '=HYPERLINK("http://x","y")' });
    expect(cells.Vendor).toEqual({ value: "=cmd|' /C calc'!A0" });
    expect(cells.Source).toEqual({ value: "=1+1" });
    expect(cells["As of"]).toEqual({ value: "=TODAY()" });
    for (const formula of formulasOf(plan2))
      expect(formula).not.toMatch(/HYPERLINK|cmd|TODAY|1\+1|SUM/);
    expect(formulasOf(plan2)).toEqual(formulasOf(buildBenchmarkSheet([row({})])));
  });

  it("shows every source with its date, in the rows and in a list at the bottom", () => {
    const texts = textsOf(plan);
    const list = plan.blocks.find((b) => valueOf(b.cells[0][0]) === "Sources and dates");
    expect(list).toBeDefined();
    for (const p of MODEL_PRICES) expect(texts).toContain(`Prices: ${p.source}, as of ${p.asOf}`);
    for (const s of SLA_SCHEDULES) expect(texts).toContain(`SLA: ${s.source}, as of ${s.asOf}`);
    for (const l of [PLAYBOOK_LINEAR_SLA, COMMON_LINEAR_SLA])
      expect(texts).toContain(`SLA: ${l.source}, as of ${l.asOf}`);
    // Listed once each.
    expect(new Set(texts.filter((x) => /^(Prices|SLA): /.test(x))).size).toBe(
      texts.filter((x) => /^(Prices|SLA): /.test(x)).length
    );
    const lowest = Math.max(
      ...plan.tables.map((t) => t.at.row + t.rows.length),
      ...plan.charts.map((c) => c.at.row + c.heightInRows)
    );
    expect(list?.at.row).toBeGreaterThan(lowest);
  });

  it("dates the catalog in the source line: the latest row's date, or the one given", () => {
    expect(valueOf(plan.blocks[1].cells[0][0])).toContain("catalog as of 2026-12-07");
    const dated = buildBenchmarkSheet([
      row({ asOf: "2025-01" }),
      row({ model: "b", asOf: "2026-03-15" }),
    ]);
    expect(valueOf(dated.blocks[1].cells[0][0])).toContain("catalog as of 2026-03-15");
    const given = buildBenchmarkSheet(MODEL_PRICES, { asOf: "2027-01" });
    expect(valueOf(given.blocks[1].cells[0][0])).toContain("catalog as of 2027-01");
  });

  it("documents the cost formula in a note under the price table", () => {
    const t = prices(plan);
    const note = plan.blocks.find((b) =>
      String(valueOf(b.cells[0][0])).startsWith("Effective monthly cost =")
    );
    expect(note?.at).toEqual({ row: t.at.row + t.rows.length + 2, column: 0 });
    expect(note?.mergeAcross).toBe(t.columns.length);
  });

  it("charts each class's models on a chart of their own, below the price note", () => {
    const t = prices(plan);
    expect(plan.charts.map((chart) => chart.key)).toEqual([
      "benchmark-cost-chart-frontier",
      "benchmark-cost-chart-balanced",
      "benchmark-cost-chart-small",
    ]);
    let below = t.at.row + t.rows.length + 2;
    for (const chart of plan.charts) {
      if (chart.kind !== "bar") throw new Error(`expected a bar chart, got ${chart.kind}`);
      expect(chart.at.row).toBeGreaterThan(below);
      expect(chart.at.column).toBe(0);
      const bars = chart.categories.rows;
      // A row per bar and seven for the chart's frame, ten at least.
      expect(chart.heightInRows).toBe(Math.max(10, bars + 7));
      below = chart.at.row + chart.heightInRows;
    }
    const bars = plan.charts.map((c) => (c.kind === "bar" ? c.categories.rows : 0));
    const count = (modelClass: string) =>
      MODEL_PRICES.filter((p) => p.modelClass === modelClass).length;
    expect(bars).toEqual([count("frontier"), count("balanced"), count("small")]);
  });

  it("reads each chart's costs from the price table by label, whatever the table's row order", () => {
    const [frontier] = plan.charts;
    if (frontier.kind !== "bar") throw new Error("expected a bar chart");
    const data = plan.blocks.find(
      (b) =>
        b.at.row === frontier.categories.row && b.at.column === frontier.series[0].values.column
    );
    expect(data?.cells[0][0]).toEqual({
      formula: `=INDEX({{table:benchmark-prices}}[Effective monthly cost],MATCH(L${frontier.categories.row + 1},{{table:benchmark-prices}}[Chart label],0))`,
    });
    const labels = data?.cells.map((r) => valueOf(r[1]));
    const t = prices(plan);
    const tableLabels = t.rows.map((r) => valueOf(byHeader(t, r)["Chart label"]));
    for (const label of labels ?? []) expect(tableLabels).toContain(label);
    expect(new Set(tableLabels.map((l) => String(l).toLowerCase())).size).toBe(tableLabels.length);
  });

  it("compares with the offer only the models of the offer's class", () => {
    // The formula is blank for other classes: evaluated in the demo workbook tests.
    const t = prices(plan);
    const classes = t.rows.map((r) => valueOf(byHeader(t, r).Class));
    expect(classes).toEqual([...classes].sort((a, b) => order(a) - order(b)));
  });

  it("shows the price a year ago where the source dates its prices, and a history under the charts", () => {
    const t = prices(plan);
    const terra = t.rows
      .map((r) => byHeader(t, r))
      .find((r) => valueOf(r.Model) === "GPT-5.6 Terra");
    expect(valueOf(terra?.["Input a year ago"] ?? { value: null })).toBe(2.5);
    expect(valueOf(terra?.["Output a year ago"] ?? { value: null })).toBe(15);
    const opus = t.rows
      .map((r) => byHeader(t, r))
      .find((r) => valueOf(r.Model) === "Claude Opus 5.5");
    expect(valueOf(opus?.["Input a year ago"] ?? { value: 0 })).toBeNull();
    const texts = textsOf(plan);
    expect(texts).toContain("Price history (USD per million tokens)");
    expect(texts).toContain("GPT-4 (8k) (OpenAI)");
    expect(texts.filter((x) => x.startsWith("Historical figure: "))).toHaveLength(6);
  });

  it("lists Anthropic's direct API in the SLA table as publishing no SLA, with the source", () => {
    const none = slaRows(plan).find((r) => valueOf(r.Service) === "Claude API (direct)");
    expect(none).toMatchObject({
      Vendor: { value: "Anthropic" },
      Target: { value: null },
      Schedule: { value: "No published SLA: no service credits" },
      "Credit at your uptime": { value: 0 },
      Source: { value: "CIO negotiation playbook (Support and SLA)" },
    });
  });

  it("lets the usage inputs follow the deal model's names, with their defaults otherwise", () => {
    expect(plan.inputs.slice(0, 5).map((input) => input.formula)).toEqual([
      "=IFERROR(AVERAGE(DEAL_ForecastInputTokensM),2000)",
      "=IFERROR(AVERAGE(DEAL_ForecastOutputTokensM),400)",
      "=IFERROR(DEAL_ForecastCacheHitShare,0.3)",
      "=IFERROR(DEAL_ForecastCacheWriteShare,0.05)",
      "=IFERROR(DEAL_ForecastBatchShare,0.2)",
    ]);
    expect(plan.inputs.slice(5).every((input) => input.formula === undefined)).toBe(true);
  });

  it("keeps the sources below the charts and the history, however many models", () => {
    const catalog = [...MODEL_PRICES, ...MODEL_PRICES, ...MODEL_PRICES];
    const tall = buildBenchmarkSheet(catalog);
    const sources = tall.blocks.find((block) => {
      const first = block.cells[0]?.[0];
      return first !== undefined && "value" in first && first.value === "Sources and dates";
    });
    for (const chart of tall.charts) {
      expect(sources?.at.row).toBeGreaterThanOrEqual(chart.at.row + chart.heightInRows);
    }
  });

  it("puts the SLA comparison under the price note, on the price table's printed columns", () => {
    const p = prices(plan);
    const note = plan.blocks.find((b) =>
      String(valueOf(b.cells[0][0])).startsWith("Effective monthly cost =")
    );
    const heading = plan.blocks.find((b) => valueOf(b.cells[0][0]) === SLA_HEADING);
    expect(heading?.at).toEqual({
      row: (note?.at.row ?? 0) + (note?.cells.length ?? 0) + 1,
      column: 0,
    });
    // Its fields, merged where a text needs the width, end where the printed columns end.
    const fields = plan.blocks.filter((b) => b.at.row === (heading?.at.row ?? 0) + 1);
    const right = Math.max(...fields.map((b) => b.at.column + (b.mergeAcross ?? 1)));
    expect(right).toBe(p.columns.length - 2);
    expect(fields.map((b) => b.mergeAcross ?? 1)).toEqual([1, 1, 1, 6, 1, 4, 1, 3]);
    // Only the price table is a table: nothing under it would take its column widths.
    expect(plan.tables).toHaveLength(1);
  });

  it("places nothing on top of anything else, with the default catalog, an empty one or a long one", () => {
    const long = Array.from({ length: 60 }, (_, i) => row({ model: `m${i}` }));
    for (const p of [plan, buildBenchmarkSheet([]), buildBenchmarkSheet(long)]) {
      // The block over the price table's header row is its headers again, to wrap them.
      const areas = areasOf(p).filter(
        (area) => !area.name.includes('{"value":"Model"}') || area.top !== prices(p).at.row
      );
      expect(overlaps(areas)).toEqual([]);
    }
  });

  it("writes the price table's headers again over its header row, in bold and wrapped", () => {
    const t = prices(plan);
    const header = plan.blocks.find((b) => b.at.row === t.at.row && b.at.column === t.at.column);
    expect(header?.cells[0].map(valueOf)).toEqual(PRICE_HEADERS);
    expect(header?.style).toEqual({ bold: true, wrap: true });
  });
});
