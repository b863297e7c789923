import * as fs from "fs";
import * as path from "path";
import { CATALOG_DATE, MODEL_PRICES } from "../../src/content/catalog";
import { parseLitellmCatalog } from "../../src/content/catalog/litellm";
import { choosePriceFileRows, defaultChoice } from "../../src/content/catalog/priceFileChoice";
import { PLAYBOOK_SECTIONS } from "../../src/content/playbook";
import {
  DEFAULT_SETTINGS,
  cashFlows,
  cheapest,
  cheapestAtExits,
  computeSchedule,
  defaultOffers,
  impliedPrepaymentRate,
  presentValue,
  exposure,
  EXPOSURE_FACTORS,
  summarize,
  type Offer,
} from "../../src/dealModel";
import { buildBenchmarkSheet } from "../../src/workbook/benchmarkSheet";
import { buildChecklistSheets } from "../../src/workbook/checklistSheets";
import { buildModelSheet } from "../../src/workbook/model";
import type { CellContent } from "../../src/workbook/plan";
import { reconcile } from "../../src/workbook/reconcile";
import { buildDemoWorkbook, EMPTY_SNAPSHOT } from "../../src/xlsx/demoWorkbook";
import { litellmLikeCatalog } from "../support/litellmLikeCatalog";

/*
 * The README's figures, pinned to the code that makes them: the playbook's asks by section, the
 * built-in catalog's models by vendor and class, how a 466-entry price file is read, the size of
 * DEAL's memory, the deal model's example (its terms, exposure table, cheapest offer, effective
 * prices, list costs and credits), the model sheet's formula counts, and the demo workbook's
 * sheets and formula cells. When the code changes one of them, this fails until the README says
 * the new figure. Money is compared in whole dollars, give or take one: the last digits of the
 * pricing core's figures may move. What only LibreOffice measures (pages, type size) is pinned in
 * test/libreoffice/print.libreoffice.test.ts.
 */

const README = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");

/** The README's first match of `pattern`, which must be there. */
function found(pattern: RegExp): RegExpMatchArray {
  const match = README.match(pattern);
  if (match === null) throw new Error(`The README does not say ${pattern}`);
  return match;
}

/** "3,158,352" → 3158352. */
const amount = (text: string) => Number(text.replace(/,/g, ""));
const dollars = (n: number) => Math.round(n).toLocaleString("en-US");
const percent = (share: number) => `${Number((share * 100).toPrecision(12))}%`;
const WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** The rows of the markdown table whose header line starts with `header` (indented or not). */
function tableRows(header: string): string[][] {
  const lines = README.split("\n");
  const start = lines.findIndex((line) => line.trim().startsWith(header));
  if (start < 0) throw new Error(`The README has no table headed "${header}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.trim().startsWith("|")) break;
    rows.push(
      line
        .trim()
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim())
    );
  }
  return rows;
}

/** Within a dollar: the README rounds to whole dollars. */
function expectDollars(written: number, computed: number, what: string) {
  expect({ what, off: Math.abs(written - computed) <= 1 }).toEqual({ what, off: true });
}

describe("the README's figures", () => {
  it("count the playbook's asks by section", () => {
    const asks = PLAYBOOK_SECTIONS.reduce((sum, section) => sum + section.items.length, 0);
    const sections = WORDS[PLAYBOOK_SECTIONS.length];
    expect(README).toContain(`The negotiation playbook is turned into ${asks} asks in ${sections}`);
    expect(README).toContain(`${PLAYBOOK_SECTIONS.length} sections, ${asks} asks`);
    // The README writes the titles in sentence case ("Pricing and discounts").
    const rows = tableRows("| Section").map(([title, code, count]) => [
      title.toLowerCase(),
      code,
      Number(count),
    ]);
    expect(rows).toEqual(
      PLAYBOOK_SECTIONS.map((s) => [s.title.toLowerCase(), s.code, s.items.length])
    );
  });

  it("list the built-in catalog's models by vendor and class, with its date", () => {
    const [, date, count] = found(/The snapshot of (\d{4}-\d{2}-\d{2}) holds (\d+) models:/);
    expect([date, Number(count)]).toEqual([CATALOG_DATE, MODEL_PRICES.length]);
    const written = tableRows("| Vendor           | Frontier").map(([vendor, ...classes]) => [
      vendor,
      ...classes.map((models) => (models === "" ? [] : models.split(", ")).sort()),
    ]);
    const vendors = [...new Set(MODEL_PRICES.map((model) => model.vendor))];
    const inClass = (vendor: string, modelClass: string) =>
      MODEL_PRICES.filter((m) => m.vendor === vendor && m.modelClass === modelClass)
        .map((m) => m.model)
        .sort();
    expect(written).toEqual(
      vendors.map((vendor) => [
        vendor,
        inClass(vendor, "frontier"),
        inClass(vendor, "balanced"),
        inClass(vendor, "small"),
      ])
    );
  });

  it("say how a 466-entry price file is read", () => {
    const read = parseLitellmCatalog(litellmLikeCatalog(466), {
      fileName: "model_prices_and_context_window.json",
      asOf: CATALOG_DATE,
    });
    const skipped = (reason: string) => read.skipped.filter((s) => s.reason === reason).length;
    const chosen = choosePriceFileRows(read.rows, defaultChoice(read.rows)).length;
    expect(README).toContain(
      `reads as ${read.rows.length} models and ${read.skipped.length} skipped ` +
        `(${skipped("not a text model")} not a text model, ${skipped("price unknown")} price unknown, ` +
        `${skipped("no price per token")} with no price per token, ${skipped("not a model")} the ` +
        `format's documentation); by default ${chosen} are chosen`
    );
  });

  it("give the size of DEAL's memory of the checklists and the benchmark", () => {
    const edit = reconcile(EMPTY_SNAPSHOT, [
      ...buildChecklistSheets(PLAYBOOK_SECTIONS, "sheetPerSection"),
      buildBenchmarkSheet(MODEL_PRICES),
    ]);
    const rows = edit.memory?.rows ?? [];
    const characters = rows.flat().reduce((sum: number, v) => sum + String(v ?? "").length, 0);
    expect(README).toContain(
      `the memory is ${rows.length} rows, about ${Math.round(characters / 1000)} KB`
    );
  });
});

describe("the README's deal model example", () => {
  const offers = defaultOffers();
  const [anthropic, openAi] = offers;
  const name = (offer: Offer) => `${offer.vendor} ${offer.model}`;
  const summary = (offer: Offer) => summarize(offer, computeSchedule(offer));

  it("states the offers' forecast and terms", () => {
    const { forecast } = anthropic;
    if (!("monthlyGrowth" in forecast)) throw new Error("the example grows its own forecast");
    expect(offers.map((offer) => offer.forecast)).toEqual([forecast, forecast]);
    expect(README).toContain(
      `${forecast.inputTokensM.toLocaleString("en-US")} M input and ` +
        `${forecast.outputTokensM.toLocaleString("en-US")} M output tokens in month 1, growing ` +
        `${percent(forecast.monthlyGrowth)} a month, with ` +
        `${percent(anthropic.cacheHitShare)} cache hits and ${percent(anthropic.cacheWriteShare)} ` +
        "cache writes"
    );
    const tokens = summary(anthropic).term.tokensM;
    expect(README).toContain(`About ${(tokens / 1e6).toFixed(2)} million M tokens`);
    for (const offer of offers) expect(README).toContain(`- **${name(offer)}:**`);

    // Anthropic: tiers, a monthly commitment rolling over, a ramp, a cap and a linear SLA.
    if (anthropic.pricing.kind !== "tiers") throw new Error("the Anthropic example has tiers");
    const [t1, t2, t3] = anthropic.pricing.tiers;
    expect(README).toContain(
      `${anthropic.pricing.mode} tiers at $${t1.price.toFixed(2)} per M tokens up to ` +
        `${t1.upTo.toLocaleString("en-US")} M a month, $${t2.price.toFixed(2)} up to ` +
        `${t2.upTo.toLocaleString("en-US")} M, and $${t3.price.toFixed(2)} beyond`
    );
    const byYear = (offer: Offer) => {
      const amounts = offer.commitment.amounts.map((a) => `$${dollars(a)}`);
      return `${amounts.slice(0, -1).join(", ")} and ${amounts[amounts.length - 1]} a ${offer.commitment.per} committed in contract years 1 to ${amounts.length}`;
    };
    const commit = anthropic.commitment;
    expect(README).toContain(
      `${byYear(anthropic)}, with ${percent(commit.rolloverCap ?? 0)} ` +
        `of any unused amount usable for ${commit.expiryMonths} more months`
    );
    expect(README).toContain(
      `a year-2 price ${percent(-anthropic.ramp[1])} lower and overage ${percent(anthropic.overageRate - 1)} above the committed rate, ` +
        `with bursts up to ${anthropic.burst?.multiple}× the month's commitment at the committed rate, balanced over ${anthropic.burst?.windowMonths} months`
    );
    const pool = anthropic.models.map((m) => `${m.model} (${percent(m.share)}`);
    pool.forEach((part) => expect(README).toContain(part));
    const seats = anthropic.fees.seats.map((n) => n.toLocaleString("en-US"));
    expect(README).toContain(
      `${seats.slice(0, -1).join(", ")} and ${seats[seats.length - 1]} seats at $${anthropic.fees.seatPrice} a seat-month`
    );
    expect(anthropic.priceProtection).toMatchObject({ keptDiscount: "offer", listSchedule: [] });
    expect(README).toContain(`a ${percent(anthropic.renewalUpliftCap)} renewal cap`);
    const linear = anthropic.sla.schedule;
    if (linear.kind !== "linear") throw new Error("the Anthropic example has a linear SLA");
    expect(README).toContain(
      `${percent(linear.perStep)} credit per ${percent(linear.step ?? 0.001)} of uptime below ` +
        percent(linear.target)
    );

    // OpenAI: a discount, an annual commitment with a true-up, overage above the committed rate.
    if (openAi.pricing.kind !== "discount") throw new Error("the OpenAI example has a discount");
    expect(README).toContain(`${percent(openAi.pricing.discount)} off list`);
    expect(openAi.commitment.trueUpMonths).toBe(12);
    expect(README).toContain(`${byYear(openAi)}, with an annual true-up`);
    expect(README).toContain(`a platform fee of $${dollars(openAi.fees.platformFee)} a year`);
    const [step] = openAi.priceProtection?.listSchedule ?? [];
    expect(README).toContain(
      `price protection keeping ${percent(Number(openAi.priceProtection?.keptDiscount))} off the list prices in force, ` +
        `with gpt-4.1's list price ${percent(1 - step.factors[0])} lower from month ${step.fromMonth}`
    );
    expect(README).toContain(`overage ${percent(openAi.overageRate - 1)} above the committed rate`);
    const outcomes = anthropic.sla.uptimeOutcomes.map(
      (o, i) => `${percent(o.uptime)} in ${percent(o.probability)}${i === 0 ? " of months" : ""}`
    );
    expect(offers.map((offer) => offer.sla.uptimeOutcomes)).toEqual([
      anthropic.sla.uptimeOutcomes,
      anthropic.sla.uptimeOutcomes,
    ]);
    const said = `${outcomes.slice(0, -1).join(", ")} and ${outcomes[outcomes.length - 1]}`;
    expect(README).toContain(`Both expect the same uptime: ${said}.`);
  });

  it("gives each offer's net cost, lost commitment and overage at each share of the forecast", () => {
    const rows = tableRows("| Net cost of the term (USD)");
    expect(rows.map(([label]) => label)).toEqual(offers.map(name));
    offers.forEach((offer, i) => {
      const points = exposure(offer);
      expect(points.map((point) => point.factor)).toEqual([...EXPOSURE_FACTORS]);
      points.forEach((point, k) => {
        const cell = rows[i][k + 1];
        const what = `${name(offer)} at ${percent(point.factor)}: ${cell}`;
        const [, net] = /^\**([\d,]+)/.exec(cell) ?? [];
        expectDollars(amount(net), point.termCost, what);
        const lost = /([\d,]+) lost/.exec(cell)?.[1];
        const overage = /([\d,]+) beyond/.exec(cell)?.[1];
        expectDollars(amount(lost ?? "0"), point.forfeited, `${what} (lost)`);
        expectDollars(amount(overage ?? "0"), point.overageCharge, `${what} (overage)`);
      });
    });
  });

  it("names the cheapest offer, by how much, the effective prices, list costs and credits", () => {
    const best = cheapest(offers);
    const other = offers[1 - best.index];
    const [bestSummary, otherSummary] = [summary(best.offer), summary(other)];
    const [, cheapestName, by] = found(
      /\*\*(.+?) is cheapest\*\* at the forecast, by \$([\d,]+)\./
    );
    expect(cheapestName).toBe(name(best.offer));
    expectDollars(amount(by), otherSummary.term.netCost - best.termCost, "cheapest by");
    const [, bestPrice, otherPrice, otherVendor] = found(
      /Its effective price is \$([\d.]+) per M tokens, against \$([\d.]+) for (\w+)\./
    );
    expect([bestPrice, otherPrice, otherVendor]).toEqual([
      (bestSummary.effectivePricePerM ?? 0).toFixed(3),
      (otherSummary.effectivePricePerM ?? 0).toFixed(3),
      other.vendor,
    ]);
    expect(README).toContain(
      `At list prices the same usage would cost $${dollars(bestSummary.term.listCost)} and ` +
        `$${dollars(otherSummary.term.listCost)}: the offers' usage is ` +
        `${((bestSummary.discountVsList ?? 0) * 100).toFixed(1)}% and ` +
        `${((otherSummary.discountVsList ?? 0) * 100).toFixed(1)}% below list.`
    );
    const [, bestCredit, otherCredit] = found(
      /expected SLA credits over the term are \$([\d,]+) for \w+ and \$([\d,]+) for \w+\./
    );
    expectDollars(amount(bestCredit), bestSummary.term.slaCredit, "credits of the cheapest");
    expectDollars(amount(otherCredit), otherSummary.term.slaCredit, "credits of the other");
  });

  it("gives each offer's present value, the discount as interest and the exit costs, the cheapest in bold", () => {
    const rows = tableRows("| Money over time (USD)");
    expect(rows.map(([label]) => label)).toEqual(offers.map(name));
    const exits = cheapestAtExits(offers, DEFAULT_SETTINGS.exitMonths);
    const pvs = offers.map((offer) =>
      presentValue(cashFlows(offer), DEFAULT_SETTINGS.discountRate)
    );
    const bold = (cell: string) => cell.startsWith("**");
    offers.forEach((offer, i) => {
      const [, pv, rate, ...exitCells] = rows[i];
      expectDollars(amount(pv.replace(/\*/g, "")), pvs[i], `${name(offer)} PV`);
      expect(bold(pv)).toBe(pvs[i] === Math.min(...pvs));
      const implied = impliedPrepaymentRate(offer.billing, offer.termMonths) ?? 0;
      expect(rate).toBe(`${(implied * 100).toFixed(2)}% a year`);
      exitCells.forEach((cell, e) => {
        expectDollars(
          amount(cell.replace(/\*/g, "")),
          exits[e].costs[i],
          `${name(offer)} exit ${e}`
        );
        expect(bold(cell)).toBe(exits[e].index === i);
      });
    });
  });

  it("counts the model sheet's formulas, DEAL calls, spilled cells and inputs", () => {
    const { plan } = buildModelSheet(offers);
    const contents: CellContent[] = plan.blocks.flatMap((block) => block.cells.flat());
    const formulas = contents.filter((c): c is { formula: string } => "formula" in c);
    const dealCalls = formulas.filter((c) => /\bDEAL\./.test(c.formula));
    const spilling = plan.blocks.filter((block) => block.spills !== undefined);
    const spilled = spilling.reduce(
      (sum, block) => sum + (block.spills?.rows ?? 0) * (block.spills?.columns ?? 0) - 1,
      0
    );
    expect(plan.tables).toEqual([]);
    expect(README).toContain(
      `The example's sheet holds ${formulas.length.toLocaleString("en-US")} formulas, ` +
        `${dealCalls.length} of them DEAL calls (the ${spilling.length} \`DEAL.ROLLOVER\` calls ` +
        `spill over ${spilled.toLocaleString("en-US")} more cells), and ${plan.inputs.length} input cells.`
    );
  });
});

describe("the README's demo workbook", () => {
  it("counts its sheets and formula cells, plain and share-safe", async () => {
    const plain = (await buildDemoWorkbook()).report;
    const safe = (await buildDemoWorkbook({ shareSafe: true })).report;
    const count = (n: number) => n.toLocaleString("en-US");
    const formulas = plain.dealFormulaCells + plain.otherFormulaCells;
    expect(README).toContain(
      `${plain.sheets.length} sheets, ${count(plain.dealFormulaCells)} cells of DEAL formulas ` +
        `(a spill counts each of its cells) and ${count(plain.otherFormulaCells)} of native ones`
    );
    expect(README).toMatch(new RegExp(`call as its ledger on an? ${safe.sheets.length}th sheet`));
    expect(README).toContain(
      `Every cell that holds a formula in the default file (${count(formulas)}) holds one in the ` +
        `share-safe file, which has ${count(safe.twinFormulas + safe.otherFormulaCells)} with its ledgers.`
    );
    expect(README).toContain(`All ${count(formulas)} formula cells show their cached values`);
  }, 60_000);
});
