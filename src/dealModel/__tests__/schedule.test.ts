import { monthlyRamp } from "../monthUsage";
import { computeSchedule, summarize } from "../schedule";
import { InvalidOfferError } from "../offerProblems";
import { smallOffer, withFirstModel } from "./fixtures";

describe("computeSchedule, checked by hand", () => {
  // Tokens: 100/10, 110/11, 121/12.1 M. Usage cost at list 1 in, 5 out, 20% off: 120, 132, 145.2.
  // Commitment 130 a month, 5% may roll (6.5): month 1 rolls 6.5 of its 10 unused and forfeits
  // 3.5; month 2 draws the 6.5 carried, then 125.5 of its 130, and rolls 4.5; month 3 draws the
  // 4.5 carried and 130, and 10.7 is overage, charged at 1.5: 16.05. Below 99.9% the table
  // credits 10% of the charge.
  const rows = computeSchedule(smallOffer());

  it("grows usage by the monthly rate", () => {
    expect(rows.map((r) => [r.inputTokensM, r.outputTokensM, r.totalTokensM])).toEqual([
      [100, 10, 110],
      [110, 11, 121],
      [121, 12.1, 133.1],
    ]);
  });

  it("prices usage at discounted list prices, and keeps the list cost beside it", () => {
    expect(rows.map((r) => r.usageCost)).toEqual([120, 132, 145.2]);
    expect(rows.map((r) => r.listCost)).toEqual([150, 165, 181.5]);
    expect(rows.map((r) => r.mixFactor)).toEqual([1, 1, 1]);
  });

  it("draws the commitment down with rollover and charges overage at the overage rate", () => {
    expect(rows.map((r) => [r.carriedIn, r.covered, r.overage, r.carriedOut, r.forfeited])).toEqual(
      [
        [0, 120, 0, 6.5, 3.5],
        [6.5, 132, 0, 4.5, 0],
        [4.5, 134.5, 10.7, 0, 0],
      ]
    );
    expect(rows.map((r) => r.overageCharge)).toEqual([0, 0, 16.05]);
    expect(rows.map((r) => r.charge)).toEqual([130, 130, 146.05]);
  });

  it("takes the expected SLA credit off the month's charge", () => {
    expect(rows.map((r) => r.slaCredit)).toEqual([13, 13, 14.605]);
    expect(rows.map((r) => r.netCost)).toEqual([117, 117, 131.445]);
  });

  it("sums the term and the price per million tokens", () => {
    const summary = summarize(smallOffer(), rows);
    expect(summary.term).toEqual({
      tokensM: 364.1,
      listCost: 496.5,
      usageCost: 397.2,
      billedCommitment: 390,
      fixedFees: 0,
      covered: 386.5,
      overage: 10.7,
      burstEligible: 0,
      burstBalanced: 0,
      overageCharge: 16.05,
      forfeited: 3.5,
      slaCredit: 40.605,
      netCost: 365.445,
    });
    expect(summary.years).toEqual([{ year: 1, ...summary.term }]);
    expect(summary.effectivePricePerM).toBe(365.445 / 364.1);
    // 1 − 365.445 ÷ 496.5 in exact decimals, then the nearest number: 26.39577…% below list.
    expect(summary.discountVsList).toBe(0.26395770392749246);
    expect(summary.unusedAtEnd).toBe(0);
    expect(summary.renewalPriceFactor).toBe(1.05);
  });
});

describe("computeSchedule's pricing rules", () => {
  const oneMonth = {
    termMonths: 1,
    commitment: { amounts: [0], per: "month", rolloverCap: 0 },
  } as const;

  it("prices batch and cache shares as the benchmark sheet does", () => {
    // I·(1−b)·((1−h)·2 + h·0.5) + O·(1−b)·10 + b·(I·1 + O·5) with I 100, O 10, b = h = 0.5:
    // 62.5 + 50 + 75.
    const offer = withFirstModel(
      smallOffer({
        ...oneMonth,
        pricing: { kind: "discount", discount: 0 },
        cacheHitShare: 0.5,
      }),
      {
        list: { input: 2, output: 10, cacheHit: 0.5, batchInput: 1, batchOutput: 5 },
        batchShare: 0.5,
      }
    );
    expect(computeSchedule(offer)[0].usageCost).toBe(187.5);
  });

  it("falls back to the standard price where the catalog gives none", () => {
    // Cache hits and batch tokens at the standard prices: 50·2 + 50 + 0.5·(100·2 + 10·10).
    const offer = withFirstModel(
      smallOffer({
        ...oneMonth,
        pricing: { kind: "discount", discount: 0 },
        cacheHitShare: 0.5,
      }),
      { list: { input: 2, output: 10 }, batchShare: 0.5 }
    );
    expect(computeSchedule(offer)[0].usageCost).toBe(300);
  });

  it("prices tiers on total tokens and ramps the price by contract year", () => {
    // 150 M tokens a month: 100 at 2 and 50 at 1 = 250; year 2 is 50% cheaper.
    const offer = withFirstModel(
      smallOffer({
        termMonths: 14,
        forecast: { inputTokensM: 120, outputTokensM: 30, monthlyGrowth: 0 },
        pricing: {
          kind: "tiers",
          mode: "graduated",
          tiers: [
            { upTo: 100, price: 2, flatFee: 0 },
            { upTo: Infinity, price: 1, flatFee: 0 },
          ],
        },
        ramp: [0, -0.5],
        commitment: { amounts: [0], per: "month", rolloverCap: 0 },
      }),
      { batchShare: 0.5 }
    );
    const rows = computeSchedule(offer);
    expect(rows.map((r) => r.forecastBaseCost)).toEqual(Array(14).fill(250));
    expect(rows.map((r) => r.priceFactor)).toEqual([...Array(12).fill(1), 0.5, 0.5]);
    expect(rows.map((r) => r.usageCost)).toEqual([...Array(12).fill(250), 125, 125]);
    expect(rows.map((r) => r.year)).toEqual([...Array(12).fill(1), 2, 2]);
  });

  it("charges usage at the overage rate also when nothing is committed (pay as you go is rate 1)", () => {
    const payAsYouGo = smallOffer({ commitment: { amounts: [0], per: "month", rolloverCap: 0 } });
    expect(computeSchedule(payAsYouGo).map((r) => r.charge)).toEqual([180, 198, 217.8]);
    const atList = computeSchedule({ ...payAsYouGo, overageRate: 1 });
    expect(atList.map((r) => r.charge)).toEqual([120, 132, 145.2]);
  });

  it("releases an annual commitment as a pool, bills it in twelfths and trues it up", () => {
    // 90 of usage a month against a 1,200 pool: 120 is forfeited at the month-12 true-up.
    const offer = smallOffer({
      termMonths: 24,
      forecast: { inputTokensM: 90, outputTokensM: 0, monthlyGrowth: 0 },
      pricing: { kind: "discount", discount: 0 },
      commitment: { amounts: [1200], per: "year", rolloverCap: 1, trueUpMonths: 12 },
      sla: { ...smallOffer().sla, uptimeOutcomes: [{ uptime: 1, probability: 1 }] },
    });
    const rows = computeSchedule(offer);
    expect(rows.map((r) => r.commitment)).toEqual([
      1200,
      ...Array(11).fill(0),
      1200,
      ...Array(11).fill(0),
    ]);
    expect(rows.map((r) => r.billedCommitment)).toEqual(Array(24).fill(100));
    expect(rows[11]).toMatchObject({ carriedOut: 0, forfeited: 120 });
    const summary = summarize(offer, rows);
    expect(summary.years.map((y) => [y.netCost, y.forfeited])).toEqual([
      [1200, 120],
      [1200, 120],
    ]);
  });

  it("counts capacity still carried at the end of the term as lost", () => {
    const offer = smallOffer({
      forecast: { inputTokensM: 10, outputTokensM: 0, monthlyGrowth: 0 },
      pricing: { kind: "discount", discount: 0 },
      commitment: { amounts: [100], per: "month", rolloverCap: 1 },
    });
    const summary = summarize(offer, computeSchedule(offer));
    expect(summary.unusedAtEnd).toBe(270);
    expect(summary.term.forfeited).toBe(270);
  });

  it("scales usage by the scenario factor", () => {
    expect(computeSchedule(smallOffer(), 0.5).map((r) => r.totalTokensM)).toEqual([
      55, 60.5, 66.55,
    ]);
  });

  it("expands yearly ramp steps to the first month of each year", () => {
    const ramp = monthlyRamp(smallOffer({ termMonths: 25, ramp: [0.1, -0.15] }));
    expect(ramp[0]).toBe(0.1);
    expect(ramp[12]).toBe(-0.15);
    expect(ramp[24]).toBe(0);
    expect(ramp.filter((step) => step !== 0)).toHaveLength(2);
  });

  it("refuses an invalid offer or scenario factor", () => {
    expect(() => computeSchedule(smallOffer({ termMonths: 0 }))).toThrow(InvalidOfferError);
    expect(() => computeSchedule(smallOffer(), -1)).toThrow(RangeError);
  });
});
