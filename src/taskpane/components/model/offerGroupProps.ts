import type { Offer } from "../../../dealModel";
import type { OfferEdit } from "../../offerForm/editOffer";

/** What each group of an offer's fields receives. */
export interface OfferGroupProps {
  readonly offer: Offer;
  /** The offer's problems by field (offerProblems' paths), in the form's words. */
  readonly problems: ReadonlyMap<string, string>;
  readonly edit: (edit: OfferEdit) => void;
}
