import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { CellsForecast } from "../../../dealModel";
import { forecastKind, type ForecastKind } from "../../offerForm/forecastKind";
import { CellsForecastFields } from "./CellsForecastFields";
import { FieldGroup, useGridStyles } from "./FieldGroup";
import { GrowthFields } from "./GrowthFields";
import { NumberField } from "./NumberField";
import type { OfferGroupProps } from "./offerGroupProps";

export interface UsageGroupProps extends OfferGroupProps {
  /** Reads the forecast in the selected cells (the workbook service). */
  readonly readSelectedUsage: () => Promise<CellsForecast>;
}

/**
 * The monthly usage forecast, by growth or from cells of the workbook, and how much of its input
 * goes through the prompt cache (reads and writes); the batch shares are the pool models'.
 */
export function UsageGroup({ offer, problems, edit, readSelectedUsage }: UsageGroupProps) {
  const { wide } = useGridStyles();
  const { forecast } = offer;
  return (
    <FieldGroup title="Usage forecast">
      <Field label="Forecast from" size="small" className={wide}>
        <RadioGroup
          value={forecastKind(forecast)}
          onChange={(_, data) => edit({ type: "forecastKind", kind: data.value as ForecastKind })}
        >
          <Radio value="growth" label="Start and growth" />
          <Radio value="cells" label="From cells in the workbook" />
        </RadioGroup>
      </Field>
      {forecast.kind === "cells" ? (
        <CellsForecastFields
          forecast={forecast}
          problems={problems}
          edit={edit}
          readSelectedUsage={readSelectedUsage}
        />
      ) : (
        <GrowthFields forecast={forecast} problems={problems} edit={edit} />
      )}
      <NumberField
        label="Cache-hit share"
        scale="percent"
        value={offer.cacheHitShare}
        onChange={(cacheHitShare) => edit({ type: "offer", changes: { cacheHitShare } })}
        problem={problems.get("cacheHitShare")}
      />
      <NumberField
        label="Cache-write share"
        scale="percent"
        value={offer.cacheWriteShare}
        onChange={(cacheWriteShare) => edit({ type: "offer", changes: { cacheWriteShare } })}
        problem={problems.get("cacheWriteShare") ?? problems.get("cacheShares")}
      />
    </FieldGroup>
  );
}
