import fc from "fast-check";
import {
  DEFAULT_SETTINGS,
  cashFlows,
  cheapestAtExits,
  exitCosts,
  impliedPrepaymentRate,
  monthlyDiscountRate,
  neutralOffers,
  presentValue,
  type ModelSettings,
  type Offer,
} from "../../src/dealModel";
import {
  modelSettings,
  offersWithBillingAndExit,
} from "../../src/dealModel/__tests__/arbitraryTerms";
import { offerColumn, type ModelLayout } from "../../src/workbook/model";
import { CASH_COLUMNS, cashColumn } from "../../src/workbook/model/cashBand";
import { moneyRow } from "../../src/workbook/model/moneyLayout";
import { close, modelEngine } from "./modelEngine";

/*
 * Money over time, end to end: the model sheet's cash bands, present values, implied rates of the
 * prepayment discounts and exit costs, calculated by HyperFormula, equal the pricing core's
 * (cashFlows.ts, exitCost.ts) month by month, for the example offers on the demo's billing and
 * exit terms and for random offers and settings. Implied rates are compared to an absolute 1e-8
 * for the examples and 1e-6 for random ones: an engine's RATE stops iterating at about 1e-7 of
 * the monthly rate, which compounding to a year magnifies up to about fifteen times; the core
 * bisects to 50 digits.
 */

/** The example offers with the demo's billing and exit terms (anthropicOffer.ts, openAiOffer.ts). */
export function offersWithDemoMoneyTerms(): Offer[] {
  const [anthropic, openAi] = neutralOffers();
  return [
    {
      ...anthropic,
      billing: { frequency: "annually", prepaymentDiscount: 0.05 },
      exit: { noticeMonths: 2, feeMonths: 3, earliestMonth: 18 },
    },
    {
      ...openAi,
      billing: { frequency: "up front", prepaymentDiscount: 0.06 },
      exit: { noticeMonths: 2, feeMonths: 3, earliestMonth: 12 },
    },
  ];
}

type At = (row: number, column: number) => unknown;

/** Every money figure of the sheet against the core's; `relative` for money. */
function checkMoney(
  offers: readonly Offer[],
  settings: ModelSettings,
  layout: ModelLayout,
  at: At,
  relative: number,
  rateTolerance = 1e-8
): void {
  const { money } = layout;
  close(at(money.monthlyRateRow, 1), monthlyDiscountRate(settings.discountRate), "monthly rate");
  offers.forEach((offer, i) => {
    const band = layout.offers[i].cash;
    const flows = cashFlows(offer);
    const exits = exitCosts(offer, flows);
    flows.forEach((flow, m) => {
      const expected = { ...flow, ...exits[m] };
      for (const name of CASH_COLUMNS) {
        const want =
          name === "exitFee" ? exits[m].fee : name === "exitCost" ? exits[m].cost : expected[name];
        close(
          at(band.firstMonth + m, cashColumn(name)),
          want,
          `offer ${i + 1}: ${name} of month ${m + 1}`,
          relative
        );
      }
    });
    const pv = presentValue(flows, settings.discountRate);
    close(
      at(band.presentValueRow, cashColumn("cash")),
      pv,
      `offer ${i + 1}: present value`,
      relative
    );
    close(at(moneyRow(money, "presentValue"), offerColumn(i)), pv, "summary PV", relative);
    close(
      at(moneyRow(money, "cash"), offerColumn(i)),
      flows[flows.length - 1].cashToDate,
      "cash",
      relative
    );
    const rate = impliedPrepaymentRate(offer.billing, offer.termMonths);
    const shown = at(moneyRow(money, "impliedRate"), offerColumn(i));
    if (rate === null) expect(shown).toBe("");
    else if (Math.abs((shown as number) - rate) > rateTolerance) {
      throw new Error(`offer ${i + 1}: implied rate ${String(shown)}, core ${rate}`);
    }
  });
  cheapestAtExits(offers, settings.exitMonths).forEach(({ costs, index }, e) => {
    const row = money.exitRows[e];
    costs.forEach((cost, i) =>
      close(at(row, offerColumn(i)), cost, `exit ${e} offer ${i + 1}`, relative)
    );
    const name = at(row, offerColumn(offers.length));
    const cheapest = offers.filter(
      (_, i) => Math.abs(costs[i] - costs[index]) <= relative * costs[index]
    );
    expect(cheapest.map((o) => `${o.vendor} ${o.model}`)).toContain(name);
  });
}

describe("money over time on the example offers with the demo's billing and exit terms", () => {
  const offers = offersWithDemoMoneyTerms();
  const { layout, at, hf } = modelEngine(offers);
  afterAll(() => hf.destroy());

  it("every cash and exit column month by month, present values, implied rates and exit costs", () => {
    checkMoney(offers, DEFAULT_SETTINGS, layout, at, 1e-12);
  });

  it("the worked examples: 5% off annual billing is 11.97% a year, 6% off 36 months up front 4.38%", () => {
    expect(at(moneyRow(layout.money, "impliedRate"), offerColumn(0))).toBeCloseTo(
      0.11970654256913,
      8
    );
    expect(at(moneyRow(layout.money, "impliedRate"), offerColumn(1))).toBeCloseTo(
      0.04383528458988,
      8
    );
    expect(at(moneyRow(layout.money, "prepayingPays"), offerColumn(0))).toBe("Yes");
    expect(at(moneyRow(layout.money, "prepayingPays"), offerColumn(1))).toBe("No");
  });

  it("names the cheapest offer at present value", () => {
    const pvs = offers.map((offer) =>
      presentValue(cashFlows(offer), DEFAULT_SETTINGS.discountRate)
    );
    const best = pvs[0] <= pvs[1] ? 0 : 1;
    expect(at(layout.money.cheapestRow, 1)).toBe(`${offers[best].vendor} ${offers[best].model}`);
  });
});

describe("random offers and settings: money over time equals the pricing core", () => {
  it("cash and exit columns, present values, implied rates and the exit table", () => {
    const exitMonths = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(
        fc.array(offersWithBillingAndExit, { minLength: 1, maxLength: 2 }),
        modelSettings,
        exitMonths,
        (list, drawn, months) => {
          const settings = { ...drawn, exitMonths: months };
          const { layout, at, hf } = modelEngine(list, {}, settings);
          try {
            checkMoney(list, settings, layout, at, 1e-9, 1e-6);
          } finally {
            hf.destroy();
          }
        }
      ),
      { numRuns: 10 }
    );
  });
});
