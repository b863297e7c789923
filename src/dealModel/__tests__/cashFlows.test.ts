import { computeSchedule, summarize } from "../schedule";
import {
  cashFlows,
  impliedPrepaymentRate,
  monthlyDiscountRate,
  monthsPerBill,
  presentValue,
  type CashMonth,
} from "../cashFlows";
import { smallOffer } from "./fixtures";
import type { Offer } from "../offer";
import { cheapestAtExits, exitCostAt, exitCosts, serviceEnds } from "../exitCost";

/** Cash months from bills and arrears, month 1 first (the other fields are not read by PV). */
const flows = (billed: number[], arrears: number[]): CashMonth[] =>
  billed.map((b, i) => ({
    month: i + 1,
    committedFees: 0,
    billed: b,
    arrears: arrears[i],
    cash: 0,
    cashToDate: 0,
  }));

describe("the present value of an offer's cash (rule 9)", () => {
  it("discounts at the monthly rate that compounds to the year's: 8% a year", () => {
    expect(monthlyDiscountRate(0.08)).toBe(0.006434030110003455);
  });

  it("counts bills at the start of their month and arrears at its end", () => {
    // Advance 100, 100, 100; arrears 0, 0, 10.
    expect(presentValue(flows([100, 100, 100], [0, 0, 10]), 0.08)).toBeCloseTo(
      307.8956540322627,
      11
    );
  });

  it("makes twelve monthly payments of 100 worth more than a 5% annual prepayment costs", () => {
    const monthly = presentValue(flows(Array(12).fill(100), Array(12).fill(0)), 0.08);
    expect(monthly).toBeCloseTo(1158.6931926403008, 10);
    const prepaid = presentValue(flows([1140, ...Array(11).fill(0)], Array(12).fill(0)), 0.08);
    expect(prepaid).toBe(1140);
    expect(monthly).toBeGreaterThan(prepaid);
  });

  it("is the cash itself at a 0% rate", () => {
    expect(presentValue(flows([5, 0, 7], [1, 2, 3]), 0)).toBe(18);
  });
});

describe("the implied annual rate of a prepayment discount (rule 10)", () => {
  const rate = (frequency: Offer["billing"]["frequency"], d: number, term = 36) =>
    impliedPrepaymentRate({ frequency, prepaymentDiscount: d }, term);

  it("5% off annual billing is worth 11.97% a year", () => {
    expect(rate("annually", 0.05)).toBeCloseTo(0.11970654256913, 13);
  });

  it("6% off paying a 36-month term up front is worth 4.38% a year", () => {
    expect(rate("up front", 0.06)).toBeCloseTo(0.04383528458988, 13);
  });

  it("1% off quarterly billing is worth 12.86% a year", () => {
    expect(rate("quarterly", 0.01)).toBeCloseTo(0.12863709458581, 13);
  });

  it("is none without a discount, for monthly bills, or past what any rate gives", () => {
    expect(rate("annually", 0)).toBeNull();
    expect(rate("monthly", 0.05)).toBeNull();
    // Three months for less than one month's fees.
    expect(rate("quarterly", 0.7)).toBeNull();
  });
});

describe("an offer's cash month by month (rule 8)", () => {
  // 14 months, a monthly commitment of 1,000 billed quarterly at 2% off; usage beyond it in arrears.
  const offer = smallOffer({
    termMonths: 14,
    commitment: { amounts: [1000], per: "month", rolloverCap: 0 },
    overageRate: 1.5,
    billing: { frequency: "quarterly", prepaymentDiscount: 0.02 },
  });
  const rows = computeSchedule(offer);
  const cash = cashFlows(offer, rows);

  it("bills each quarter's committed fees at its start, the last bill shorter", () => {
    expect(monthsPerBill(offer.billing, 14)).toBe(3);
    expect(rows[0].billedCommitment).toBe(980);
    expect(cash.map((c) => c.billed)).toEqual([
      2940, 0, 0, 2940, 0, 0, 2940, 0, 0, 2940, 0, 0, 1960, 0,
    ]);
  });

  it("pays the rest in arrears, so the cash of the term is its net cost", () => {
    cash.forEach((c, i) => expect(c.arrears).toBeCloseTo(rows[i].netCost - 980, 9));
    const term = summarize(offer, rows).term.netCost;
    expect(cash[13].cashToDate).toBeCloseTo(term, 8);
  });

  it("up front bills the whole term in month 1", () => {
    const upFront = {
      ...offer,
      billing: { frequency: "up front" as const, prepaymentDiscount: 0 },
    };
    const billed = cashFlows(upFront).map((c) => c.billed);
    expect(billed).toEqual([14000, ...Array(13).fill(0)]);
  });
});

describe("the cost of exiting at each month (rule 11)", () => {
  const offer = smallOffer({
    termMonths: 24,
    commitment: { amounts: [1000], per: "month", rolloverCap: 0 },
    billing: { frequency: "annually", prepaymentDiscount: 0.05 },
    exit: { noticeMonths: 2, feeMonths: 3, earliestMonth: 12 },
  });
  const cash = cashFlows(offer);
  const exits = exitCosts(offer, cash);

  it("before the earliest exit the deal stays bound until it", () => {
    expect(serviceEnds(offer, 5)).toBe(12);
    // Month 12's cash includes the whole first year's prepaid bill; the fee is 3 months of fees.
    expect(exits[4]).toEqual({
      decisionMonth: 5,
      serviceEnds: 12,
      fee: 2850,
      cost: cash[11].cashToDate + 2850,
    });
  });

  it("the notice months are served: notice at month 15 ends the service with month 17", () => {
    expect(exits[14].serviceEnds).toBe(17);
    // The second year's bill, made in month 13, is not refunded.
    expect(exits[14].cost).toBe(cash[16].cashToDate + 2850);
    expect(cash[16].cashToDate).toBeGreaterThan(
      cash.slice(0, 17).reduce((s, c) => s + c.arrears, 0) + 17 * 950
    );
  });

  it("notice that runs to the end of the term costs the term, without a fee", () => {
    expect(exits[21]).toEqual({
      decisionMonth: 22,
      serviceEnds: 24,
      fee: 0,
      cost: cash[23].cashToDate,
    });
    expect(exitCostAt(offer, 30, exits)).toBe(cash[23].cashToDate);
  });

  it("without exit terms the deal binds for the term", () => {
    const bound = { ...offer, exit: null };
    expect(exitCosts(bound).every((e) => e.cost === cash[23].cashToDate)).toBe(true);
  });

  it("names the cheapest offer at each decision month", () => {
    const dearer = { ...offer, exit: { noticeMonths: 2, feeMonths: 6, earliestMonth: 12 } };
    const [at12, at22] = cheapestAtExits([dearer, offer], [12, 22]);
    expect(at12.index).toBe(1);
    expect(at12.costs[0] - at12.costs[1]).toBeCloseTo(3 * 950, 9);
    // Both run to the end of the term: equal, the first wins.
    expect(at22.index).toBe(0);
  });
});
