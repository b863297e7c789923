import type { ListPrices } from "../../../dealModel";
import type { OfferEdit } from "../../offerForm/editOffer";
import { NumberField } from "./NumberField";

/** The list prices a pool model has, with their labels; the long-context ones apply above its threshold. */
const PRICES: readonly { key: keyof ListPrices; label: string }[] = [
  { key: "input", label: "Input" },
  { key: "output", label: "Output" },
  { key: "cacheHit", label: "Cache hit" },
  { key: "cacheWrite", label: "Cache write" },
  { key: "batchInput", label: "Batch input" },
  { key: "batchOutput", label: "Batch output" },
  { key: "longContextInput", label: "Long-context input" },
  { key: "longContextOutput", label: "Long-context output" },
];

/**
 * The list prices of pool model `index`, $ per M tokens, two to a row: input and output are
 * required, an empty other price means the standard one (or, for long context, no premium).
 */
export function ListPriceFields({
  list,
  index,
  problems,
  edit,
}: {
  readonly list: ListPrices;
  readonly index: number;
  readonly problems: ReadonlyMap<string, string>;
  readonly edit: (edit: OfferEdit) => void;
}) {
  return (
    <>
      {PRICES.map(({ key, label }) => {
        const problem = problems.get(`models[${index}].list.${key}`);
        const onChange = (price: number | null) =>
          edit({ type: "list", index, changes: { [key]: price } });
        return key === "input" || key === "output" ? (
          <NumberField
            key={key}
            label={label}
            value={list[key]}
            onChange={onChange}
            problem={problem}
          />
        ) : (
          <NumberField
            key={key}
            label={label}
            optional
            value={list[key]}
            onChange={onChange}
            problem={problem}
          />
        );
      })}
    </>
  );
}
