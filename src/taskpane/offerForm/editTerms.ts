import type { ModelPrice } from "../../content/catalog";
import {
  MAX_LIST_STEPS,
  MAX_POOL_MODELS,
  listPricesOf,
  type Billing,
  type Burst,
  type ExitTerms,
  type Fees,
  type ListStep,
  type Offer,
  type PoolModel,
  type PriceProtection,
} from "../../dealModel";
import { dec } from "../../pricing/decimal";
import type { FormOffer } from "./forecastKind";
import { editPoolModel, removeAt, replaceAt } from "./listEdits";
import { termYears, withYearValue } from "./termYears";

/*
 * The form's changes to the terms issue 12 adds: the pool of models, the amount and seats per
 * contract year, billing, burst, fees, exit and price protection. editOffer passes these on.
 */

/* A term switched on starts at the playbook's figures. */

/** CST-05: "up to 2x normal monthly usage … provided the average balances out", over a quarter. */
export const BURST_WHEN_ON: Burst = { multiple: 2, windowMonths: 3 };
/** REN-09: "60 days notice … 3 months of fees"; REN-12: the innovation exit "after 18 months". */
const EXIT_WHEN_ON: ExitTerms = { noticeMonths: 2, feeMonths: 3, earliestMonth: 18 };
/** CST-02: "access to any lower public price", keeping the offer's own discount. */
const PROTECTION_WHEN_ON: PriceProtection = { keptDiscount: "offer", listSchedule: [] };

export type TermEdit =
  /** Appends a pool model at a 0% share: the catalog's next model of the offer's vendor. */
  | { readonly type: "addPoolModel"; readonly catalog: readonly ModelPrice[] }
  /** Removes a pool model; its share goes to the first model left, so the shares still add up. */
  | { readonly type: "removePoolModel"; readonly index: number }
  /** A pool model picked from the catalog: its name and list prices. */
  | { readonly type: "poolCatalogModel"; readonly index: number; readonly model: ModelPrice }
  /** A pool model's name, typed: its prices stay. */
  | { readonly type: "poolModelName"; readonly index: number; readonly name: string }
  /** The amount or the seats of contract year `year + 1`. */
  | { readonly type: "yearAmount"; readonly year: number; readonly amount: number }
  | { readonly type: "yearSeats"; readonly year: number; readonly seats: number }
  | { readonly type: "billing"; readonly changes: Partial<Billing> }
  /** `null`: no burst allowance; changes to none start from BURST_WHEN_ON. */
  | { readonly type: "burst"; readonly changes: Partial<Burst> | null }
  | { readonly type: "fees"; readonly changes: Partial<Pick<Fees, "seatPrice" | "platformFee">> }
  /** `null`: no exit before the term ends; changes to none start from the playbook's exit. */
  | { readonly type: "exit"; readonly changes: Partial<ExitTerms> | null }
  /** Price protection on (the playbook's clause) or off. */
  | { readonly type: "priceProtection"; readonly on: boolean }
  | { readonly type: "keptDiscount"; readonly kept: PriceProtection["keptDiscount"] }
  /** The whole list schedule (from the catalog's history). */
  | { readonly type: "listSchedule"; readonly steps: readonly ListStep[] }
  | { readonly type: "listStepMonth"; readonly row: number; readonly fromMonth: number }
  /** Factor of pool model `index` in step `row`. */
  | {
      readonly type: "listStepFactor";
      readonly row: number;
      readonly index: number;
      readonly factor: number;
    }
  | { readonly type: "addListStep" }
  | { readonly type: "removeListStep"; readonly row: number };

const inPool = (models: readonly PoolModel[], name: string) => models.some((m) => m.model === name);

/**
 * The model "Add model" proposes: the catalog's first model of the offer's vendor not in the pool
 * yet, else its first model not in the pool; without a catalog, the first model's prices unnamed.
 */
function nextPoolModel(offer: Offer, catalog: readonly ModelPrice[]): PoolModel {
  const unused = catalog.filter((m) => !inPool(offer.models, m.model));
  const pick = unused.find((m) => m.vendor === offer.vendor) ?? unused[0];
  const first = offer.models[0];
  return {
    model: pick?.model ?? "",
    share: 0,
    list: pick === undefined ? first.list : listPricesOf(pick),
    batchShare: 0,
    longContextShare: 0,
  };
}

/** The list schedule with `edit` applied to each step's factors (one per pool model). */
function withFactors(
  protection: PriceProtection | null,
  edit: (factors: readonly number[]) => number[]
): PriceProtection | null {
  if (protection === null) return null;
  const listSchedule = protection.listSchedule.map((step) => ({
    ...step,
    factors: edit(step.factors),
  }));
  return { ...protection, listSchedule };
}

function addPoolModel(offer: FormOffer, catalog: readonly ModelPrice[]): FormOffer {
  if (offer.models.length >= MAX_POOL_MODELS) return offer;
  return {
    ...offer,
    models: [...offer.models, nextPoolModel(offer, catalog)],
    priceProtection: withFactors(offer.priceProtection, (factors) => [...factors, 1]),
  };
}

function removePoolModel(offer: FormOffer, index: number): FormOffer {
  const removed = offer.models[index];
  if (removed === undefined || offer.models.length <= 1) return offer;
  const left = removeAt(offer.models, index);
  const heir = left[0];
  const share = dec(heir.share).plus(dec(removed.share)).toNumber();
  return {
    ...offer,
    models: Number.isFinite(share) ? replaceAt(left, 0, { ...heir, share }) : left,
    priceProtection: withFactors(offer.priceProtection, (factors) => removeAt(factors, index)),
  };
}

function editSchedule(
  offer: FormOffer,
  edit: (steps: readonly ListStep[]) => readonly ListStep[]
): FormOffer {
  const protection = offer.priceProtection;
  if (protection === null) return offer;
  return {
    ...offer,
    priceProtection: { ...protection, listSchedule: edit(protection.listSchedule) },
  };
}

/** A step a year after the last (from month 13 for the first), at the prices of the step before. */
function addListStep(offer: FormOffer, steps: readonly ListStep[]): readonly ListStep[] {
  if (steps.length >= MAX_LIST_STEPS) return steps;
  const last = steps[steps.length - 1];
  const fromMonth = (last?.fromMonth ?? 1) + 12;
  const factors = last?.factors ?? offer.models.map(() => 1);
  return [...steps, { fromMonth, factors: [...factors] }];
}

/** The offer after one change of its pool or terms. Pure. */
export function editTerms(offer: FormOffer, edit: TermEdit): FormOffer {
  switch (edit.type) {
    case "addPoolModel":
      return addPoolModel(offer, edit.catalog);
    case "removePoolModel":
      return removePoolModel(offer, edit.index);
    case "poolCatalogModel":
      return editPoolModel(offer, edit.index, (m) => ({
        ...m,
        model: edit.model.model,
        list: listPricesOf(edit.model),
      }));
    case "poolModelName":
      return editPoolModel(offer, edit.index, (m) => ({ ...m, model: edit.name }));
    case "yearAmount": {
      const amounts = withYearValue(offer.commitment.amounts, edit.year, edit.amount, {
        years: termYears(offer),
      });
      return { ...offer, commitment: { ...offer.commitment, amounts } };
    }
    case "yearSeats": {
      const seats = withYearValue(offer.fees.seats, edit.year, edit.seats, {
        years: termYears(offer),
      });
      return { ...offer, fees: { ...offer.fees, seats } };
    }
    case "billing":
      return { ...offer, billing: { ...offer.billing, ...edit.changes } };
    case "burst":
      return {
        ...offer,
        burst: edit.changes && { ...(offer.burst ?? BURST_WHEN_ON), ...edit.changes },
      };
    case "fees":
      return { ...offer, fees: { ...offer.fees, ...edit.changes } };
    case "exit": {
      if (edit.changes === null) return { ...offer, exit: null };
      // The innovation exit's month 18, or the term's last month when it is shorter.
      const term = offer.termMonths;
      const earliestMonth =
        Number.isInteger(term) && term >= 1
          ? Math.min(EXIT_WHEN_ON.earliestMonth, term)
          : EXIT_WHEN_ON.earliestMonth;
      const start = offer.exit ?? { ...EXIT_WHEN_ON, earliestMonth };
      return { ...offer, exit: { ...start, ...edit.changes } };
    }
    case "priceProtection":
      if (edit.on === (offer.priceProtection !== null)) return offer;
      return { ...offer, priceProtection: edit.on ? PROTECTION_WHEN_ON : null };
    case "keptDiscount":
      return offer.priceProtection === null
        ? offer
        : { ...offer, priceProtection: { ...offer.priceProtection, keptDiscount: edit.kept } };
    case "listSchedule":
      return editSchedule(offer, () => edit.steps);
    case "listStepMonth":
      return editSchedule(offer, (steps) =>
        steps[edit.row] === undefined
          ? steps
          : replaceAt(steps, edit.row, { ...steps[edit.row], fromMonth: edit.fromMonth })
      );
    case "listStepFactor":
      return editSchedule(offer, (steps) => {
        const step = steps[edit.row];
        if (step === undefined || edit.index >= step.factors.length) return steps;
        const factors = replaceAt(step.factors, edit.index, edit.factor);
        return replaceAt(steps, edit.row, { ...step, factors });
      });
    case "addListStep":
      return editSchedule(offer, (steps) => addListStep(offer, steps));
    case "removeListStep":
      return editSchedule(offer, (steps) => removeAt(steps, edit.row));
  }
}
