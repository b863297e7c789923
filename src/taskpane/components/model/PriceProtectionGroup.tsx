import { Checkbox, Switch } from "@fluentui/react-components";
import { MAX_LIST_STEPS } from "../../../dealModel";
import { listProblems } from "../../text/listProblems";
import { FieldGroup, useGridStyles } from "./FieldGroup";
import { NumberField } from "./NumberField";
import { NumberInput } from "./NumberInput";
import type { OfferGroupProps } from "./offerGroupProps";
import { RowsTable } from "./RowsTable";

/**
 * The right to the vendor's lower list prices (playbook CST-02): the usage cost is at most its cost
 * at the month's list prices less the kept discount. The list schedule holds the list prices'
 * changes over the term, a factor per pool model (80% = the list price fell by a fifth).
 */
export function PriceProtectionGroup({ offer, problems, edit }: OfferGroupProps) {
  const { wide } = useGridStyles();
  const protection = offer.priceProtection;
  return (
    <FieldGroup title="Price protection">
      <Switch
        className={wide}
        label="Lower list prices apply"
        checked={protection !== null}
        onChange={(_, data) => edit({ type: "priceProtection", on: data.checked })}
      />
      {protection !== null && (
        <>
          <Checkbox
            className={wide}
            label="Keep the offer's own discount"
            checked={protection.keptDiscount === "offer"}
            onChange={(_, data) =>
              edit({
                type: "keptDiscount",
                kept:
                  data.checked === true
                    ? "offer"
                    : offer.pricing.kind === "discount"
                      ? offer.pricing.discount
                      : 0,
              })
            }
          />
          {protection.keptDiscount !== "offer" && (
            <NumberField
              label="Kept discount"
              hint="Off the list price in force"
              scale="percent"
              value={protection.keptDiscount}
              onChange={(kept) => edit({ type: "keptDiscount", kept })}
              problem={problems.get("priceProtection.keptDiscount")}
            />
          )}
          <div className={wide}>
            <RowsTable
              label="List price changes, % of the price at signing"
              // Models by their number in the pool: five names would not fit the pane.
              headers={["From month", ...offer.models.map((_, k) => `Model ${k + 1}, %`)]}
              rows={protection.listSchedule.map((step, row) => [
                <NumberInput
                  size="small"
                  aria-label={`Change ${row + 1} from month`}
                  value={step.fromMonth}
                  onChange={(fromMonth) => edit({ type: "listStepMonth", row, fromMonth })}
                />,
                ...step.factors.map((factor, index) => (
                  <NumberInput
                    size="small"
                    scale="percent"
                    aria-label={`Change ${row + 1}, model ${index + 1} list price, %`}
                    value={factor}
                    onChange={(value) =>
                      edit({ type: "listStepFactor", row, index, factor: value })
                    }
                  />
                )),
              ])}
              resize={{
                removeLabel: (row) => `Remove list price change ${row + 1}`,
                onRemove: (row) => edit({ type: "removeListStep", row }),
                canRemove: true,
                addLabel: "Add list price change",
                onAdd: () => edit({ type: "addListStep" }),
                canAdd: protection.listSchedule.length < MAX_LIST_STEPS,
              }}
              problem={listProblems(
                problems,
                "priceProtection.listSchedule",
                protection.listSchedule.flatMap((_, row) => [
                  { path: `[${row}].fromMonth`, name: `Change ${row + 1}, from month` },
                  { path: `[${row}].factors`, name: `Change ${row + 1}, list prices` },
                ])
              )}
            />
          </div>
        </>
      )}
    </FieldGroup>
  );
}
