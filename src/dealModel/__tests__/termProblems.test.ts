import fc from "fast-check";
import type { Offer, PoolModel } from "../offer";
import { offerProblems } from "../offerProblems";
import type { ListStep } from "../offerTerms";
import { termProblems } from "../termProblems";
import { offersWithEveryTerm } from "./arbitraryTerms";
import { PLAIN_LIST, smallOffer } from "./fixtures";

/** The problems of an offer's pool and terms, by field. */
const problemsOf = (offer: Offer) =>
  Object.fromEntries(termProblems(offer).map((p) => [p.field, p.message]));

const model = (changes: Partial<PoolModel> = {}): PoolModel => ({
  model: "Model",
  share: 1,
  list: PLAIN_LIST,
  batchShare: 0,
  longContextShare: 0,
  ...changes,
});

/** A two-year offer with a monthly commitment, for the terms that count years or months. */
const twoYears = (changes: Partial<Offer> = {}) => smallOffer({ termMonths: 24, ...changes });

describe("termProblems", () => {
  it("finds nothing wrong with neutral terms", () => {
    expect(termProblems(smallOffer())).toEqual([]);
  });

  it("asks for a start month as YYYY-MM", () => {
    for (const startMonth of ["2027-1", "2027-13", "27-01", "2027-00", ""]) {
      expect(problemsOf(smallOffer({ startMonth }))).toEqual({
        startMonth: "expected a month as YYYY-MM, e.g. 2027-01",
      });
    }
    expect(termProblems(smallOffer({ startMonth: "2031-12" }))).toEqual([]);
  });

  it("asks for one to five pool models whose shares add up to 100%, exactly in decimals", () => {
    expect(problemsOf(smallOffer({ models: [] }))).toEqual({
      models: "expected 1 to 5 models in the pool",
    });
    const six = Array.from({ length: 6 }, () => model({ share: 0.1 }));
    expect(problemsOf(smallOffer({ models: six }))).toEqual({
      models: "expected 1 to 5 models in the pool",
    });
    const short = [model({ share: 0.7 }), model({ share: 0.2 })];
    expect(problemsOf(smallOffer({ models: short }))).toEqual({
      models: "expected the models' shares to add up to 100%",
    });
    // 0.7 + 0.2 + 0.1 is 1 in decimals, though not in binary floating point.
    const thirds = [model({ share: 0.7 }), model({ share: 0.2 }), model({ share: 0.1 })];
    expect(termProblems(smallOffer({ models: thirds }))).toEqual([]);
  });

  it("names each pool model's field that breaks its rule", () => {
    const bad = model({
      model: " ",
      share: 1.5,
      list: { ...PLAIN_LIST, input: -1, cacheHit: NaN, longContextOutput: -2 },
      batchShare: -0.1,
      longContextShare: 2,
    });
    expect(problemsOf(smallOffer({ models: [model({ share: 0 }), bad] }))).toEqual({
      "models[1].model": "expected some text",
      "models[1].share": "expected a fraction from 0 to 1",
      "models[1].list.input": "expected a number ≥ 0",
      "models[1].list.cacheHit": "expected a number ≥ 0",
      "models[1].list.longContextOutput": "expected a number ≥ 0",
      "models[1].batchShare": "expected a fraction from 0 to 1",
      "models[1].longContextShare": "expected a fraction from 0 to 1",
    });
    const noOutput = model({ list: { ...PLAIN_LIST, output: null as unknown as number } });
    expect(problemsOf(smallOffer({ models: [noOutput] }))).toEqual({
      "models[0].list.output": "expected a number ≥ 0",
    });
  });

  it("asks for one to as many commitment amounts as contract years, each ≥ 0", () => {
    const amounts = (values: number[], termMonths = 24) =>
      problemsOf(
        smallOffer({ termMonths, commitment: { ...smallOffer().commitment, amounts: values } })
      );
    expect(amounts([])).toEqual({
      "commitment.amounts": "expected one amount per contract year (1 to 2)",
    });
    expect(amounts([1, 2, 3])).toEqual({
      "commitment.amounts": "expected one amount per contract year (1 to 2)",
    });
    expect(amounts([1, -1])).toEqual({ "commitment.amounts[1]": "expected a number ≥ 0" });
    expect(amounts([1, 2], 13)).toEqual({});
  });

  it("asks for a billing frequency it knows and a prepayment discount under 100%", () => {
    const billing = (frequency: string, prepaymentDiscount: number) =>
      problemsOf(
        smallOffer({
          billing: { frequency: frequency as Offer["billing"]["frequency"], prepaymentDiscount },
        })
      );
    expect(billing("weekly", 1)).toEqual({
      "billing.frequency": "expected monthly, quarterly, annually or up front",
      "billing.prepaymentDiscount": "expected a fraction from 0 to under 1",
    });
    expect(billing("up front", -0.01)).toEqual({
      "billing.prepaymentDiscount": "expected a fraction from 0 to under 1",
    });
    for (const frequency of ["monthly", "quarterly", "annually", "up front"]) {
      expect(billing(frequency, 0.99)).toEqual({});
    }
  });

  it("takes a burst allowance of a multiple ≥ 1 over whole months, for a monthly commitment only", () => {
    expect(problemsOf(twoYears({ burst: { multiple: 0.5, windowMonths: 1.5 } }))).toEqual({
      "burst.multiple": "expected a number ≥ 1 (2 = twice the month's commitment)",
      "burst.windowMonths": "expected a whole number ≥ 1",
    });
    const annual = { amounts: [1200], per: "year" as const, rolloverCap: 1 };
    expect(
      problemsOf(twoYears({ commitment: annual, burst: { multiple: 2, windowMonths: 3 } }))
    ).toEqual({
      burst:
        "a burst allowance applies to a monthly commitment; an annual pool already absorbs spikes",
    });
    // A window longer than the term balances over the whole term.
    expect(termProblems(twoYears({ burst: { multiple: 1, windowMonths: 36 } }))).toEqual([]);
  });

  it("asks for fees ≥ 0 and whole seat counts per contract year", () => {
    const fees = { seatPrice: -1, seats: [10, 2.5], platformFee: NaN };
    expect(problemsOf(twoYears({ fees }))).toEqual({
      "fees.seatPrice": "expected a number ≥ 0",
      "fees.seats[1]": "expected a whole number ≥ 0",
      "fees.platformFee": "expected a number ≥ 0",
    });
    expect(
      problemsOf(twoYears({ fees: { seatPrice: 1, seats: [1, 2, 3], platformFee: 0 } }))
    ).toEqual({
      "fees.seats": "expected one seat count per contract year (1 to 2)",
    });
  });

  it("asks for notice within the term, a fee of 0 to 600 months and an exit month of the term", () => {
    const exit = (noticeMonths: number, feeMonths: number, earliestMonth: number) =>
      problemsOf(twoYears({ exit: { noticeMonths, feeMonths, earliestMonth } }));
    expect(exit(25, -1, 0)).toEqual({
      "exit.noticeMonths": "expected a whole number of months from 0 to the term",
      "exit.feeMonths": "expected a number of months from 0 to 600",
      "exit.earliestMonth": "expected a month of the term",
    });
    expect(exit(1.5, 601, 25)).toEqual({
      "exit.noticeMonths": "expected a whole number of months from 0 to the term",
      "exit.feeMonths": "expected a number of months from 0 to 600",
      "exit.earliestMonth": "expected a month of the term",
    });
    expect(exit(0, 0.5, 1)).toEqual({});
    expect(exit(24, 600, 24)).toEqual({});
  });

  it("asks for a kept discount, at most six list changes in increasing months and a factor per pool model", () => {
    const protect = (keptDiscount: number | "offer", listSchedule: readonly ListStep[]) =>
      problemsOf(twoYears({ priceProtection: { keptDiscount, listSchedule } }));
    expect(protect(1.2, [])).toEqual({
      "priceProtection.keptDiscount": "expected a fraction from 0 to 1",
    });
    expect(protect("offer", [{ fromMonth: 13, factors: [0.8] }])).toEqual({});
    const seven = Array.from({ length: 7 }, (_, j) => ({ fromMonth: j + 2, factors: [1] }));
    expect(protect(0.2, seven)).toEqual({
      "priceProtection.listSchedule": "expected at most 6 list price changes",
    });
    expect(
      protect(0.2, [
        { fromMonth: 1, factors: [1] },
        { fromMonth: 13, factors: [0.8, 1] },
        { fromMonth: 13, factors: [-1] },
        { fromMonth: 25, factors: [1] },
      ])
    ).toEqual({
      "priceProtection.listSchedule[0].fromMonth":
        "expected a month after the previous change's, within the term",
      "priceProtection.listSchedule[1].factors":
        "expected one factor per model of the pool, each ≥ 0",
      "priceProtection.listSchedule[2].fromMonth":
        "expected a month after the previous change's, within the term",
      "priceProtection.listSchedule[2].factors":
        "expected one factor per model of the pool, each ≥ 0",
      "priceProtection.listSchedule[3].fromMonth":
        "expected a month after the previous change's, within the term",
    });
  });

  it("reports through offerProblems, after the offer's own fields", () => {
    const offer = smallOffer({
      vendor: "",
      billing: { frequency: "monthly", prepaymentDiscount: 1 },
    });
    expect(offerProblems(offer).map((p) => p.field)).toEqual([
      "vendor",
      "billing.prepaymentDiscount",
    ]);
  });

  it("finds nothing wrong with random offers that use every term", () => {
    fc.assert(
      fc.property(offersWithEveryTerm, (offer) => expect(offerProblems(offer)).toEqual([])),
      { numRuns: 200 }
    );
  });

  it("draws, among random offers, every term the offer has", () => {
    const sample = fc.sample(offersWithEveryTerm, { numRuns: 300, seed: 12 });
    const some = (test: (offer: Offer) => boolean) => expect(sample.some(test)).toBe(true);
    some((o) => o.models.length === 5);
    some((o) => o.models.some((m) => m.longContextShare > 0 && m.list.longContextInput !== null));
    some((o) => new Set(o.commitment.amounts).size > 1);
    for (const frequency of ["monthly", "quarterly", "annually", "up front"]) {
      some((o) => o.billing.frequency === frequency && o.billing.prepaymentDiscount > 0);
    }
    some((o) => o.burst !== null && o.burst.multiple > 1);
    some((o) => o.fees.seatPrice > 0 && o.fees.seats.length > 1 && o.fees.platformFee > 0);
    some((o) => o.exit !== null && o.exit.earliestMonth < o.termMonths && o.exit.feeMonths > 0);
    some((o) => o.priceProtection?.keptDiscount === "offer");
    some((o) => (o.priceProtection?.listSchedule.length ?? 0) >= 2);
  });
});
