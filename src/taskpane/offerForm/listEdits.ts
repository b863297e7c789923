import type { PoolModel } from "../../dealModel";
import type { FormOffer } from "./forecastKind";

/** The lists of an offer (tiers, SLA rows, pool models…), changed by index without changing them. */

export const replaceAt = <T>(items: readonly T[], index: number, item: T): T[] =>
  items.map((current, i) => (i === index ? item : current));

export const removeAt = <T>(items: readonly T[], index: number): T[] =>
  items.filter((_, i) => i !== index);

/** The offer with pool model `index` changed by `edit`; the offer itself when it has no such model. */
export function editPoolModel(
  offer: FormOffer,
  index: number,
  edit: (model: PoolModel) => PoolModel
): FormOffer {
  const model = offer.models[index];
  return model === undefined
    ? offer
    : { ...offer, models: replaceAt(offer.models, index, edit(model)) };
}
