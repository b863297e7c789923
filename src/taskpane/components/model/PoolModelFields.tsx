import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { ModelPrice } from "../../../content/catalog";
import type { PoolModel } from "../../../dealModel";
import type { OfferEdit } from "../../offerForm/editOffer";
import { CatalogModelPicker } from "./CatalogModelPicker";
import { useGridStyles } from "./FieldGroup";
import { ListPriceFields } from "./ListPriceFields";
import { NumberField } from "./NumberField";

const useStyles = makeStyles({
  model: {
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { display: "flex", justifyContent: "space-between", alignItems: "center" },
});

export interface PoolModelFieldsProps {
  readonly model: PoolModel;
  readonly index: number;
  /** The offer's vendor: a catalog model is the offer's vendor's. */
  readonly vendor: string;
  readonly catalog: readonly ModelPrice[];
  readonly problems: ReadonlyMap<string, string>;
  readonly edit: (edit: OfferEdit) => void;
  /** False for the pool's last model. */
  readonly canRemove: boolean;
}

/**
 * One model of the pool: its name (from the catalog, with its prices, or typed), its share of the
 * offer's tokens, its batch or off-peak share and its long-context share; the prices of the
 * models after the first fold away (the first's are under Pricing).
 */
export function PoolModelFields(props: PoolModelFieldsProps) {
  const { model, index, problems, edit } = props;
  const styles = useStyles();
  const grid = useGridStyles();
  const headingId = useId("pool-model");
  const at = `models[${index}]`;
  const name = `Pool model ${index + 1}`;
  return (
    <div
      role="group"
      aria-labelledby={headingId}
      className={mergeClasses(grid.wide, grid.fields, styles.model)}
    >
      <div className={mergeClasses(grid.wide, styles.heading)}>
        <span id={headingId}>{name}</span>
        <Button
          size="small"
          appearance="subtle"
          aria-label={`Remove ${name.toLowerCase()}`}
          disabled={!props.canRemove}
          onClick={() => edit({ type: "removePoolModel", index })}
        >
          Remove
        </Button>
      </div>
      <CatalogModelPicker
        label="Name"
        className={grid.wide}
        value={model.model}
        picked={props.catalog.find((m) => m.vendor === props.vendor && m.model === model.model)}
        catalog={props.catalog}
        onType={(typed) => edit({ type: "poolModelName", index, name: typed })}
        onPick={(picked) => edit({ type: "poolCatalogModel", index, model: picked })}
        problem={problems.get(`${at}.model`)}
      />
      <NumberField
        label="Share of usage"
        scale="percent"
        value={model.share}
        onChange={(share) => edit({ type: "poolModel", index, changes: { share } })}
        problem={problems.get(`${at}.share`)}
      />
      <NumberField
        label="Batch share"
        hint="Batch or off-peak"
        scale="percent"
        value={model.batchShare}
        onChange={(batchShare) => edit({ type: "poolModel", index, changes: { batchShare } })}
        problem={problems.get(`${at}.batchShare`)}
      />
      <NumberField
        label="Long-context share"
        hint="Tokens in long prompts"
        scale="percent"
        value={model.longContextShare}
        onChange={(longContextShare) =>
          edit({ type: "poolModel", index, changes: { longContextShare } })
        }
        problem={problems.get(`${at}.longContextShare`)}
      />
      {index > 0 && (
        <Accordion collapsible className={grid.wide}>
          <AccordionItem value="prices">
            <AccordionHeader size="small">List prices, $ per M tokens</AccordionHeader>
            <AccordionPanel className={grid.fields}>
              <ListPriceFields list={model.list} index={index} problems={problems} edit={edit} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </div>
  );
}
