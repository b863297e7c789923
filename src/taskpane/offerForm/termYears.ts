import { MAX_TERM_MONTHS, contractYears, type Offer } from "../../dealModel";

/**
 * A list of one value per contract year, fitted to `years`: years within the term keep their
 * value, years past it are left out, and new years take `fill` (the last value when absent).
 */
function fitYears(values: readonly number[], years: number, fill?: number): readonly number[] {
  if (values.length === years) return values;
  const last = values[values.length - 1];
  return Array.from({ length: years }, (_, year) => values[year] ?? fill ?? last);
}

/** The contract years of the offer's term; undefined for a term the model cannot price. */
export function termYears({ termMonths }: Offer): number | undefined {
  return Number.isInteger(termMonths) && termMonths >= 1 && termMonths <= MAX_TERM_MONTHS
    ? contractYears(termMonths)
    : undefined;
}

/**
 * The offer with one value per contract year of its term in each list the form shows by year: the
 * ramp (new years at no change), the commitment's amounts and the seats (new years repeat the last
 * year's, as the model reads a short list).
 *
 * The form keeps every value the user entered and applies this on the way out, so that typing a
 * term of "36" does not pass through "3" and lose the values of years 2 and 3. A term the model
 * cannot price (empty, fractional, too long) leaves the lists as they are; offerProblems names the
 * term.
 */
export function withTermYears(offer: Offer): Offer {
  const { ramp, commitment, fees } = offer;
  const years = termYears(offer);
  if (years === undefined) return offer;
  const fitted = {
    ramp: fitYears(ramp, years, 0),
    amounts: fitYears(commitment.amounts, years),
    seats: fitYears(fees.seats, years),
  };
  if (
    fitted.ramp === ramp &&
    fitted.amounts === commitment.amounts &&
    fitted.seats === fees.seats
  ) {
    return offer;
  }
  return {
    ...offer,
    ramp: fitted.ramp,
    commitment: { ...commitment, amounts: fitted.amounts },
    fees: { ...fees, seats: fitted.seats },
  };
}

/**
 * `values` with contract year `year + 1` set to `value`, and at least `years` long: years past the
 * list's end take `fill` (the last value when absent), as withTermYears gives them, so that the
 * years the form showed keep what they showed.
 */
export function withYearValue(
  values: readonly number[],
  year: number,
  value: number,
  { fill, years = 0 }: { readonly fill?: number; readonly years?: number } = {}
): number[] {
  const last = values[values.length - 1];
  return Array.from({ length: Math.max(values.length, year + 1, years) }, (_, i) =>
    i === year ? value : (values[i] ?? fill ?? last)
  );
}
