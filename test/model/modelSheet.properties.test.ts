import fc from "fast-check";
import { offers } from "../../src/dealModel/__tests__/arbitraryOffers";
import { EXPOSURE_FACTORS, computeSchedule, summarize } from "../../src/dealModel";
import { SCENARIO_COLUMNS, scenarioBand, scenarioColumn } from "../../src/workbook/model";
import { close, modelEngine } from "./modelEngine";

/*
 * For random offers (every pricing basis and tier mode, every usage mix, monthly and annual
 * commitments, expiry and true-up or none, table and linear SLAs, uptime outcomes), the sheet HyperFormula calculates equals the pricing
 * core month by month at every share of the forecast, and its totals equal summarize's.
 */

describe("random offers: the model sheet equals the pricing core", () => {
  it("in every scenario column of every month, and in the term totals", () => {
    fc.assert(
      fc.property(fc.array(offers, { minLength: 1, maxLength: 2 }), (list) => {
        const { layout, at, hf } = modelEngine(list);
        try {
          list.forEach((offer, i) => {
            const section = layout.offers[i];
            EXPOSURE_FACTORS.forEach((factor, s) => {
              const rows = computeSchedule(offer, factor);
              const band = scenarioBand(section, s);
              rows.forEach((row, m) => {
                for (const name of SCENARIO_COLUMNS) {
                  if (name === "cumulativeNetCost") continue;
                  const where = `offer ${i + 1} at ${factor}: ${name} of month ${m + 1}`;
                  close(at(band.firstMonth + m, scenarioColumn(name)), row[name], where, 1e-9);
                }
              });
              const term = summarize(offer, rows).term;
              close(at(band.termRow, scenarioColumn("netCost")), term.netCost, "term", 1e-9);
            });
          });
        } finally {
          hf.destroy();
        }
      }),
      { numRuns: 40 }
    );
  });
});
