import { Input } from "@fluentui/react-components";
import type { ModelPrice } from "../../../content/catalog";
import { CatalogModelPicker } from "./CatalogModelPicker";
import { FieldGroup, useGridStyles } from "./FieldGroup";
import { useFitStyles } from "./fitStyles";
import { NumberField } from "./NumberField";
import type { OfferGroupProps } from "./offerGroupProps";
import { ProblemField } from "./ProblemField";

/** The vendor and model (from the benchmark catalog or typed), the term and its start month. */
export function ModelTermGroup({
  offer,
  problems,
  edit,
  catalog,
}: OfferGroupProps & { readonly catalog: readonly ModelPrice[] }) {
  const { wide } = useGridStyles();
  const fit = useFitStyles();
  const vendorProblem = problems.get("vendor");
  const startProblem = problems.get("startMonth");
  return (
    <FieldGroup title="Model and term">
      <CatalogModelPicker
        label="Model"
        hint="Pick from the benchmark catalog for its list prices, or type a name."
        className={wide}
        value={offer.model}
        picked={catalog.find((m) => m.vendor === offer.vendor && m.model === offer.model)}
        catalog={catalog}
        onType={(model) => edit({ type: "offer", changes: { model } })}
        onPick={(model) => edit({ type: "catalogModel", model })}
        problem={problems.get("model")}
      />
      <ProblemField label="Vendor" problem={vendorProblem}>
        <Input
          className={fit.control}
          input={{ className: fit.input }}
          value={offer.vendor}
          onChange={(_, data) => edit({ type: "offer", changes: { vendor: data.value } })}
        />
      </ProblemField>
      <NumberField
        label="Term, months"
        value={offer.termMonths}
        onChange={(termMonths) => edit({ type: "offer", changes: { termMonths } })}
        problem={problems.get("termMonths")}
      />
      <ProblemField
        label="Start month"
        hint="YYYY-MM: dates the list prices"
        problem={startProblem}
      >
        <Input
          className={fit.control}
          input={{ className: fit.input }}
          value={offer.startMonth}
          placeholder="2027-01"
          onChange={(_, data) => edit({ type: "offer", changes: { startMonth: data.value } })}
        />
      </ProblemField>
    </FieldGroup>
  );
}
