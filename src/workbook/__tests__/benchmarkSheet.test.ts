import fc from "fast-check";
import {
  COMMON_LINEAR_SLA,
  MODEL_PRICES,
  PLAYBOOK_LINEAR_SLA,
  SLA_SCHEDULES,
} from "../../content/catalog";
import type { ModelPrice, SlaSchedule } from "../../content/catalog/types";
import { BENCHMARK_INPUT_CELLS } from "../benchmarkInputs";
import { buildBenchmarkSheet } from "../benchmarkSheet";
import type { CellContent, SheetPlan, TablePlan } from "../plan";
import { evaluate } from "./support/evalFormula";
import { areasOf, formulasOf, overlaps, textsOf } from "./support/planCells";

const PRICE_HEADERS = [
  "ID",
  "Vendor",
  "Model",
  "Input",
  "Output",
  "Cache write",
  "Cache hit",
  "Batch input",
  "Batch output",
  "Effective monthly cost",
  "Difference from offer",
  "Source",
  "As of",
  "Note",
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
  '=$B$4*(1-$B$7)*((1-$B$6)*[@Input]+$B$6*IF([@[Cache hit]]="",[@Input],[@[Cache hit]]))' +
  "+$B$5*(1-$B$7)*[@Output]" +
  '+$B$7*($B$4*IF([@[Batch input]]="",[@Input],[@[Batch input]])+$B$5*IF([@[Batch output]]="",[@Output],[@[Batch output]]))';

const table = (plan: SheetPlan, key: string): TablePlan => {
  const found = plan.tables.find((t) => t.key === key);
  if (!found) throw new Error(`no table ${key}`);
  return found;
};
const prices = (plan: SheetPlan) => table(plan, "benchmark-prices");
const sla = (plan: SheetPlan) => table(plan, "benchmark-sla");

/** A row of a table as { header: content }. */
const byHeader = (t: TablePlan, row: readonly CellContent[]): Record<string, CellContent> =>
  Object.fromEntries(t.columns.map((c, i) => [c.header, row[i]]));

const valueOf = (content: CellContent): unknown => ("value" in content ? content.value : undefined);

/** The inputs' default values by absolute address, as the evaluator wants them. */
function defaultInputs(plan: SheetPlan): Record<string, number> {
  return Object.fromEntries(
    plan.inputs.map((input) => [
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

describe("the benchmark sheet", () => {
  const plan = buildBenchmarkSheet(MODEL_PRICES);

  it("is keyed benchmark and asks for the name DEAL benchmark", () => {
    expect(plan.key).toBe("benchmark");
    expect(plan.preferredName).toBe("DEAL benchmark");
  });

  it("has the seven inputs in B4:B10 with their defaults, in the input style", () => {
    expect(plan.inputs.map((i) => [i.label, i.value, i.style?.numberFormat])).toEqual([
      ["Monthly input tokens (millions)", 2000, "#,##0"],
      ["Monthly output tokens (millions)", 400, "#,##0"],
      ["Cache-hit share of input", 0.3, "0%"],
      ["Batch share", 0.2, "0%"],
      ["Offer under negotiation: monthly cost (USD)", 20000, "$#,##0"],
      ["SLA: measured uptime", 0.9985, "0.00%"],
      ["SLA: monthly fee (USD)", 20000, "$#,##0"],
    ]);
    expect(Object.keys(defaultInputs(plan))).toEqual([
      "$B$4",
      "$B$5",
      "$B$6",
      "$B$7",
      "$B$8",
      "$B$9",
      "$B$10",
    ]);
    expect(Object.values(BENCHMARK_INPUT_CELLS)).toEqual(Object.keys(defaultInputs(plan)));
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
    MODEL_PRICES.forEach((price, i) => {
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
    const gpt41mini = byHeader(
      t,
      t.rows[MODEL_PRICES.findIndex((p) => p.model === "gpt-4.1-mini")]
    );
    expect(gpt41mini["Cache hit"]).toEqual({ value: null });
  });

  it("gives every price row a distinct id from its vendor and model", () => {
    const ids = prices(plan).rows.map((r) => valueOf(r[prices(plan).idColumn]));
    expect(prices(plan).idColumn).toBe(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("anthropic|claude-sonnet-4-4-5-4-6");
    const twins = buildBenchmarkSheet([row({ model: "GPT-4o" }), row({ model: "gpt-4o" })]);
    expect(prices(twins).rows.map((r) => valueOf(r[0]))).toEqual([
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
        formula: "=[@[Effective monthly cost]]-$B$8",
      });
    }
  });

  it("prices Sonnet at 9,504 USD a month at the default volume, 10,496 below the offer", () => {
    // I = 2000, O = 400 (millions), h = 0.3, b = 0.2; Sonnet: input 3, output 15, cache hit 0.3,
    // batch 1.5 / 7.5.
    //   non-batch input  = 2000 × 0.8 × (0.7 × 3 + 0.3 × 0.3) = 1600 × 2.19 = 3504
    //   non-batch output = 400 × 0.8 × 15                            = 4800
    //   batch            = 0.2 × (2000 × 1.5 + 400 × 7.5) = 0.2 × 6000 = 1200
    //   total = 9504; difference = 9504 − 20000 = −10496
    const byHand =
      2000 * 0.8 * (0.7 * 3 + 0.3 * 0.3) + 400 * 0.8 * 15 + 0.2 * (2000 * 1.5 + 400 * 7.5);
    expect(byHand).toBeCloseTo(9504, 9);
    const sonnet = MODEL_PRICES.find((p) => p.model.startsWith("Claude Sonnet"));
    if (!sonnet) throw new Error("no Sonnet in the catalog");
    const context = { cells: defaultInputs(plan), row: priceRow(sonnet) };
    const cost = evaluate(EFFECTIVE_COST, context);
    expect(cost).toBeCloseTo(9504, 9);
    const difference = evaluate("=[@[Effective monthly cost]]-$B$8", {
      cells: context.cells,
      row: { "Effective monthly cost": cost },
    });
    expect(difference).toBeCloseTo(-10496, 9);
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
          const cells = { ...defaultInputs(plan), $B$4: I, $B$5: O, $B$6: h, $B$7: b };
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
    // Outside the tables DEAL writes no formula at all.
    const inTables = plan.tables.flatMap((t) => t.rows.flat()).filter((c) => "formula" in c).length;
    expect(formulasOf(plan)).toHaveLength(inTables);
  });

  it("works out each vendor's SLA credit with DEAL.SLACREDIT and the schedule's own numbers", () => {
    const t = sla(plan);
    expect(t.columns.map((c) => c.header)).toEqual([
      "ID",
      "Vendor",
      "Service",
      "Target",
      "Schedule",
      "Credit at your uptime",
      "Source",
      "As of",
      "Note",
    ]);
    expect(t.rows).toHaveLength(SLA_SCHEDULES.length + 2);
    SLA_SCHEDULES.forEach((schedule, i) => {
      const cells = byHeader(t, t.rows[i]);
      const formula = (cells["Credit at your uptime"] as { formula: string }).formula;
      const match = /^=DEAL\.SLACREDIT\(\$B\$9,\$B\$10,\{([^}]*)\}\)$/.exec(formula);
      expect(match).not.toBeNull();
      const pairs = (match?.[1] ?? "").split(";").map((p) => p.split(",").map(Number));
      expect(pairs).toEqual(schedule.rows.map((r) => [r.threshold, r.share]));
      expect(cells.Vendor).toEqual({ value: schedule.vendor });
      expect(cells.Target).toEqual({ value: schedule.target });
      expect(cells.Source).toEqual({ value: schedule.source });
      expect(cells["As of"]).toEqual({ value: schedule.asOf });
    });
    expect(byHeader(t, t.rows[0]).Schedule).toEqual({
      value: "below 99.9%: 10%; below 99%: 25%; below 95%: 100%",
    });
    expect(byHeader(t, t.rows[0])["Credit at your uptime"]).toEqual({
      formula: "=DEAL.SLACREDIT($B$9,$B$10,{0.999,0.1;0.99,0.25;0.95,1})",
    });
  });

  it("adds the playbook's linear clause and the common capped one", () => {
    const t = sla(plan);
    const [playbook, common] = t.rows.slice(-2).map((r) => byHeader(t, r));
    expect(playbook["Credit at your uptime"]).toEqual({
      formula: "=DEAL.SLACREDIT($B$9,$B$10,0.999,0.02)",
    });
    expect(common["Credit at your uptime"]).toEqual({
      formula: "=DEAL.SLACREDIT($B$9,$B$10,0.999,0.01,,0.5)",
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
    expect(byHeader(sla(plan2), sla(plan2).rows[0])["Credit at your uptime"]).toEqual({
      formula: "=DEAL.SLACREDIT($B$9,$B$10,{0,0})",
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
    expect(valueOf(plan.blocks[1].cells[0][0])).toContain("catalog as of 2026-11");
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

  it("charts the effective monthly cost by model from the price table, below its note", () => {
    expect(plan.charts).toHaveLength(1);
    const [chart] = plan.charts;
    if (chart.kind !== "tableBar") throw new Error(`expected a table bar chart, got ${chart.kind}`);
    const t = prices(plan);
    expect(chart).toMatchObject({
      key: "benchmark-cost-chart",
      table: "benchmark-prices",
      categoryColumn: "Model",
      valueColumn: "Effective monthly cost",
      widthInColumns: 8,
      // A row for each of the 18 models and six for the chart's frame.
      heightInRows: 24,
    });
    expect(MODEL_PRICES).toHaveLength(18);
    const headers = t.columns.map((c) => c.header);
    expect(headers).toContain(chart.categoryColumn);
    expect(headers).toContain(chart.valueColumn);
    expect(chart.at.row).toBeGreaterThan(t.at.row + t.rows.length + 2);
    expect(chart.at.column).toBe(t.at.column);
  });

  it("grows the chart by a row per model, from 18 rows for a short catalog", () => {
    const heightFor = (catalog: readonly ModelPrice[]) => {
      const [chart] = buildBenchmarkSheet(catalog).charts;
      return chart.heightInRows;
    };
    expect(heightFor(MODEL_PRICES.slice(0, 3))).toBe(18);
    expect(heightFor([...MODEL_PRICES, ...MODEL_PRICES])).toBe(2 * 18 + 6);
  });

  it("keeps the sources below the chart, however tall it grows", () => {
    const catalog = [...MODEL_PRICES, ...MODEL_PRICES, ...MODEL_PRICES];
    const tall = buildBenchmarkSheet(catalog);
    const [chart] = tall.charts;
    const sources = tall.blocks.find((block) => {
      const first = block.cells[0]?.[0];
      return first !== undefined && "value" in first && first.value === "Sources and dates";
    });
    expect(sources?.at.row).toBeGreaterThanOrEqual(chart.at.row + chart.heightInRows);
  });

  it("puts the SLA table right of the price table, one blank column apart, on the same header row", () => {
    const p = prices(plan);
    const s = sla(plan);
    expect(s.at.row).toBe(p.at.row);
    expect(s.at.column).toBe(p.at.column + p.columns.length + 1);
    expect(p.at.row).toBeGreaterThan(Math.max(...plan.inputs.map((i) => i.at.row)));
  });

  it("places nothing on top of anything else, with the default catalog, an empty one or a long one", () => {
    const long = Array.from({ length: 60 }, (_, i) => row({ model: `m${i}` }));
    for (const p of [plan, buildBenchmarkSheet([]), buildBenchmarkSheet(long)]) {
      expect(overlaps(areasOf(p))).toEqual([]);
    }
  });
});
