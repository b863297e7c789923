import { defineTwin } from "./source";

/**
 * DEAL.RAMPPRICE(base, period, [ramp], [uplift], [term]) in spreadsheet terms
 * (docs/functions.md#rampprice).
 *
 * The ramp's product is written as a product of its entries, one factor per position,
 * IF(position ≤ periods ramped, 1 + entry, 1): the multiplications DEAL makes, each rounded once,
 * with no LN or EXP, whose accuracy differs between spreadsheets. The alternative,
 * EXP(SUMPRODUCT(LN(1 + ramp) × (position ≤ periods))), works without knowing the list's length,
 * and is about as close on typical ramps (50,000 random ramps of up to 12 three-decimal changes:
 * at most 1.06e-15 from the exact product, against 0.97e-15 for the plain product), but its error
 * grows with the size of the logarithms, and its positions need ROW() of a range as an array,
 * which HyperFormula (the tests' engine) does not give. The inline form therefore needs the list
 * as an A1 range or an array constant, to know how many factors to write.
 * The default term is the list's length up to its last non-blank entry.
 */
export const RAMPPRICE_TWIN = defineTwin(
  "RAMPPRICE",
  "base, period, [ramp], [uplift], [term]",
  [
    ["hasRamp", "given(ramp)"],
    ["j", "cellNumbers(ramp)"],
    ["upliftRate", "orDefault(uplift, 0)"],
    ["rampLength", 'IF(hasRamp, maxOver(j, j*(item(ramp, j)<>"")), 0)'],
    ["termLength", "orDefault(term, MAX(1, rampLength))"],
    // Without a term, entries past the ramp's last are blank (a factor of 1), so every position
    // up to the period may be multiplied in: the length is needed only for the uplift.
    ["rampedPeriods", "MIN(period, orDefault(term, period))"],
    [
      "rampFactor",
      "IF(hasRamp, productOver(j, IF(j<=rampedPeriods, 1+numberOr0(item(ramp, j)), 1)), 1)",
    ],
    ["upliftFactor", "(1+upliftRate)^MAX(0, period-termLength)"],
  ],
  "base*rampFactor*upliftFactor"
);
