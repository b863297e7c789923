import {
  DEFAULT_SETTINGS,
  InvalidOfferError,
  InvalidSettingsError,
  defaultOffers,
  type Offer,
} from "../../../dealModel";
import { parseFormula, walk } from "../../../formula";
import type { CellContent, SheetPlan } from "../../plan";
import type { WorkbookSnapshot } from "../../snapshot";
import { positionedCells } from "../../__tests__/support/planCells";
import {
  CUMULATIVE_CHART_KEY,
  EXPOSURE_CHART_KEY,
  buildModelSheet,
  nextModelNaming,
  scenarioColumn,
  type ModelLayout,
} from "..";

const [anthropic, openAi] = defaultOffers();
const key = (row: number, column: number) => `${row},${column}`;

/** Every planned cell by position; fails on a cell planned twice. */
function cellMap(plan: SheetPlan): Map<string, { content: CellContent; input: boolean }> {
  const cells = new Map<string, { content: CellContent; input: boolean }>();
  for (const { row, column, content, input } of positionedCells(plan)) {
    if (cells.has(key(row, column))) throw new Error(`cell ${key(row, column)} is planned twice`);
    cells.set(key(row, column), { content, input });
  }
  return cells;
}

/** The cells ROLLOVER spills into (anchors excluded), for every offer and scenario. */
function spillCells(layout: ModelLayout): Set<string> {
  const cells = new Set<string>();
  const first = scenarioColumn("carriedIn");
  for (const offer of layout.offers) {
    for (const band of offer.scenarios) {
      for (let row = band.firstMonth; row <= band.lastMonth; row++) {
        for (let column = first; column < first + 5; column++) {
          if (row !== band.firstMonth || column !== first) cells.add(key(row, column));
        }
      }
    }
  }
  return cells;
}

const formulas = (plan: SheetPlan) =>
  [...cellMap(plan).values()].flatMap(({ content }) =>
    "formula" in content ? [content.formula] : []
  );

describe("the deal-model sheet plan", () => {
  const { plan, layout } = buildModelSheet([anthropic, openAi]);
  const cells = cellMap(plan);

  it("plans every cell once and leaves ROLLOVER's spill areas empty", () => {
    const spills = spillCells(layout);
    expect(spills.size).toBe(2 * 5 * (36 * 5 - 1));
    for (const cell of spills) expect(cells.has(cell)).toBe(false);
  });

  it("writes formulas that read only cells the plan fills or ROLLOVER spills into", () => {
    const spills = spillCells(layout);
    const filled = (row: number, column: number) =>
      cells.has(key(row, column)) || spills.has(key(row, column));
    for (const text of formulas(plan)) {
      walk(parseFormula(text), (node) => {
        if (node.kind === "ref" && !filled(node.row, node.column)) {
          throw new Error(`${text} reads the empty cell ${key(node.row, node.column)}`);
        }
        if (node.kind === "range") {
          for (let r = node.row; r < node.row + node.rows; r++)
            for (let c = node.column; c < node.column + node.columns; c++)
              if (!filled(r, c)) throw new Error(`${text} reads the empty cell ${key(r, c)}`);
        }
      });
    }
  });

  it("calls only DEAL's functions and natives that Excel, LibreOffice and HyperFormula share", () => {
    const called = new Set<string>();
    for (const text of formulas(plan)) {
      walk(parseFormula(text), (node) => {
        if (node.kind === "call") called.add(node.name.toUpperCase());
        expect(["name", "sheetRef", "struct"]).not.toContain(node.kind);
      });
    }
    expect([...called].sort()).toEqual(
      [
        "DEAL.COMMITCOST",
        "DEAL.RAMPPRICE",
        "DEAL.ROLLOVER",
        "DEAL.SLACREDIT",
        "DEAL.TIEREDCOST",
        "IF",
        "IFERROR",
        "INDEX",
        "INT",
        "MATCH",
        "MAX",
        "MIN",
        "MOD",
        "NA",
        "NPV",
        "OR",
        "RATE",
        "ROUND",
        "ROWS",
        "SUM",
        "SUMIFS",
        "SUMPRODUCT",
      ].sort()
    );
  });

  it("pastes no computed number: outside the inputs, numbers only label months, years and the forecast", () => {
    const numbers = [...cells.entries()].filter(
      ([, { content, input }]) => !input && "value" in content && typeof content.value === "number"
    );
    const structure = new Set([
      ...layout.offers.map((o) => key(o.prices.firstMonth, 0)), // month 1; later months count on
      ...layout.offers.flatMap((o) =>
        Array.from({ length: o.ramp.rows }, (_, y) => key(o.ramp.header + 1 + y, 7))
      ), // contract years of the ramp lists
      key(layout.exposureHeaders.netCost + 3, 0), // 100%: the forecast itself
      // Month 1 of a list schedule, and its models' factors at signing: 1.
      ...layout.offers.flatMap((o) =>
        o.listSchedule
          ? Array.from({ length: 1 + o.listSchedule.models }, (_, c) =>
              key(o.listSchedule!.header + 1, c)
            )
          : []
      ),
    ]);
    expect(numbers.map(([at]) => at).sort()).toEqual([...structure].sort());
  });

  it("marks every input cell as an input", () => {
    expect(plan.inputs.length).toBeGreaterThan(50);
    for (const input of plan.inputs) expect(input.style?.input).toBe(true);
  });

  it("draws the cumulative cost by month and the term by share of the forecast, a series per offer", () => {
    const [line, columns] = plan.charts;
    expect(line).toMatchObject({ kind: "line", key: CUMULATIVE_CHART_KEY });
    expect(columns).toMatchObject({ kind: "column", key: EXPOSURE_CHART_KEY });
    if (line.kind === "tableBar" || columns.kind === "tableBar") throw new Error("series charts");
    expect(line.series.map((s) => s.name)).toEqual([
      "1. Anthropic Claude pool",
      "2. OpenAI gpt-4.1 pool",
    ]);
    for (const series of line.series) expect(series.values.rows).toBe(36);
    expect(columns.categories.rows).toBe(5);
    // Side by side with the summary, above the first offer's workings.
    expect(columns.at.row + columns.heightInRows).toBeLessThan(layout.offers[0].title);
    expect(line.at.column).toBe(4);
    // Within the sheet's fourteen columns, so that it prints one page wide.
    expect(line.at.column + line.widthInColumns).toBeLessThanOrEqual(14);
  });
});

describe("model sheet layout for offers of different terms", () => {
  const short: Offer = {
    ...anthropic,
    termMonths: 18,
    ramp: [0, -0.1],
    commitment: { ...anthropic.commitment, amounts: [80_000, 100_000] },
    fees: { ...anthropic.fees, seats: [1_000, 2_000] },
  };
  const { plan, layout } = buildModelSheet([short, openAi, short]);

  it("stacks each offer's workings below the previous one", () => {
    const [a, b, c] = layout.offers;
    expect(a.prices.lastMonth - a.prices.firstMonth).toBe(17);
    expect(b.title).toBe(a.bottom + 3);
    expect(c.title).toBe(b.bottom + 3);
    expect(a.prices.yearRows).toHaveLength(2);
    for (const band of a.scenarios) expect(band.yearRows).toHaveLength(2);
  });

  it("leaves the yearly table blank where an offer's term has ended", () => {
    const third = plan.blocks.find((b) => b.at.row === layout.yearlyHeader + 1);
    expect(third?.cells.map((row) => row.map((c) => ("formula" in c ? "f" : c.value)))).toEqual([
      ["Year 1", "f", "f", "f"],
      ["Year 2", "f", "f", "f"],
      ["Year 3", null, "f", null],
    ]);
  });
});

describe("text from data", () => {
  it("is written as values, never into formulas", () => {
    const hostile = { ...openAi, vendor: '=HYPERLINK("http://x","y")', model: "+1" };
    const { plan } = buildModelSheet([anthropic, hostile]);
    const vendor = plan.inputs.find((i) => i.label === "Vendor" && i.value !== "Anthropic");
    expect(vendor?.value).toBe('=HYPERLINK("http://x","y")');
    for (const text of formulas(plan)) expect(text).not.toContain("HYPERLINK");
  });
});

describe("inputs shown for each kind of offer", () => {
  const labels = (offer: Offer) =>
    buildModelSheet([offer]).plan.blocks.flatMap((b) =>
      b.cells.flatMap((row) => row.flatMap((c) => ("value" in c ? [String(c.value)] : [])))
    );

  it("gives every offer its list prices and usage mix, a discount offer its discount, a tiered one its mode and tiers", () => {
    expect(labels(openAi)).toEqual(
      expect.arrayContaining([
        "Discount from list price",
        "Batch share of the model's tokens",
        "SLA credit table",
      ])
    );
    expect(labels(openAi)).not.toContain("Tier mode: graduated, volume or stairstep");
    expect(labels(anthropic)).toEqual(
      expect.arrayContaining([
        "Tier mode: graduated, volume or stairstep",
        "Volume tiers (blank last bound: no limit)",
        "SLA target uptime (linear clause)",
      ])
    );
    expect(labels(anthropic)).toEqual(
      expect.arrayContaining([
        "Batch share of the model's tokens",
        "Cache-write share of other input",
        "List price: cache write (USD per M)",
        "Uptime outcomes, weighed",
      ])
    );
    expect(labels(anthropic)).not.toContain("Discount from list price");
  });
});

describe("buildModelSheet refuses", () => {
  it("an invalid offer, naming the field", () => {
    const bad = { ...anthropic, forecast: { ...anthropic.forecast, monthlyGrowth: -2 } };
    expect(() => buildModelSheet([bad])).toThrow(InvalidOfferError);
    expect(() => buildModelSheet([bad])).toThrow(/forecast\.monthlyGrowth/);
  });

  it("no offers", () => {
    expect(() => buildModelSheet([])).toThrow(RangeError);
  });

  it("settings that are not valid", () => {
    const settings = { ...DEFAULT_SETTINGS, commitLevels: [1] };
    expect(() => buildModelSheet([anthropic], settings)).toThrow(InvalidSettingsError);
  });
});

describe("buildModelSheet's settings", () => {
  it("give the exposure block its shares of the forecast, the forecast's fixed at 100%", () => {
    const shares = [0.25, 0.8, 1, 1.1, 2];
    const settings = {
      ...DEFAULT_SETTINGS,
      scenarios: DEFAULT_SETTINGS.scenarios.map((s, i) => ({ ...s, share: shares[i] })),
    };
    const { plan, layout } = buildModelSheet([anthropic, openAi], settings);
    const written = shares.map((_, i) => {
      const row = layout.exposureHeaders.netCost + 1 + i;
      const input = plan.inputs.find((cell) => cell.at.row === row && cell.at.column === 0);
      const block = plan.blocks.find((b) => b.at.row === row && b.at.column === 0);
      return (
        input?.value ??
        (block && "value" in block.cells[0][0] ? block.cells[0][0].value : undefined)
      );
    });
    expect(written).toEqual(shares);
  });
});

describe("nextModelNaming", () => {
  const snapshot = (keys: (string | undefined)[]): WorkbookSnapshot => ({
    readOnly: false,
    structureProtected: false,
    sheets: keys.map((dealKey, i) => ({ name: `S${i}`, dealKey, protected: false, tables: [] })),
    tableNames: [],
    definedNames: [],
  });

  it("gives each model a sheet of its own, after the highest so far", () => {
    expect(nextModelNaming(snapshot([]))).toEqual({ key: "model", preferredName: "DEAL model" });
    expect(nextModelNaming(snapshot([undefined, "benchmark", "model"]))).toEqual({
      key: "model-2",
      preferredName: "DEAL model 2",
    });
    expect(nextModelNaming(snapshot(["model-3", "model"]))).toEqual({
      key: "model-4",
      preferredName: "DEAL model 4",
    });
    expect(nextModelNaming(snapshot(["model-x", "models"])).key).toBe("model");
  });
});

describe("an offer whose usage forecast is in the user's cells", () => {
  const months = Array.from({ length: 36 }, () => ({ inputTokensM: 1000, outputTokensM: 100 }));
  const offer: Offer = {
    ...anthropic,
    forecast: { kind: "cells", source: "'Bob''s plan'!$B$3:$C$38", months },
  };
  const { plan, layout } = buildModelSheet([offer, openAi]);
  const cells = cellMap(plan);
  const content = (row: number, column: number) => cells.get(key(row, column))?.content;

  it("reads each month's tokens from its row of the range, on the range's sheet", () => {
    const first = layout.offers[0].prices.firstMonth;
    expect(content(first, 2)).toEqual({ formula: "='Bob''s plan'!$B$3" });
    expect(content(first + 35, 3)).toEqual({ formula: "='Bob''s plan'!$C$38" });
  });

  it("shows where the forecast comes from instead of a start and a growth rate", () => {
    const texts = [...cells.values()].flatMap(({ content: c }) => ("value" in c ? [c.value] : []));
    expect(texts).toContain("From 'Bob''s plan'!$B$3:$C$38");
    // Only the second offer, priced on a start and growth, shows a growth rate.
    expect(texts.filter((t) => t === "Usage growth per month")).toHaveLength(1);
    expect(plan.inputs.filter((i) => i.label === "Usage growth per month")).toHaveLength(1);
  });
});

describe("the term names the checklists show (termNames.ts)", () => {
  const termNames = (offers: Offer[]) =>
    Object.fromEntries(
      (buildModelSheet(offers).plan.names ?? [])
        .filter((n) => n.name.startsWith("DEAL_Term_"))
        .map((n) => [n.name, n.refersTo])
    );

  it("name the first offer's input cells that items negotiate, one cell each", () => {
    const { plan } = buildModelSheet([anthropic, openAi]);
    const inputs = new Set(plan.inputs.map((input) => key(input.at.row, input.at.column)));
    const named = termNames([anthropic, openAi]);
    expect(Object.keys(named).sort()).toEqual(
      [
        "PriceChangeYear2",
        "RenewalCap",
        "RolloverCap",
        "RolloverExpiry",
        "OverageRate",
        "SlaPerStep",
        "SlaStep",
        "SlaTarget",
        "Billing",
        "PrepaymentDiscount",
        "PrepaymentRate",
        "ExitFeeMonths",
        "NoticeMonths",
        "ExitFrom",
      ]
        .map((name) => `DEAL_Term_${name}`)
        .sort()
    );
    // Each an input, but the discount's implied rate, which a formula works out beside them.
    for (const [name, rect] of Object.entries(named)) {
      expect([rect.rows, rect.columns]).toEqual([1, 1]);
      const input = inputs.has(key(rect.row, rect.column));
      expect([name, input]).toEqual([name, name !== "DEAL_Term_PrepaymentRate"]);
    }
    // The first offer's, not the second's (OpenAI's terms come second here).
    expect(termNames([openAi, anthropic])).not.toEqual(named);
  });

  it("leave a name undefined when the first offer has no such figure", () => {
    const oneYear: Offer = {
      ...openAi,
      termMonths: 12,
      commitment: { ...openAi.commitment, amounts: [500_000] },
      priceProtection: { keptDiscount: 0.2, listSchedule: [] },
    };
    const named = termNames([oneYear]);
    // OpenAI's SLA is a credit table, and a 12-month term has no year 2.
    expect(Object.keys(named)).not.toContain("DEAL_Term_SlaPerStep");
    expect(Object.keys(named)).not.toContain("DEAL_Term_PriceChangeYear2");
    expect(Object.keys(named)).toContain("DEAL_Term_RenewalCap");
  });
});
