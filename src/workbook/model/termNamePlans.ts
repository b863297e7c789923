import { cellRect, type Rect } from "../../formula";
import type { DefinedNamePlan } from "../plan";
import { termWorkbookName, type TermName } from "../termNames";
import { LIST_COLUMNS, type OfferLayout } from "./modelLayout";
import type { OfferFieldName } from "./offerFields";
import { VALUE_COLUMN } from "./offerInputs";

/*
 * The cells the model's term names point at (termNames.ts): its first offer's inputs that a
 * checklist item negotiates. A name whose figure the offer does not have (an SLA credit table has
 * no credit per step; a one-year term no year 2) is left undefined, so that the item's cell is
 * blank. Adding a name is one line in TERM_CELLS.
 */

/** Where a term's cell is in an offer's section; undefined when the offer has no such figure. */
type TermCell = (offer: OfferLayout) => Rect | undefined;

/** A single-cell input of the offer (offerFields.ts). */
const field =
  (name: OfferFieldName): TermCell =>
  (offer) => {
    const row = offer.fieldRows[name];
    return row === undefined ? undefined : cellRect(row, VALUE_COLUMN);
  };

/** The price change of a contract year (1 for the first) in the ramp list. */
const priceChange =
  (year: number): TermCell =>
  (offer) =>
    year <= offer.ramp.rows ? cellRect(offer.ramp.header + year, LIST_COLUMNS.ramp + 1) : undefined;

/** The cell of each term the model holds. */
const TERM_CELLS: Readonly<Partial<Record<TermName, TermCell>>> = {
  PriceChangeYear2: priceChange(2),
  RenewalCap: field("renewalCap"),
  RolloverCap: field("rolloverCap"),
  RolloverExpiry: field("expiry"),
  OverageRate: field("overageRate"),
  SlaPerStep: field("slaPerStep"),
  SlaStep: field("slaStep"),
  SlaTarget: field("slaTarget"),
  Billing: field("billingFrequency"),
  PrepaymentDiscount: field("prepaymentDiscount"),
  PrepaymentRate: field("impliedRate"),
  ExitFeeMonths: field("exitFeeMonths"),
  NoticeMonths: field("noticeMonths"),
  ExitFrom: field("exitFrom"),
};

/** The term names of the model's first offer, for the cells it has. */
export function termNamePlans(offer: OfferLayout): DefinedNamePlan[] {
  return Object.entries(TERM_CELLS).flatMap(([name, cell]) => {
    const refersTo = cell?.(offer);
    return refersTo === undefined ? [] : [{ name: termWorkbookName(name as TermName), refersTo }];
  });
}
