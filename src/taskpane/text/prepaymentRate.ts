import { impliedPrepaymentRate, type Offer } from "../../dealModel";

const PERCENT = new Intl.NumberFormat("en-US", {
  style: "percent",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/**
 * What the offer's prepayment discount is worth as interest, from the deal model's own figure
 * (the sheet's RATE): "Worth 11.97% a year as interest."; undefined while its billing or term has
 * a problem, which the form shows instead.
 */
export function prepaymentRateText(
  offer: Offer,
  problems: ReadonlyMap<string, string>
): string | undefined {
  if (
    ["billing.frequency", "billing.prepaymentDiscount", "termMonths"].some((f) => problems.has(f))
  ) {
    return undefined;
  }
  const rate = impliedPrepaymentRate(offer.billing, offer.termMonths);
  if (rate !== null) return `Worth ${PERCENT.format(rate)} a year as interest.`;
  return offer.billing.prepaymentDiscount === 0
    ? "No discount for paying in advance."
    : "Worth no interest: billed monthly, or a discount deeper than any rate gives.";
}
