import {
  Dropdown,
  Field,
  Input,
  mergeClasses,
  Option,
  Radio,
  RadioGroup,
  Text,
} from "@fluentui/react-components";
import type { Offer } from "../../../dealModel";
import type { TierMode } from "../../../pricing";
import { useSectionStyles } from "../styles";
import { FieldGroup, useGridStyles } from "./FieldGroup";
import { useFitStyles } from "./fitStyles";
import { ListPriceFields } from "./ListPriceFields";
import { NumberField } from "./NumberField";
import { NumberInput } from "./NumberInput";
import type { OfferGroupProps } from "./offerGroupProps";
import { RowsTable } from "./RowsTable";

const TIER_MODES: readonly { mode: TierMode; label: string }[] = [
  { mode: "graduated", label: "Graduated: each at its tier's price" },
  { mode: "volume", label: "Volume: all at the tier reached" },
  { mode: "stairstep", label: "Stairstep: the tier's lump sum" },
];

/** List prices, a discount from them or price tiers. */
export function PricingGroup({ offer, problems, edit }: OfferGroupProps) {
  const { wide } = useGridStyles();
  const fit = useFitStyles();
  const shared = useSectionStyles();
  const { pricing } = offer;
  // The pool's first model's prices; the other models' are in the pool's group.
  const { list } = offer.models[0];
  // What the prices would charge a month at the forecast: a problem of prices and tokens together.
  const costProblem = problems.get("usageCost");
  return (
    <FieldGroup title="Pricing">
      <Field
        label="Priced by"
        size="small"
        className={wide}
        validationMessage={costProblem}
        validationState={costProblem === undefined ? "none" : "error"}
      >
        <RadioGroup
          layout="horizontal"
          value={pricing.kind}
          onChange={(_, data) =>
            edit({ type: "pricingKind", kind: data.value as Offer["pricing"]["kind"] })
          }
        >
          <Radio value="discount" label="Discount from list" />
          <Radio value="tiers" label="Price tiers" />
        </RadioGroup>
      </Field>
      {pricing.kind === "discount" ? (
        <NumberField
          label="Discount"
          scale="percent"
          value={pricing.discount}
          onChange={(discount) => edit({ type: "discount", discount })}
          problem={problems.get("pricing.discount")}
        />
      ) : (
        <>
          <Field label="Tiers meet the month's tokens" size="small" className={wide}>
            <Dropdown
              size="small"
              className={fit.control}
              value={TIER_MODES.find((entry) => entry.mode === pricing.mode)?.label}
              selectedOptions={[pricing.mode]}
              onOptionSelect={(_, data) =>
                edit({ type: "tierMode", mode: data.optionValue as TierMode })
              }
            >
              {TIER_MODES.map(({ mode, label }) => (
                <Option key={mode} value={mode}>
                  {label}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <div className={wide}>
            <RowsTable
              label="Tiers, input and output tokens together"
              headers={["Up to, M tokens", "$ per M", "Flat fee, $"]}
              rows={pricing.tiers.map((tier, row) => {
                const n = row + 1;
                const last = row === pricing.tiers.length - 1;
                return [
                  last ? (
                    <Input
                      size="small"
                      className={fit.control}
                      input={{ className: fit.input }}
                      value="No limit"
                      readOnly
                      aria-label={`Tier ${n} up to`}
                    />
                  ) : (
                    <NumberInput
                      size="small"
                      aria-label={`Tier ${n} up to, M tokens a month`}
                      value={tier.upTo}
                      onChange={(upTo) => edit({ type: "tier", row, changes: { upTo } })}
                    />
                  ),
                  <NumberInput
                    size="small"
                    aria-label={`Tier ${n} price, $ per M tokens`}
                    value={tier.price}
                    onChange={(price) => edit({ type: "tier", row, changes: { price } })}
                  />,
                  <NumberInput
                    size="small"
                    aria-label={`Tier ${n} flat fee, $`}
                    value={tier.flatFee}
                    onChange={(flatFee) => edit({ type: "tier", row, changes: { flatFee } })}
                  />,
                ];
              })}
              resize={{
                removeLabel: (row) => `Remove tier ${row + 1}`,
                onRemove: (row) => edit({ type: "removeTier", row }),
                canRemove: pricing.tiers.length > 1,
                addLabel: "Add tier",
                onAdd: () => edit({ type: "addTier" }),
              }}
              problem={problems.get("pricing.tiers")}
            />
          </div>
        </>
      )}
      <Text className={mergeClasses(shared.secondary, wide)}>
        List prices of the first model, $ per M tokens. An empty cache or batch price is the
        standard price; an empty long-context price, no premium.
      </Text>
      <ListPriceFields list={list} index={0} problems={problems} edit={edit} />
    </FieldGroup>
  );
}
