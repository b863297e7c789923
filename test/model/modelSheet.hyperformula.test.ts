import {
  EXPOSURE_FACTORS,
  computeSchedule,
  defaultOffers,
  exposure,
  summarize,
  type MonthRow,
} from "../../src/dealModel";
import {
  SCENARIO_COLUMNS,
  SHARED_COLUMNS,
  comparisonRow,
  exposureRow,
  offerColumn,
  scenarioBand,
  scenarioColumn,
  sharedColumn,
} from "../../src/workbook/model";
import { bandValue, close, modelEngine } from "./modelEngine";

/*
 * Issue 6's end-to-end check: the model sheet's formulas, calculated by HyperFormula with DEAL's
 * functions registered as a plugin, give the same figures as the independent computation with the
 * pricing core (src/dealModel), month by month, for every offer and every scenario.
 */

describe("the model sheet calculated by HyperFormula equals the pricing core", () => {
  const offers = defaultOffers();
  const { layout, at, hf } = modelEngine(offers);
  afterAll(() => hf.destroy());

  test.each(offers.map((offer, i) => [offer.vendor, i] as const))(
    "%s: every shared column, month by month",
    (_vendor, i) => {
      const { prices } = layout.offers[i];
      const rows = computeSchedule(offers[i]);
      rows.forEach((row, m) => {
        for (const name of SHARED_COLUMNS) {
          close(
            at(prices.firstMonth + m, sharedColumn(name)),
            row[name],
            `${name} of month ${m + 1}`
          );
        }
      });
    }
  );

  test.each(
    offers.flatMap((offer, i) => EXPOSURE_FACTORS.map((f, s) => [offer.vendor, f, i, s] as const))
  )("%s at %p of the forecast: every scenario column, month by month", (_v, factor, i, s) => {
    const band = scenarioBand(layout.offers[i], s);
    const rows = computeSchedule(offers[i], factor);
    let cumulative = 0;
    rows.forEach((row: MonthRow, m) => {
      cumulative += row.netCost;
      // Figures that cancel (overage less burst usage) are as exact as the month's.
      const floor = 1e-9 * Math.max(1, row.usageCost, row.commitment);
      for (const name of SCENARIO_COLUMNS) {
        const expected = name === "cumulativeNetCost" ? cumulative : row[name];
        const where = `${name} of month ${m + 1}`;
        const cell = bandValue(at(band.firstMonth + m, scenarioColumn(name)), name);
        close(cell, expected, where, 1e-12, floor);
      }
    });
    const summary = summarize(offers[i], rows);
    summary.years.forEach((year, y) =>
      close(at(band.yearRows[y], scenarioColumn("netCost")), year.netCost, `year ${y + 1}`)
    );
    close(at(band.termRow, scenarioColumn("netCost")), summary.term.netCost, "term net cost");
    close(at(band.termRow, scenarioColumn("forfeited")), summary.term.forfeited, "term lost");
    close(
      at(band.effectivePriceRow, scenarioColumn("netCost")),
      summary.effectivePricePerM!,
      "effective price"
    );
  });

  test("the comparison, the cheapest and the exposure tables at the top", () => {
    offers.forEach((offer, i) => {
      const summary = summarize(offer, computeSchedule(offer));
      const column = offerColumn(i);
      close(at(comparisonRow(layout, "netCost"), column), summary.term.netCost, "net cost");
      close(at(comparisonRow(layout, "listCost"), column), summary.term.listCost, "list cost");
      close(
        at(comparisonRow(layout, "discountVsList"), column),
        summary.discountVsList!,
        "discount against list"
      );
      close(at(comparisonRow(layout, "slaCredit"), column), summary.term.slaCredit, "credits");
      close(
        at(comparisonRow(layout, "renewalFactor"), column),
        summary.renewalPriceFactor,
        "renewal"
      );
      exposure(offer).forEach((point, s) => {
        close(at(exposureRow(layout, "netCost", s), column), point.termCost, `exposure ${s}`);
        close(at(exposureRow(layout, "forfeited", s), column), point.forfeited, `lost ${s}`);
        close(
          at(exposureRow(layout, "overageCharge", s), column),
          point.overageCharge,
          `overage ${s}`
        );
      });
    });
    expect(at(layout.cheapestRow, 1)).toBe("OpenAI gpt-4.1 pool");
  });
});

describe("the comparison flags an offer that costs more than list", () => {
  test("neither default offer does; one whose tiers are three times as dear does", () => {
    const [anthropic, openai] = defaultOffers();
    if (anthropic.pricing.kind !== "tiers")
      throw new Error("the default Anthropic offer has tiers");
    const dear = {
      ...anthropic,
      pricing: {
        ...anthropic.pricing,
        tiers: anthropic.pricing.tiers.map((tier) => ({ ...tier, price: tier.price * 3 })),
      },
    };
    for (const [offers, flags] of [
      [
        [anthropic, openai],
        ["No", "No"],
      ],
      [
        [dear, openai],
        ["Yes: more than list", "No"],
      ],
    ] as const) {
      const { layout, at, hf } = modelEngine(offers);
      const shown = offers.map((_, i) => at(comparisonRow(layout, "aboveList"), offerColumn(i)));
      hf.destroy();
      expect(shown).toEqual(flags);
      // The core agrees: usage's net cost of the term (less seats and platform fee) against list.
      const above = offers.map((offer) => {
        const { term } = summarize(offer, computeSchedule(offer));
        return term.netCost - term.fixedFees > term.listCost;
      });
      expect(above).toEqual(flags.map((flag) => flag !== "No"));
    }
  });
});
