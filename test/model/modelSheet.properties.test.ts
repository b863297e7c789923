import fc from "fast-check";
import { offersWithEveryTerm } from "../../src/dealModel/__tests__/arbitraryTerms";
import { computeSchedule, summarize } from "../../src/dealModel";
import {
  SCENARIO_COLUMNS,
  SHARED_COLUMNS,
  scenarioBand,
  scenarioColumn,
  sharedColumn,
} from "../../src/workbook/model";
import { bandValue, close, modelEngine } from "./modelEngine";

/*
 * For random offers (every pricing basis and tier mode, every usage mix, monthly and annual
 * commitments, expiry and true-up or none, table and linear SLAs, uptime outcomes) with every
 * usage term of issue 12 (pools of one to five models with their own prices, batch and
 * long-context shares; commitments and seats by contract year; a platform fee; bursts; price
 * protection with a list schedule), the sheet HyperFormula calculates equals the pricing core
 * month by month, in the prices band and at every share of the forecast, and its totals equal
 * summarize's.
 */

describe("random offers with every term: the model sheet equals the pricing core", () => {
  it("in every column of every month, and in the term totals", () => {
    fc.assert(
      fc.property(fc.array(offersWithEveryTerm, { minLength: 1, maxLength: 2 }), (list) => {
        const { layout, at, hf, settings } = modelEngine(list);
        try {
          list.forEach((offer, i) => {
            const section = layout.offers[i];
            computeSchedule(offer).forEach((row, m) => {
              for (const name of SHARED_COLUMNS) {
                const where = `offer ${i + 1}, prices: ${name} of month ${m + 1}`;
                close(
                  at(section.prices.firstMonth + m, sharedColumn(name)),
                  row[name],
                  where,
                  1e-9
                );
              }
            });
            settings.scenarios.forEach(({ share }, s) => {
              const rows = computeSchedule(offer, share);
              const band = scenarioBand(section, s);
              rows.forEach((row, m) => {
                // Figures that cancel (overage less burst usage) are as exact as the month's.
                const floor = 1e-9 * Math.max(1, row.usageCost, row.commitment);
                for (const name of SCENARIO_COLUMNS) {
                  if (name === "cumulativeNetCost") continue;
                  const where = `offer ${i + 1} at ${share}: ${name} of month ${m + 1}`;
                  const cell = bandValue(at(band.firstMonth + m, scenarioColumn(name)), name);
                  close(cell, row[name], where, 1e-9, floor);
                }
              });
              const term = summarize(offer, rows).term;
              close(at(band.termRow, scenarioColumn("netCost")), term.netCost, "term", 1e-9);
              close(at(band.termRow, scenarioColumn("forfeited")), term.forfeited, "lost", 1e-9);
            });
          });
        } finally {
          hf.destroy();
        }
      }),
      { numRuns: 20 }
    );
  });
});
