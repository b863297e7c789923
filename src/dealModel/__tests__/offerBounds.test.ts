import { defaultOffers } from "../defaultOffers";
import type { Offer } from "../offer";
import { MAX_MONTHLY_FIGURE } from "../offerBounds";
import { offerProblems } from "../offerProblems";
import { computeSchedule, summarize } from "../schedule";
import { smallOffer, withFirstModel } from "./fixtures";

const problemsOf = (offer: Offer) =>
  Object.fromEntries(offerProblems(offer).map((p) => [p.field, p.message]));

const TRILLION = "a trillion (1E+12)";

describe("bounds on what an offer's figures reach", () => {
  it("refuses the issue's forecast, 1000% growth a month for 600 months, naming the month it passes a trillion", () => {
    const [anthropic, openAi] = defaultOffers();
    for (const offer of [anthropic, openAi]) {
      // 20,000 M × 11^8 = 4.3E+12 in month 9; 11^7 gives 3.9E+11 in month 8.
      const grown = {
        ...offer,
        termMonths: 600,
        forecast: { ...offer.forecast, monthlyGrowth: 10 },
      };
      expect(problemsOf(grown)).toEqual({
        "forecast.monthlyGrowth": `expected growth that keeps every month within ${TRILLION} M tokens; month 9 of 600 goes past it`,
      });
    }
  });

  it("takes a forecast that reaches a trillion exactly, and refuses one a month past it", () => {
    // Prices low enough that only the tokens are in question.
    const cheap = (changes: Partial<Offer>) =>
      withFirstModel(smallOffer(changes), { list: { input: 1e-6, output: 1e-6 } });
    const level = { inputTokensM: MAX_MONTHLY_FIGURE, outputTokensM: 1, monthlyGrowth: 0 };
    expect(offerProblems(cheap({ forecast: level }))).toEqual([]);
    const growing = { inputTokensM: 1e11, outputTokensM: 0, monthlyGrowth: 9 };
    expect(offerProblems(cheap({ termMonths: 2, forecast: growing }))).toEqual([]);
    expect(problemsOf(cheap({ termMonths: 3, forecast: growing }))).toEqual({
      "forecast.monthlyGrowth": `expected growth that keeps every month within ${TRILLION} M tokens; month 3 of 3 goes past it`,
    });
  });

  it("names the month-1 figure that is too large already, and a month of cells", () => {
    const start = { inputTokensM: 2e12, outputTokensM: 3e12, monthlyGrowth: -0.5 };
    expect(problemsOf(smallOffer({ forecast: start }))).toEqual({
      "forecast.inputTokensM": `expected at most ${TRILLION} M tokens a month`,
      "forecast.outputTokensM": `expected at most ${TRILLION} M tokens a month`,
    });
    const months = [
      { inputTokensM: 1, outputTokensM: 1 },
      { inputTokensM: 1, outputTokensM: 1.5e12 },
      { inputTokensM: 1, outputTokensM: 1 },
    ];
    const cells = smallOffer({ forecast: { kind: "cells", source: "'Plan'!B2:C4", months } });
    expect(problemsOf(cells)).toEqual({
      "forecast.months": `month 2: expected at most ${TRILLION} M tokens of each`,
    });
  });

  it("holds a commitment to a trillion dollars, and a 600-month term of it prices finitely", () => {
    const commitment = { amounts: [1.5e12], per: "month" as const, rolloverCap: 0 };
    expect(problemsOf(smallOffer({ commitment }))).toEqual({
      "commitment.amounts[0]": `expected at most ${TRILLION} dollars`,
    });
    const secondYear = { ...commitment, amounts: [1, 1.5e12] };
    expect(problemsOf(smallOffer({ termMonths: 24, commitment: secondYear }))).toEqual({
      "commitment.amounts[1]": `expected at most ${TRILLION} dollars`,
    });
    const longest = smallOffer({
      termMonths: 600,
      forecast: { inputTokensM: 1, outputTokensM: 1, monthlyGrowth: 0 },
      commitment: { ...commitment, amounts: [MAX_MONTHLY_FIGURE] },
    });
    expect(offerProblems(longest)).toEqual([]);
    const { term } = summarize(longest, computeSchedule(longest));
    expect(term.billedCommitment).toBe(6e14);
    expect(Number.isFinite(term.netCost)).toBe(true);
  });

  it("refuses prices that would charge more than a trillion dollars for a month's tokens", () => {
    expect(problemsOf(withFirstModel(smallOffer(), { list: { output: 1e300 } }))).toEqual({
      usageCost: `expected each month's usage to cost at most ${TRILLION} dollars; in year 1 it could reach $1.2E+301 at list prices`,
    });
    const tiers = smallOffer({
      pricing: {
        kind: "tiers",
        mode: "volume",
        tiers: [
          { upTo: 10, price: 1, flatFee: 0 },
          { upTo: Infinity, price: 1e10, flatFee: 5e11 },
        ],
      },
    });
    // Month 3: 133.1 M tokens × $1E+10 + $5E+11, the bound of any tier's cost.
    expect(problemsOf(tiers)).toEqual({
      usageCost: `expected each month's usage to cost at most ${TRILLION} dollars; in year 1 it could reach $1.8E+12 at the offer's prices`,
    });
  });

  it("refuses cache or batch prices so far above the standard ones that the mix factor passes a trillion", () => {
    // Half the input written to the cache at $1, against a standard price of $1E-300 (and none for
    // output): the mix costs 5E+299 times the standard rates.
    const list = { input: 1e-300, output: 0, cacheWrite: 1 };
    expect(problemsOf(withFirstModel(smallOffer({ cacheWriteShare: 0.5 }), { list }))).toEqual({
      usageCost: `expected cache and batch prices at most ${TRILLION} times the standard ones; the mix factor would be 5.0E+299`,
    });
  });

  it("names the year whose price change takes prices past a trillion times the offer's, or the renewal cap", () => {
    const steep = smallOffer({ termMonths: 36, ramp: [0, 1e6, 1e6] });
    expect(problemsOf(steep)).toEqual({
      "ramp[2]": `expected prices at most ${TRILLION} times the offer's; year 3's would be 1.0E+12 times`,
    });
    const renewal = smallOffer({ ramp: [1e6], renewalUpliftCap: 1e7 });
    expect(problemsOf(renewal)).toEqual({
      renewalUpliftCap: `expected prices at renewal at most ${TRILLION} times the offer's; they would be 1.0E+13 times`,
    });
  });

  it("refuses an overage rate that would charge past a trillion dollars, with a commitment or without", () => {
    const offer = smallOffer({ overageRate: 1e10 });
    expect(problemsOf(offer)).toEqual({
      overageRate: `expected each month's overage charge to be at most ${TRILLION} dollars; in year 1 it could reach $1.5E+12`,
    });
    const payAsYouGo = { ...offer.commitment, amounts: [0] };
    expect(problemsOf({ ...offer, commitment: payAsYouGo })).toEqual(problemsOf(offer));
  });

  it("holds seats, what they cost a month and the platform fee to a trillion", () => {
    const fees = { seatPrice: 2e6, seats: [1, 1e6], platformFee: 1.5e12 };
    expect(problemsOf(smallOffer({ termMonths: 24, fees }))).toEqual({
      "fees.seatPrice": `expected seats to cost at most ${TRILLION} dollars a month`,
      "fees.platformFee": `expected at most ${TRILLION} dollars`,
    });
    const seats = { seatPrice: 0, seats: [2e12], platformFee: 0 };
    expect(problemsOf(smallOffer({ fees: seats }))).toEqual({
      "fees.seats[0]": `expected at most ${TRILLION} seats`,
    });
    const atTheBound = { seatPrice: 1e6, seats: [1e6], platformFee: MAX_MONTHLY_FIGURE };
    expect(offerProblems(smallOffer({ fees: atTheBound }))).toEqual([]);
  });

  it("checks the bounds only once every field is valid on its own", () => {
    const offer = smallOffer({
      vendor: "",
      termMonths: 600,
      forecast: { inputTokensM: 100, outputTokensM: 10, monthlyGrowth: 10 },
    });
    expect(Object.keys(problemsOf(offer))).toEqual(["vendor"]);
  });
  it("bounds the year-1 usage cost the sheet shows, even where a year-1 price cut halves it", () => {
    // Found by the property test: 10 M tokens at $2E+11 per M cost $2E+12 at year-1 prices,
    // shown in the schedule's base cost column, though the ramp's −50% brings the cost in force
    // to exactly a trillion.
    const tiers = [
      { upTo: 10, price: 2e11, flatFee: 0 },
      { upTo: Number.POSITIVE_INFINITY, price: 1, flatFee: 0 },
    ];
    const offer = smallOffer({
      termMonths: 1,
      forecast: { inputTokensM: 0, outputTokensM: 10, monthlyGrowth: 0 },
      pricing: { kind: "tiers", mode: "graduated", tiers },
      ramp: [-0.5],
    });
    expect(problemsOf(offer)).toEqual({
      usageCost: `expected each month's usage to cost at most ${TRILLION} dollars; in year 1 it could reach $2.0E+12 at the offer's year-1 prices`,
    });
  });
});
