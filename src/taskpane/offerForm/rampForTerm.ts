import { MAX_TERM_MONTHS, contractYears, type Offer } from "../../dealModel";

/**
 * The offer with one ramp change per contract year of its term: years within
 * the term keep their change, new years start at no change.
 *
 * The form keeps every change the user entered and applies this on the way out, so that typing
 * a term of "36" does not pass through "3" and lose the changes of years 2 and 3. A term the model
 * cannot price (empty, fractional, too long) leaves the ramp as it is; offerProblems names the term.
 */
export function withTermRamp(offer: Offer): Offer {
  const { termMonths, ramp } = offer;
  if (!(Number.isInteger(termMonths) && termMonths >= 1 && termMonths <= MAX_TERM_MONTHS)) {
    return offer;
  }
  const years = contractYears(termMonths);
  if (ramp.length === years) return offer;
  return { ...offer, ramp: Array.from({ length: years }, (_, year) => ramp[year] ?? 0) };
}
