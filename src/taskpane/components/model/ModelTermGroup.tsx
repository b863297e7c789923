import { Combobox, Field, Input, Option } from "@fluentui/react-components";
import type { ModelPrice } from "../../../content/catalog";
import { FieldGroup, useGridStyles } from "./FieldGroup";
import { useFitStyles } from "./fitStyles";
import { NumberField } from "./NumberField";
import type { OfferGroupProps } from "./offerGroupProps";

/** The vendor and model (from the benchmark catalog or typed) and the term. */
export function ModelTermGroup({
  offer,
  problems,
  edit,
  catalog,
}: OfferGroupProps & { readonly catalog: readonly ModelPrice[] }) {
  const { wide } = useGridStyles();
  const fit = useFitStyles();
  const picked = catalog.findIndex((m) => m.vendor === offer.vendor && m.model === offer.model);
  const modelProblem = problems.get("model");
  const vendorProblem = problems.get("vendor");
  return (
    <FieldGroup title="Model and term">
      <Field
        label="Model"
        hint="Pick from the benchmark catalog for its list prices, or type a name."
        size="small"
        className={wide}
        validationMessage={modelProblem}
        validationState={modelProblem === undefined ? "none" : "error"}
      >
        <Combobox
          freeform
          size="small"
          className={fit.control}
          input={{ className: fit.input }}
          value={offer.model}
          selectedOptions={picked < 0 ? [] : [String(picked)]}
          onChange={(event) => edit({ type: "offer", changes: { model: event.target.value } })}
          onOptionSelect={(_, data) => {
            const model = catalog[Number(data.optionValue)];
            if (model) edit({ type: "catalogModel", model });
          }}
        >
          {catalog.map((model, index) => (
            <Option key={index} value={String(index)} text={model.model}>
              {`${model.vendor}: ${model.model}`}
            </Option>
          ))}
        </Combobox>
      </Field>
      <Field
        label="Vendor"
        size="small"
        validationMessage={vendorProblem}
        validationState={vendorProblem === undefined ? "none" : "error"}
      >
        <Input
          className={fit.control}
          input={{ className: fit.input }}
          value={offer.vendor}
          onChange={(_, data) => edit({ type: "offer", changes: { vendor: data.value } })}
        />
      </Field>
      <NumberField
        label="Term, months"
        value={offer.termMonths}
        onChange={(termMonths) => edit({ type: "offer", changes: { termMonths } })}
        problem={problems.get("termMonths")}
      />
    </FieldGroup>
  );
}
