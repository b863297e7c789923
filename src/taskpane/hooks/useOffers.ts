import { useCallback, useDeferredValue, useMemo, useReducer } from "react";
import { MAX_OFFERS, MIN_OFFERS, type ModelSettings, type Offer } from "../../dealModel";
import type { OfferEdit } from "../offerForm/editOffer";
import type { SettingsEdit } from "../offerForm/editSettings";
import { initialOffersState, offersOf, offersReducer } from "../offerForm/offersReducer";
import { formProblems, settingsFormProblems } from "../text/formProblems";
import { compareOffers, type Preview } from "../text/modelComparison";
import { writeBlocker } from "../text/modelReadiness";

export interface OfferForm {
  /** The offers as the model takes them. */
  readonly offers: readonly Offer[];
  /** Index of the offer shown. */
  readonly selected: number;
  /** Problems of each offer by field (offerProblems' paths), in the form's words. */
  readonly problems: readonly ReadonlyMap<string, string>[];
  /** The settings the offers share, as the model takes them. */
  readonly settings: ModelSettings;
  /** Problems of the settings by field (settingsProblems' paths), in the form's words. */
  readonly settingsProblems: ReadonlyMap<string, string>;
  /** Why the model cannot be written yet; undefined when it can. */
  readonly blocker?: string;
  /**
   * Term totals and the cheapest offer, or why the offers cannot be priced; undefined while an
   * offer has problems.
   */
  readonly preview?: Preview;
  readonly canAdd: boolean;
  readonly canRemove: boolean;
  readonly select: (index: number) => void;
  readonly add: () => void;
  readonly remove: (index: number) => void;
  readonly reset: () => void;
  readonly edit: (index: number, edit: OfferEdit) => void;
  readonly editSettings: (edit: SettingsEdit) => void;
}

/** The deal model form: two to four offers, starting from the example, and what is wrong with them. */
export function useOffers(): OfferForm {
  const [state, dispatch] = useReducer(offersReducer, undefined, initialOffersState);
  const offers = useMemo(() => offersOf(state.offers), [state.offers]);
  const problems = useMemo(() => offers.map(formProblems), [offers]);
  const { settings } = state;
  const settingsProblems = useMemo(() => settingsFormProblems(settings), [settings]);
  const blocker = writeBlocker(offers, problems, settingsProblems);
  // Pricing every month of every offer takes longer than a keystroke, so it follows the typing.
  const settled = useDeferredValue(blocker === undefined ? offers : undefined);
  const preview = useMemo(() => settled && compareOffers(settled), [settled]);

  const select = useCallback((index: number) => dispatch({ type: "select", index }), []);
  const add = useCallback(() => dispatch({ type: "add" }), []);
  const remove = useCallback((index: number) => dispatch({ type: "remove", index }), []);
  const reset = useCallback(() => dispatch({ type: "reset" }), []);
  const edit = useCallback(
    (index: number, change: OfferEdit) => dispatch({ type: "edit", index, edit: change }),
    []
  );
  const editSettings = useCallback(
    (change: SettingsEdit) => dispatch({ type: "settings", edit: change }),
    []
  );

  return {
    offers,
    selected: state.selected,
    problems,
    settings,
    settingsProblems,
    blocker,
    preview: blocker === undefined ? preview : undefined,
    canAdd: offers.length < MAX_OFFERS,
    canRemove: offers.length > MIN_OFFERS,
    select,
    add,
    remove,
    reset,
    edit,
    editSettings,
  };
}
