import fc from "fast-check";
import {
  DEFAULT_SETTINGS,
  commitSizing,
  defaultOffers,
  type ModelSettings,
  type Offer,
} from "../../src/dealModel";
import {
  modelSettings,
  offersWithEveryTerm as randomOffers,
} from "../../src/dealModel/__tests__/arbitraryTerms";
import { parseCellAddress } from "../../src/formula";
import {
  SIZING_COLUMNS,
  offerColumn,
  probabilityCells,
  type ModelLayout,
} from "../../src/workbook/model";
import { close, modelEngine } from "./modelEngine";

/*
 * How big to commit on the model sheet, calculated by HyperFormula with DEAL.COMMITCOST
 * registered, against the deal model's core (commitSizing): every cost of every level and
 * scenario, the expected costs, the best level the sheet names with native MIN/INDEX/MATCH, the
 * commitments, the saving; and the probabilities' check. For random offers and random settings
 * (levels and probabilities), the sheet's best level is the core's least expected cost on the grid.
 */

type Engine = ReturnType<typeof modelEngine>;

/** Every sizing figure of the sheet against the core; the best level exactly, unless a tie. */
function checkSizing(engine: Engine, offers: readonly Offer[], settings: ModelSettings): void {
  const { layout, at } = engine;
  offers.forEach((offer, i) => {
    const core = commitSizing(offer, settings);
    const band = layout.offers[i].sizing;
    const where = (what: string) => `offer ${i + 1}: ${what}`;
    core.rows.forEach((row, l) => {
      const r = band.levelRows[l];
      close(at(r, SIZING_COLUMNS.level), row.level, where(`level ${l + 1}`));
      close(at(r, SIZING_COLUMNS.yearOneCommitment), row.yearOneCommitment, where("commitment"));
      row.costs.forEach((cost, s) =>
        close(at(r, SIZING_COLUMNS.firstScenario + s), cost, where(`level ${row.level}, s ${s}`))
      );
      close(at(r, SIZING_COLUMNS.expected), row.expected, where(`expected at ${row.level}`));
      close(at(layout.sizing.levelRows[l], offerColumn(i)), row.expected, where("summary"));
    });
    const result = (name: keyof ModelLayout["sizing"]["resultRows"]) =>
      at(layout.sizing.resultRows[name], offerColumn(i));
    const shownBest = result("bestLevel") as number;
    if (shownBest !== core.bestLevel) {
      // Equal expected costs up to the engines' rounding: either is the least.
      const l = settings.commitLevels.indexOf(shownBest);
      close(core.rows[l].expected, core.bestExpected, where(`tie at ${shownBest}`));
    } else {
      close(result("bestCommitment"), core.bestCommitment, where("best commitment"));
      close(result("distance"), core.distance, where("distance"));
    }
    close(result("proposedCommitment"), core.proposedCommitment, where("proposed commitment"));
    close(result("proposedExpected"), core.proposedExpected, where("expected as proposed"));
    close(result("bestExpected"), core.bestExpected, where("expected at best"));
    // A difference of two expected costs: as close as they are, relative to their size.
    const costScale = Math.abs(core.proposedExpected);
    close(result("saving"), core.saving, where("saving"), 0, Math.max(1e-12 * costScale, 1e-9));
  });
}

describe("how big to commit, calculated by HyperFormula, equals the deal model's core", () => {
  const offers = defaultOffers();
  const engine = modelEngine(offers);
  afterAll(() => engine.hf.destroy());

  it("for the default offers: every level in every scenario, the best level and the saving", () => {
    checkSizing(engine, offers, DEFAULT_SETTINGS);
    const { layout, at } = engine;
    offers.forEach((_, i) => {
      const { checkRow } = layout.offers[i].sizing;
      // At 100% the table gives the scenario bands' expected net cost.
      close(at(checkRow, SIZING_COLUMNS.expected), 0, `offer ${i + 1}: check at 100%`);
    });
    expect(at(layout.sizing.check, 0)).toBe("");
  });

  it("says so when the probabilities do not add up to 100%", () => {
    const { layout, hf, at } = engine;
    const first = parseCellAddress(probabilityCells(layout).probability[0])!;
    const address = { sheet: 0, row: first.row, col: first.column };
    const before = hf.getCellValue(address);
    hf.setCellContents(address, 0.3);
    try {
      expect(at(layout.sizing.check, 0)).toMatch(/^Probabilities should add up to 100%/);
    } finally {
      hf.setCellContents(address, before as number);
    }
  });

  it("for random offers and settings: the sheet's best level is the grid's least expected cost", () => {
    const levels = fc
      .uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 11, maxLength: 12 })
      .map((ks) => [...ks].sort((a, b) => a - b).map((k) => k / 20));
    const settings = fc
      .tuple(modelSettings, levels)
      .map(([base, commitLevels]): ModelSettings => ({ ...base, commitLevels }));
    fc.assert(
      fc.property(randomOffers, settings, (offer, model) => {
        const random = modelEngine([offer], {}, model);
        try {
          checkSizing(random, [offer], model);
        } finally {
          random.hf.destroy();
        }
      }),
      { numRuns: 8 }
    );
  });
});
