import { FieldGroup } from "./FieldGroup";
import { NumberField } from "./NumberField";
import type { OfferGroupProps } from "./offerGroupProps";

/** The monthly usage forecast and how much of it goes through batch and the prompt cache. */
export function UsageGroup({ offer, problems, edit }: OfferGroupProps) {
  const { forecast } = offer;
  return (
    <FieldGroup title="Usage forecast">
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
      <NumberField
        label="Batch share"
        scale="percent"
        value={offer.batchShare}
        onChange={(batchShare) => edit({ type: "offer", changes: { batchShare } })}
        problem={problems.get("batchShare")}
      />
      <NumberField
        label="Cache-hit share"
        scale="percent"
        value={offer.cacheHitShare}
        onChange={(cacheHitShare) => edit({ type: "offer", changes: { cacheHitShare } })}
        problem={problems.get("cacheHitShare")}
      />
    </FieldGroup>
  );
}
