import { defaultOffers } from "../../dealModel";
import { withTermRamp } from "../offerForm/rampForTerm";

const [offer] = defaultOffers(); // 36 months, ramp [0, -0.15]

describe("the ramp follows the term: one change per contract year", () => {
  it("adds years at no change and leaves out years past the term", () => {
    expect(withTermRamp(offer).ramp).toEqual([0, -0.15, 0]);
    expect(withTermRamp({ ...offer, termMonths: 13 }).ramp).toEqual([0, -0.15]);
    expect(withTermRamp({ ...offer, termMonths: 12 }).ramp).toEqual([0]);
    expect(withTermRamp({ ...offer, termMonths: 60 }).ramp).toEqual([0, -0.15, 0, 0, 0]);
  });

  it("leaves the ramp alone while the term is not one the model prices", () => {
    for (const termMonths of [NaN, 0, 2.5, 601]) {
      expect(withTermRamp({ ...offer, termMonths }).ramp).toEqual([0, -0.15]);
    }
  });

  it("returns the offer itself when its ramp already fits", () => {
    const fitting = { ...offer, termMonths: 24 };
    expect(withTermRamp(fitting)).toBe(fitting);
  });
});
