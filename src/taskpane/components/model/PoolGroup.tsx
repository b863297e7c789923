import { Button, Field } from "@fluentui/react-components";
import type { ModelPrice } from "../../../content/catalog";
import { MAX_POOL_MODELS } from "../../../dealModel";
import { FieldGroup, useGridStyles } from "./FieldGroup";
import type { OfferGroupProps } from "./offerGroupProps";
import { PoolModelFields } from "./PoolModelFields";

/**
 * The models the offer's tokens go to (playbook CST-03: one commitment pooled across models and
 * forms of access): one to five, their shares adding up to 100%.
 */
export function PoolGroup({
  offer,
  problems,
  edit,
  catalog,
}: OfferGroupProps & { readonly catalog: readonly ModelPrice[] }) {
  const { wide } = useGridStyles();
  const { models } = offer;
  const poolProblem = problems.get("models");
  return (
    <FieldGroup title="Models in the pool">
      {models.map((model, index) => (
        <PoolModelFields
          key={index}
          model={model}
          index={index}
          vendor={offer.vendor}
          catalog={catalog}
          problems={problems}
          edit={edit}
          canRemove={models.length > 1}
        />
      ))}
      <div className={wide}>
        <Button
          size="small"
          appearance="subtle"
          disabled={models.length >= MAX_POOL_MODELS}
          onClick={() => edit({ type: "addPoolModel", catalog })}
        >
          Add model
        </Button>
        {poolProblem !== undefined && (
          <Field size="small" validationMessage={poolProblem} validationState="error" />
        )}
      </div>
    </FieldGroup>
  );
}
