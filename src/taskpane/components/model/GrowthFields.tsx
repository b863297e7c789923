import type { GrowthForecast } from "../../../dealModel";
import { NumberField } from "./NumberField";
import type { OfferGroupProps } from "./offerGroupProps";

/** A forecast by growth: the tokens of month 1 and the growth each month after. */
export function GrowthFields({
  forecast,
  problems,
  edit,
}: Omit<OfferGroupProps, "offer"> & { readonly forecast: GrowthForecast }) {
  return (
    <>
      <NumberField
        label="Input tokens, M in month 1"
        value={forecast.inputTokensM}
        onChange={(inputTokensM) => edit({ type: "forecast", changes: { inputTokensM } })}
        problem={problems.get("forecast.inputTokensM")}
      />
      <NumberField
        label="Output tokens, M in month 1"
        value={forecast.outputTokensM}
        onChange={(outputTokensM) => edit({ type: "forecast", changes: { outputTokensM } })}
        problem={problems.get("forecast.outputTokensM")}
      />
      <NumberField
        label="Growth a month"
        scale="percent"
        value={forecast.monthlyGrowth}
        onChange={(monthlyGrowth) => edit({ type: "forecast", changes: { monthlyGrowth } })}
        problem={problems.get("forecast.monthlyGrowth")}
      />
    </>
  );
}
