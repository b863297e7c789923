import { f, sheet } from "./support/evaluatorSheet";

describe("the evaluator's NPV and RATE, as the deal model's money blocks use them", () => {
  it("NPV discounts each number of its ranges from period 1, skipping text and blanks", () => {
    const ev = sheet({
      A1: 100,
      A2: "text",
      A3: null,
      A4: 100,
      A5: 100,
      B1: f("=NPV(0.1,$A$1:$A$5)"),
      B2: f("=NPV(0,$A$1:$A$5,5)"),
      B3: f(
        "=NPV(0.006434030110003455,100,100,100)*(1+0.006434030110003455)+NPV(0.006434030110003455,0,0,10)"
      ),
    });
    expect(ev.cell(0, 1)).toBeCloseTo(100 / 1.1 + 100 / 1.21 + 100 / 1.331, 12);
    expect(ev.cell(1, 1)).toBe(305);
    // The present value's worked example (cashFlows.ts, rule 9): 307.8956540322627.
    expect(ev.cell(2, 1)).toBeCloseTo(307.8956540322627, 10);
  });

  it("RATE finds the implied rate of a prepayment discount: 5% off a year billed at once", () => {
    const ev = sheet({
      A1: f("=(1+RATE(12,-1,12*(1-0.05),0,1))^12-1"),
      A2: f("=(1+RATE(36,-1,36*0.94,0,1))^12-1"),
      A3: f("=RATE(3,-1,3*0.99,0,1)"),
      A4: f("=RATE(10,-100,1000)"),
      A5: f("=RATE(12,-1,0.5,0,1)"),
    });
    expect(ev.cell(0, 0)).toBeCloseTo(0.11970654256913, 13);
    expect(ev.cell(1, 0)).toBeCloseTo(0.04383528458988, 13);
    expect((1 + (ev.cell(2, 0) as number)) ** 12 - 1).toBeCloseTo(0.12863709458581, 12);
    // Ten payments of 100 against 1,000 borrowed: no interest.
    expect(ev.cell(3, 0)).toBeCloseTo(0, 12);
    // Twelve payments in advance worth less than the first one: no rate gives it.
    expect(ev.cell(4, 0)).toEqual({ error: "#NUM!" });
  });
});
