import { FORECAST_NAMES, type ForecastName } from "../forecastNames";
import type { DefinedNamePlan } from "../plan";
import { sharedColumn, type OfferLayout } from "./modelLayout";
import type { OfferFieldName } from "./offerFields";
import { VALUE_COLUMN } from "./offerInputs";
import { poolRow, poolTotalColumn } from "./poolLayout";
import { cellRect, type Rect, rectBetween } from "../../formula";

/*
 * The workbook names by which the model shares its forecast with the benchmark: the first offer's
 * tokens month by month at the forecast (the prices band's token columns, whether the forecast
 * grows from month 1 or is read from the user's cells) and its usage-mix shares (the batch share is
 * the pool's, weighted by the models' shares of the tokens).
 */

const SHARES: Readonly<
  Record<Exclude<ForecastName, "inputTokensM" | "outputTokensM" | "batchShare">, OfferFieldName>
> = {
  cacheHitShare: "cacheHitShare",
  cacheWriteShare: "cacheWriteShare",
};

/** The names of the forecast, for the model's first offer. */
export function forecastNamePlans(offer: OfferLayout): DefinedNamePlan[] {
  const months = (name: "inputTokensM" | "outputTokensM"): Rect =>
    rectBetween(
      { row: offer.prices.firstMonth, column: sharedColumn(name) },
      { row: offer.prices.lastMonth, column: sharedColumn(name) }
    );
  const field = (name: OfferFieldName): Rect => {
    const row = offer.fieldRows[name];
    if (row === undefined) throw new Error(`The model's first offer has no ${name} field.`);
    return cellRect(row, VALUE_COLUMN);
  };
  return [
    { name: FORECAST_NAMES.inputTokensM, refersTo: months("inputTokensM") },
    { name: FORECAST_NAMES.outputTokensM, refersTo: months("outputTokensM") },
    ...Object.entries(SHARES).map(([name, fieldName]) => ({
      name: FORECAST_NAMES[name as keyof typeof SHARES],
      refersTo: field(fieldName),
    })),
    {
      name: FORECAST_NAMES.batchShare,
      refersTo: cellRect(poolRow(offer.pool, "batchShare"), poolTotalColumn(offer.pool)),
    },
  ];
}
