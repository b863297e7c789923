import { MAX_OFFERS, MIN_OFFERS, defaultOffers, type Offer } from "../../dealModel";
import { editOffer, type OfferEdit } from "./editOffer";
import { type FormOffer, modelOffer } from "./forecastKind";
import { newOffer } from "./newOffer";
import { withTermRamp } from "./rampForTerm";

/** The deal model form: the offers as the user entered them, and the one shown. */
export interface OffersState {
  readonly offers: readonly FormOffer[];
  /** Index of the offer the form shows. */
  readonly selected: number;
}

export type OffersAction =
  /** Back to the two-offer example. */
  | { readonly type: "reset" }
  /** Appends an offer (up to MAX_OFFERS) and shows it. */
  | { readonly type: "add" }
  /** Removes an offer (down to MIN_OFFERS). */
  | { readonly type: "remove"; readonly index: number }
  | { readonly type: "select"; readonly index: number }
  | { readonly type: "edit"; readonly index: number; readonly edit: OfferEdit };

/** The form as it opens: the example offers, the first one shown. */
export function initialOffersState(): OffersState {
  return { offers: defaultOffers(), selected: 0 };
}

/**
 * The offers as the model takes them: each with one ramp change per contract year, and without
 * the forecast the form set aside.
 */
export function offersOf(offers: readonly FormOffer[]): Offer[] {
  return offers.map((offer) => withTermRamp(modelOffer(offer)));
}

export function offersReducer(state: OffersState, action: OffersAction): OffersState {
  const { offers } = state;
  switch (action.type) {
    case "reset":
      return initialOffersState();
    case "add":
      if (offers.length >= MAX_OFFERS) return state;
      return { offers: [...offers, newOffer(offersOf(offers))], selected: offers.length };
    case "remove": {
      if (offers.length <= MIN_OFFERS) return state;
      const left = offers.filter((_, i) => i !== action.index);
      // The form goes on showing the offer it showed, or the one that took the removed one's place.
      const selected = action.index < state.selected ? state.selected - 1 : state.selected;
      return { offers: left, selected: Math.min(selected, left.length - 1) };
    }
    case "select":
      return action.index >= 0 && action.index < offers.length
        ? { ...state, selected: action.index }
        : state;
    case "edit":
      return {
        ...state,
        offers: offers.map((offer, i) =>
          i === action.index ? editOffer(offer, action.edit) : offer
        ),
      };
  }
}
