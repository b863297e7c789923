import { Switch } from "@fluentui/react-components";
import { useGridStyles } from "./FieldGroup";
import { NumberField } from "./NumberField";
import type { OfferGroupProps } from "./offerGroupProps";

/**
 * A monthly commitment's burst allowance (playbook CST-05): a month may use up to a multiple of
 * its commitment at the committed rate, balanced over a window of months.
 */
export function BurstFields({ offer, problems, edit }: OfferGroupProps) {
  const { wide } = useGridStyles();
  const { burst } = offer;
  return (
    <>
      <Switch
        className={wide}
        label="Burst allowance"
        checked={burst !== null}
        onChange={(_, data) => edit({ type: "burst", changes: data.checked ? {} : null })}
      />
      {burst !== null && (
        <>
          <NumberField
            label="Burst up to, × commitment"
            hint="2: twice the month's"
            value={burst.multiple}
            onChange={(multiple) => edit({ type: "burst", changes: { multiple } })}
            problem={problems.get("burst.multiple") ?? problems.get("burst")}
          />
          <NumberField
            label="Balanced over, months"
            value={burst.windowMonths}
            onChange={(windowMonths) => edit({ type: "burst", changes: { windowMonths } })}
            problem={problems.get("burst.windowMonths")}
          />
        </>
      )}
    </>
  );
}
