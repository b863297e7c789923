import {
  DEFAULT_SETTINGS,
  MAX_OFFERS,
  MIN_OFFERS,
  defaultOffers,
  type ModelSettings,
  type Offer,
} from "../../dealModel";
import { editOffer, type OfferEdit } from "./editOffer";
import { editSettings, type SettingsEdit } from "./editSettings";
import { type FormOffer, modelOffer } from "./forecastKind";
import { newOffer } from "./newOffer";
import { withTermYears } from "./termYears";

/** The deal model form: the offers as the user entered them, the one shown, and the settings. */
export interface OffersState {
  readonly offers: readonly FormOffer[];
  /** Index of the offer the form shows. */
  readonly selected: number;
  /** The settings all offers share (discount rate, scenarios, commitment levels, exit months). */
  readonly settings: ModelSettings;
}

export type OffersAction =
  /** Back to the two-offer example. */
  | { readonly type: "reset" }
  /** Appends an offer (up to MAX_OFFERS) and shows it. */
  | { readonly type: "add" }
  /** Removes an offer (down to MIN_OFFERS). */
  | { readonly type: "remove"; readonly index: number }
  | { readonly type: "select"; readonly index: number }
  | { readonly type: "edit"; readonly index: number; readonly edit: OfferEdit }
  | { readonly type: "settings"; readonly edit: SettingsEdit };

/** The form as it opens: the example offers, the first one shown, the default settings. */
export function initialOffersState(): OffersState {
  return { offers: defaultOffers(), selected: 0, settings: DEFAULT_SETTINGS };
}

/**
 * The offers as the model takes them: each with one ramp change, amount and seat count per
 * contract year, and without the forecast the form set aside.
 */
export function offersOf(offers: readonly FormOffer[]): Offer[] {
  return offers.map((offer) => withTermYears(modelOffer(offer)));
}

export function offersReducer(state: OffersState, action: OffersAction): OffersState {
  const { offers } = state;
  switch (action.type) {
    case "reset":
      return initialOffersState();
    case "add":
      if (offers.length >= MAX_OFFERS) return state;
      return {
        ...state,
        offers: [...offers, newOffer(offersOf(offers))],
        selected: offers.length,
      };
    case "remove": {
      if (offers.length <= MIN_OFFERS) return state;
      const left = offers.filter((_, i) => i !== action.index);
      // The form goes on showing the offer it showed, or the one that took the removed one's place.
      const selected = action.index < state.selected ? state.selected - 1 : state.selected;
      return { ...state, offers: left, selected: Math.min(selected, left.length - 1) };
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
    case "settings":
      return { ...state, settings: editSettings(state.settings, action.edit) };
  }
}
