import { defaultOffers } from "../../dealModel";
import { withTermYears, withYearValue } from "../offerForm/termYears";

const [offer] = defaultOffers(); // 36 months, ramp [0, -0.15], amounts [90000], seats [0]
const ramped = {
  ...offer,
  commitment: { ...offer.commitment, amounts: [80_000, 100_000] },
  fees: { ...offer.fees, seats: [1_000, 2_000] },
};

describe("the lists by contract year follow the term: one value per year", () => {
  it("adds ramp years at no change and leaves out years past the term", () => {
    expect(withTermYears(offer).ramp).toEqual([0, -0.15, 0]);
    expect(withTermYears({ ...offer, termMonths: 13 }).ramp).toEqual([0, -0.15]);
    expect(withTermYears({ ...offer, termMonths: 12 }).ramp).toEqual([0]);
    expect(withTermYears({ ...offer, termMonths: 60 }).ramp).toEqual([0, -0.15, 0, 0, 0]);
  });

  it("repeats the last amount and seat count in new years, as the model reads a short list", () => {
    const fitted = withTermYears(ramped);
    expect(fitted.commitment.amounts).toEqual([80_000, 100_000, 100_000]);
    expect(fitted.fees.seats).toEqual([1_000, 2_000, 2_000]);
    expect(fitted.commitment.per).toBe(offer.commitment.per);
    const short = withTermYears({ ...ramped, termMonths: 12 });
    expect(short.commitment.amounts).toEqual([80_000]);
    expect(short.fees.seats).toEqual([1_000]);
  });

  it("leaves the lists alone while the term is not one the model prices", () => {
    for (const termMonths of [NaN, 0, 2.5, 601]) {
      const fitted = withTermYears({ ...ramped, termMonths });
      expect(fitted.ramp).toEqual([0, -0.15]);
      expect(fitted.commitment.amounts).toEqual([80_000, 100_000]);
      expect(fitted.fees.seats).toEqual([1_000, 2_000]);
    }
  });

  it("returns the offer itself when its lists already fit", () => {
    const fitting = withTermYears(ramped);
    expect(withTermYears(fitting)).toBe(fitting);
  });

  it("sets a year's value, filling the other years of the term as the model would read them", () => {
    expect(withYearValue([80_000], 2, 120_000)).toEqual([80_000, 80_000, 120_000]);
    expect(withYearValue([0, -0.15], 3, 0.05, { fill: 0 })).toEqual([0, -0.15, 0, 0.05]);
    expect(withYearValue([1, 2, 3], 1, 9)).toEqual([1, 9, 3]);
    // Year 1 changed in a 3-year term: years 2 and 3 keep the amount they showed.
    expect(withYearValue([90_000], 0, 80_000, { years: 3 })).toEqual([80_000, 90_000, 90_000]);
  });
});
