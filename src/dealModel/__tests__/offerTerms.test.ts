import { listPricesOf } from "../offer";
import { neutralTerms, soleModel, yearValue } from "../offerTerms";
import { usageMixOf } from "../usageMix";
import { PLAIN_LIST, smallOffer } from "./fixtures";

describe("offer terms", () => {
  it("read a value per contract year, the last carrying on past the list", () => {
    expect([1, 2, 3, 4].map((year) => yearValue([80, 100, 120], year))).toEqual([
      80, 100, 120, 120,
    ]);
    expect([1, 5].map((year) => yearValue([7], year))).toEqual([7, 7]);
  });

  it("are neutral unless negotiated: monthly billing at no discount, no burst, fees, exit or protection", () => {
    expect(neutralTerms("2027-03")).toEqual({
      startMonth: "2027-03",
      billing: { frequency: "monthly", prepaymentDiscount: 0 },
      burst: null,
      fees: { seatPrice: 0, seats: [0], platformFee: 0 },
      exit: null,
      priceProtection: null,
    });
    expect(neutralTerms("2027-03").fees).not.toBe(neutralTerms("2027-03").fees);
  });

  it("make a pool of one model take every token, none in long prompts", () => {
    expect(soleModel("M", PLAIN_LIST, 0.1)).toEqual([
      { model: "M", share: 1, list: PLAIN_LIST, batchShare: 0.1, longContextShare: 0 },
    ]);
  });

  it("give a pool model its own batch share and the workload's cache shares", () => {
    const offer = smallOffer({ cacheHitShare: 0.3, cacheWriteShare: 0.05 });
    const model = { ...offer.models[0], batchShare: 0.4 };
    expect(usageMixOf(offer, model)).toEqual({
      batchShare: 0.4,
      cacheHitShare: 0.3,
      cacheWriteShare: 0.05,
    });
  });

  it("take a catalog entry's long-context prices, or none", () => {
    const entry = {
      vendor: "V",
      model: "M",
      input: 3,
      output: 15,
      cacheWrite: null,
      cacheHit: 0.3,
      batchInput: null,
      batchOutput: null,
      source: "s",
      asOf: "2026-12",
    };
    expect(listPricesOf(entry)).toMatchObject({ longContextInput: null, longContextOutput: null });
    const longContext = { aboveTokens: 200_000, input: 6, output: null, cacheHit: 0.6 };
    expect(listPricesOf({ ...entry, longContext })).toMatchObject({
      longContextInput: 6,
      longContextOutput: null,
    });
  });
});
