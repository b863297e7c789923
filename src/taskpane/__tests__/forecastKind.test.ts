import { defaultOffers, offerProblems, type CellsForecast } from "../../dealModel";
import { WorkbookRefusal } from "../../workbook/workbookRefusal";
import type { OfferEdit } from "../offerForm/editOffer";
import {
  initialOffersState,
  offersOf,
  offersReducer,
  type OffersState,
} from "../offerForm/offersReducer";
import { startingTiers } from "../offerForm/startingTiers";
import { formProblems } from "../text/formProblems";
import { compareOffers } from "../text/modelComparison";
import { usageReadFailure } from "../text/usageCells";

/** The example's forecast, as cells: 36 months growing 2% a month from 20,000 M and 4,000 M. */
const PLAN: CellsForecast = {
  kind: "cells",
  source: "'Usage plan'!B2:C37",
  months: Array.from({ length: 36 }, (_, i) => ({
    inputTokensM: 20_000 * 1.02 ** i,
    outputTokensM: 4_000 * 1.02 ** i,
  })),
};

const editAt = (index: number) => (state: OffersState, edit: OfferEdit) =>
  offersReducer(state, { type: "edit", index, edit });
const editFirst = editAt(0);
/** The example after edits of offer `index`. */
const runOn = (index: number, ...edits: OfferEdit[]) =>
  edits.reduce(editAt(index), initialOffersState());
const run = (...edits: OfferEdit[]) => runOn(0, ...edits);
const firstOffer = (state: OffersState) => offersOf(state.offers)[0];

describe("an offer's forecast from cells of the workbook", () => {
  it("waits for cells when the user switches to them, and the form names what is missing", () => {
    const offer = firstOffer(run({ type: "forecastKind", kind: "cells" }));
    expect(offer.forecast).toEqual({ kind: "cells", source: "", months: [] });
    expect(formProblems(offer).get("forecast.source")).toMatch(/^Expected a range of two columns/);
  });

  it("takes the cells read, and the model prices them", () => {
    const offer = firstOffer(
      run({ type: "forecastKind", kind: "cells" }, { type: "forecastCells", forecast: PLAN })
    );
    expect(offer.forecast).toBe(PLAN);
    expect(offerProblems(offer)).toEqual([]);
    expect(compareOffers([offer, defaultOffers()[1]])).toMatchObject({
      kind: "comparison",
      lines: [
        expect.stringMatching(/^Offer 1 \(Anthropic\): \$\d{1,3}(,\d{3})+ over 36 months$/),
        expect.any(String),
      ],
    });
  });

  it("restores the user's growth figures on switching back, and their cells on switching again", () => {
    const grown = run(
      { type: "forecast", changes: { monthlyGrowth: 0.05 } },
      { type: "forecastKind", kind: "cells" },
      { type: "forecastCells", forecast: PLAN },
      { type: "forecastKind", kind: "growth" }
    );
    expect(firstOffer(grown).forecast).toEqual({
      ...defaultOffers()[0].forecast,
      monthlyGrowth: 0.05,
    });
    expect(firstOffer(editFirst(grown, { type: "forecastKind", kind: "cells" })).forecast).toBe(
      PLAN
    );
  });

  it("starts growth from month 1 of the cells when it has no growth figures to restore", () => {
    const withCells = runOn(
      1,
      { type: "forecastKind", kind: "cells" },
      { type: "forecastCells", forecast: PLAN }
    );
    // An offer added now copies the last one's cells, and has never had growth figures of its own.
    const added = offersReducer(withCells, { type: "add" });
    const [, , copy] = offersOf(added.offers);
    expect(copy.forecast).toBe(PLAN);
    const switched = editAt(2)(added, { type: "forecastKind", kind: "growth" });
    expect(offersOf(switched.offers)[2].forecast).toEqual({
      inputTokensM: 20_000,
      outputTokensM: 4_000,
      monthlyGrowth: 0,
    });
  });

  it("keeps what it set aside from the model", () => {
    const switched = run({ type: "forecastKind", kind: "cells" });
    expect(switched.offers[0]).toHaveProperty("setAside");
    expect(firstOffer(switched)).not.toHaveProperty("setAside");
  });

  it("ignores growth edits to a forecast from cells, and cells read after switching back", () => {
    const cells = run(
      { type: "forecastKind", kind: "cells" },
      { type: "forecastCells", forecast: PLAN }
    );
    expect(editFirst(cells, { type: "forecast", changes: { monthlyGrowth: 0.1 } })).toEqual(cells);
    const back = editFirst(cells, { type: "forecastKind", kind: "growth" });
    expect(editFirst(back, { type: "forecastCells", forecast: PLAN })).toEqual(back);
  });

  it("prices starting tiers at the blended list price of month 1 of the cells", () => {
    const [offer] = defaultOffers();
    const fromGrowth = startingTiers(offer);
    expect(startingTiers({ ...offer, forecast: PLAN })).toEqual(fromGrowth);
  });
});

describe("a refused read of the selection", () => {
  it("shows the refusal as it is, and anything else as a failure that changed nothing", () => {
    expect(usageReadFailure(new WorkbookRefusal("Select two columns."))).toBe(
      "Select two columns."
    );
    expect(usageReadFailure(new Error("The connection to Excel was lost."))).toBe(
      "Could not read the selected cells: The connection to Excel was lost. Nothing was changed."
    );
  });
});
