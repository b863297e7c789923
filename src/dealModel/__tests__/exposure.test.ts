import fc from "fast-check";
import { defaultOffers } from "../defaultOffers";
import { EXPOSURE_FACTORS, cheapest, exposure } from "../exposure";
import { computeSchedule, summarize } from "../schedule";
import { smallOffer } from "./fixtures";

describe("exposure", () => {
  it("prices 50%, 75%, 100%, 125% and 150% of the forecast", () => {
    expect(exposure(smallOffer()).map((p) => p.factor)).toEqual([0.5, 0.75, 1, 1.25, 1.5]);
    expect(EXPOSURE_FACTORS).toEqual([0.5, 0.75, 1, 1.25, 1.5]);
  });

  it("equals the base summary at 100% of the forecast", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1 }),
        fc.integer({ min: 0, max: 1000 }),
        (i, growth) => {
          const offer = { ...defaultOffers()[i] };
          const varied = {
            ...offer,
            forecast: { ...offer.forecast, monthlyGrowth: growth / 10000 },
          };
          const { term, effectivePricePerM } = summarize(varied, computeSchedule(varied));
          expect(exposure(varied, [1])).toEqual([
            {
              factor: 1,
              termCost: term.netCost,
              forfeited: term.forfeited,
              overageCharge: term.overageCharge,
              effectivePricePerM,
            },
          ]);
        }
      ),
      { numRuns: 20 }
    );
  });

  it("shows forfeited commitment on the low side and overage on the high side", () => {
    // The small offer: 130 a month against 120–145 of usage.
    const points = exposure(smallOffer());
    expect(points[0]).toMatchObject({ overageCharge: 0 });
    expect(points[0].forfeited).toBeGreaterThan(0);
    expect(points[4]).toMatchObject({ forfeited: 0 });
    expect(points[4].overageCharge).toBeGreaterThan(0);
  });

  it("has no price per million tokens when nothing is used", () => {
    expect(exposure(smallOffer(), [0])[0]).toMatchObject({
      effectivePricePerM: null,
      termCost: 351,
    });
  });
});

describe("cheapest", () => {
  it("names the offer with the lowest term cost", () => {
    const dear = smallOffer({
      pricing: { kind: "discount", discount: 0 },
      commitment: { amounts: [0], per: "month", rolloverCap: 0 },
    });
    const cheap = smallOffer({
      pricing: { kind: "discount", discount: 0.5 },
      commitment: { amounts: [0], per: "month", rolloverCap: 0 },
    });
    const result = cheapest([dear, cheap]);
    expect(result.index).toBe(1);
    expect(result.offer).toBe(cheap);
    expect(result.termCost).toBe(summarize(cheap, computeSchedule(cheap)).term.netCost);
  });

  it("keeps the first of equals", () => {
    expect(cheapest([smallOffer(), smallOffer()]).index).toBe(0);
  });

  it("picks the OpenAI offer among the defaults", () => {
    expect(cheapest(defaultOffers())).toMatchObject({ index: 1, termCost: 2089920.489001171 });
  });

  it("refuses an empty list", () => {
    expect(() => cheapest([])).toThrow(RangeError);
  });
});
