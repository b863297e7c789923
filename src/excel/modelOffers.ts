import {
  MAX_OFFERS,
  MIN_OFFERS,
  offerProblems,
  problemsText,
  settingsProblems,
  type ModelSettings,
  type Offer,
} from "../dealModel";
import { WorkbookRefusal } from "../workbook/workbookRefusal";

/*
 * The offers a deal model can be inserted for, checked before Excel is touched: a model compares
 * 2 to 4 offers, each complete and valid, with valid settings, so a refused insert reads and
 * writes nothing.
 */

const UNCHANGED = "Nothing was changed.";

/** How the refusal names an offer: its place in the list, and its vendor and model if given. */
function offerLabel(offer: Offer, index: number): string {
  const name = [offer.vendor, offer.model]
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .join(" ");
  return name === "" ? `Offer ${index + 1}` : `Offer ${index + 1} (${name})`;
}

/**
 * Returns when a model can be inserted for these offers and settings.
 * @throws WorkbookRefusal saying how many offers a model takes, or listing each offer's problems
 * or the settings'.
 */
export function requireModelOffers(offers: readonly Offer[], settings: ModelSettings): void {
  if (offers.length < MIN_OFFERS || offers.length > MAX_OFFERS) {
    throw new WorkbookRefusal(
      `A deal model compares ${MIN_OFFERS} to ${MAX_OFFERS} offers; ${offers.length} ${offers.length === 1 ? "was" : "were"} given. ${UNCHANGED}`
    );
  }
  const wrong = offers.flatMap((offer, index) => {
    const problems = offerProblems(offer);
    if (problems.length === 0) return [];
    return [`${offerLabel(offer, index)}: ${problemsText(problems)}.`];
  });
  if (wrong.length > 0) {
    throw new WorkbookRefusal(
      `DEAL cannot model offers that are not complete and valid. ${wrong.join(" ")} Correct them and insert again. ${UNCHANGED}`
    );
  }
  const wrongSettings = settingsProblems(settings);
  if (wrongSettings.length > 0) {
    throw new WorkbookRefusal(
      `DEAL cannot model offers with settings that are not valid: ${problemsText(wrongSettings)}. Correct them and insert again. ${UNCHANGED}`
    );
  }
}
