import type { CellsForecast, MonthUsage, Offer, UsageForecast } from "../../dealModel";

/*
 * The two ways of giving an offer's usage forecast (issue 6): a start and a monthly growth rate,
 * or cells of the workbook the user points to. Switching keeps the forecast left behind, so that
 * switching back gives the user's own figures again rather than new ones.
 */

export type ForecastKind = "growth" | "cells";

/**
 * An offer as the form keeps it: with the forecast of the other kind set aside when the user last
 * switched. The model never sees `setAside` (offersOf drops it).
 */
export type FormOffer = Offer & { readonly setAside?: UsageForecast };

/** A growth forecast may leave its kind out. */
export const forecastKind = (forecast: UsageForecast): ForecastKind => forecast.kind ?? "growth";

/** Cells not chosen yet: offerProblems names the missing range, so the model waits for one. */
const NO_CELLS: CellsForecast = { kind: "cells", source: "", months: [] };

/** Month 1 of a forecast, in millions of tokens; zero for cells not chosen yet. */
export function firstMonth(forecast: UsageForecast): MonthUsage {
  if (forecast.kind !== "cells") return forecast;
  return forecast.months[0] ?? { inputTokensM: 0, outputTokensM: 0 };
}

/** A forecast of `kind` to start from: the one set aside, else one that begins where `from` does. */
function startOf(kind: ForecastKind, from: UsageForecast, setAside?: UsageForecast) {
  if (setAside !== undefined && forecastKind(setAside) === kind) return setAside;
  if (kind === "cells") return NO_CELLS;
  const { inputTokensM, outputTokensM } = firstMonth(from);
  return { inputTokensM, outputTokensM, monthlyGrowth: 0 };
}

/** The offer with a forecast of `kind`, the one it had set aside for later. */
export function withForecastKind(offer: FormOffer, kind: ForecastKind): FormOffer {
  if (forecastKind(offer.forecast) === kind) return offer;
  return {
    ...offer,
    forecast: startOf(kind, offer.forecast, offer.setAside),
    setAside: offer.forecast,
  };
}

/** The offer as the model takes it, without what the form set aside. */
export function modelOffer({ setAside: _setAside, ...offer }: FormOffer): Offer {
  return offer;
}
