import { MAX_OFFERS, MIN_OFFERS, defaultOffers, neutralTerms } from "../../dealModel";
import {
  initialOffersState,
  offersOf,
  OffersAction,
  offersReducer,
  OffersState,
} from "../offerForm/offersReducer";

const run = (...actions: OffersAction[]): OffersState =>
  actions.reduce(offersReducer, initialOffersState());

describe("the deal model form's offers", () => {
  it("opens on the two example offers, the first one shown", () => {
    const state = initialOffersState();
    expect(state.offers).toEqual(defaultOffers());
    expect(state.selected).toBe(0);
  });

  it("adds offers up to four, each copying the last one's term and usage forecast", () => {
    const longer = run(
      { type: "edit", index: 1, edit: { type: "offer", changes: { termMonths: 24 } } },
      { type: "edit", index: 1, edit: { type: "forecast", changes: { monthlyGrowth: 0.01 } } },
      { type: "add" }
    );
    expect(longer.offers).toHaveLength(3);
    expect(longer.selected).toBe(2);
    const [, last, added] = offersOf(longer.offers);
    expect(added.termMonths).toBe(24);
    expect(added.forecast).toEqual(last.forecast);
    expect(added.models[0].batchShare).toBe(last.models[0].batchShare);
    expect(added.startMonth).toBe(last.startMonth);
    expect(added.cacheHitShare).toBe(last.cacheHitShare);
    expect(added.ramp).toEqual([0, 0]);
    // A vendor not in the deal yet, at list prices and pay as you go.
    expect(["Anthropic", "OpenAI"]).not.toContain(added.vendor);
    expect(added.pricing).toEqual({ kind: "discount", discount: 0 });
    // One amount and seat count per contract year, as the ramp.
    expect(added.commitment.amounts).toEqual([0, 0]);
    const neutral = neutralTerms(last.startMonth);
    expect(added).toMatchObject({ ...neutral, fees: { ...neutral.fees, seats: [0, 0] } });

    const full = run({ type: "add" }, { type: "add" }, { type: "add" });
    expect(full.offers).toHaveLength(MAX_OFFERS);
    expect(new Set(full.offers.map((offer) => offer.vendor)).size).toBe(MAX_OFFERS);
  });

  it("removes offers down to two, and goes on showing the offer it showed", () => {
    const four = run({ type: "add" }, { type: "add" }, { type: "select", index: 2 });
    const vendor = four.offers[2].vendor;
    const three = offersReducer(four, { type: "remove", index: 0 });
    expect(three.offers).toHaveLength(3);
    expect(three.offers[three.selected].vendor).toBe(vendor);
    const lastShown = offersReducer(three, { type: "select", index: 2 });
    expect(offersReducer(lastShown, { type: "remove", index: 2 }).selected).toBe(1);
    const two = offersReducer(three, { type: "remove", index: 2 });
    expect(two.offers).toHaveLength(MIN_OFFERS);
    expect(offersReducer(two, { type: "remove", index: 0 })).toBe(two);
  });

  it("edits only the offer named, and resets to the example", () => {
    const edited = run({
      type: "edit",
      index: 1,
      edit: { type: "offer", changes: { vendor: "Azure" } },
    });
    expect(edited.offers.map((offer) => offer.vendor)).toEqual(["Anthropic", "Azure"]);
    expect(edited.offers[0]).toEqual(defaultOffers()[0]);
    expect(offersReducer(edited, { type: "reset" })).toEqual(initialOffersState());
  });

  it("ignores a tab that is not there", () => {
    const state = initialOffersState();
    expect(offersReducer(state, { type: "select", index: 5 })).toBe(state);
  });
});
