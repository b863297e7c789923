import {
  PLAYBOOK_LINEAR_SLA,
  SLA_SCHEDULES,
  type ModelPrice,
  type SlaSchedule,
} from "../../content/catalog";
import {
  MAX_UPTIME_OUTCOMES,
  listPricesOf,
  type CellsForecast,
  type Commitment,
  type GrowthForecast,
  type ListPrices,
  type Offer,
  type OfferSla,
  type PoolModel,
  type UptimeOutcome,
} from "../../dealModel";
import type { CreditSchedule, CreditTableRow, Tier, TierMode } from "../../pricing";
import { dec } from "../../pricing/decimal";
import { type ForecastKind, type FormOffer, withForecastKind } from "./forecastKind";
import { editTerms, type TermEdit } from "./editTerms";
import { editPoolModel, removeAt, replaceAt } from "./listEdits";
import { startingTiers } from "./startingTiers";
import { withYearValue } from "./termYears";

/** The linear clause's own terms (its cap is the offer's SLA cap). */
type LinearTerms = Omit<Extract<CreditSchedule, { kind: "linear" }>, "kind">;

/** One change the form makes to one offer. Lists (tiers, SLA rows) are addressed by row index. */
export type OfferEdit =
  | {
      readonly type: "offer";
      readonly changes: Partial<
        Pick<
          Offer,
          | "vendor"
          | "model"
          | "termMonths"
          | "startMonth"
          | "cacheHitShare"
          | "cacheWriteShare"
          | "overageRate"
          | "renewalUpliftCap"
        >
      >;
    }
  /** A model picked from the catalog: its vendor, and its name and list prices for the first pool model. */
  | { readonly type: "catalogModel"; readonly model: ModelPrice }
  /** A pool model's shares (its name and prices have edits of their own), by index. */
  | {
      readonly type: "poolModel";
      readonly index: number;
      readonly changes: Partial<Pick<PoolModel, "share" | "batchShare" | "longContextShare">>;
    }
  /** A start or the growth of a growth forecast. */
  | {
      readonly type: "forecast";
      readonly changes: Partial<Omit<GrowthForecast, "kind">>;
    }
  | { readonly type: "forecastKind"; readonly kind: ForecastKind }
  /** The cells read from the workbook, for a forecast from cells. */
  | { readonly type: "forecastCells"; readonly forecast: CellsForecast }
  /** List prices of the pool model at `index`. */
  | { readonly type: "list"; readonly index: number; readonly changes: Partial<ListPrices> }
  | { readonly type: "pricingKind"; readonly kind: Offer["pricing"]["kind"] }
  | { readonly type: "discount"; readonly discount: number }
  | { readonly type: "tierMode"; readonly mode: TierMode }
  | { readonly type: "tier"; readonly row: number; readonly changes: Partial<Tier> }
  | { readonly type: "addTier" }
  | { readonly type: "removeTier"; readonly row: number }
  /** An optional field set to `undefined` is removed (no expiry, no true-up). */
  | { readonly type: "commitment"; readonly changes: Partial<Commitment> }
  /** The change of contract year `year + 1`. */
  | { readonly type: "rampStep"; readonly year: number; readonly change: number }
  | { readonly type: "slaKind"; readonly kind: CreditSchedule["kind"] }
  /** A credit table from a catalog schedule's rows, in place of the schedule the offer had. */
  | { readonly type: "slaSchedule"; readonly schedule: SlaSchedule }
  | { readonly type: "slaRow"; readonly row: number; readonly changes: Partial<CreditTableRow> }
  | { readonly type: "addSlaRow" }
  | { readonly type: "removeSlaRow"; readonly row: number }
  | { readonly type: "slaLinear"; readonly changes: Partial<LinearTerms> }
  | { readonly type: "sla"; readonly changes: Partial<Pick<OfferSla, "cap">> }
  | { readonly type: "outcome"; readonly row: number; readonly changes: Partial<UptimeOutcome> }
  | { readonly type: "addOutcome" }
  | { readonly type: "removeOutcome"; readonly row: number }
  | TermEdit;

/** Drops optional fields set to undefined, so that "no expiry" is an absent field, as Offer has it. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function editTiers(offer: Offer, edit: (tiers: readonly Tier[]) => readonly Tier[]): Offer {
  if (offer.pricing.kind !== "tiers") return offer;
  return { ...offer, pricing: { ...offer.pricing, tiers: edit(offer.pricing.tiers) } };
}

/**
 * A new tier before the unbounded last one, so that the table still prices any volume: twice the
 * bound above it (or 1,000 M tokens for the first), at the last tier's price, without a fee.
 */
function addTier(tiers: readonly Tier[]): Tier[] {
  const last = tiers[tiers.length - 1];
  const previousBound = tiers.length > 1 ? tiers[tiers.length - 2].upTo : 0;
  const upTo = previousBound > 0 ? previousBound * 2 : 1_000;
  return [...tiers.slice(0, -1), { upTo, price: last.price, flatFee: 0 }, last];
}

/** Removes a tier, keeping at least one; the last tier left stays unbounded. */
function removeTier(tiers: readonly Tier[], row: number): readonly Tier[] {
  if (tiers.length <= 1) return tiers;
  const left = removeAt(tiers, row);
  const last = left.length - 1;
  return replaceAt(left, last, { ...left[last], upTo: Infinity });
}

function editTable(
  offer: Offer,
  edit: (rows: readonly CreditTableRow[]) => readonly CreditTableRow[]
): Offer {
  const { schedule } = offer.sla;
  if (schedule.kind !== "table") return offer;
  return {
    ...offer,
    sla: { ...offer.sla, schedule: { kind: "table", rows: edit(schedule.rows) } },
  };
}

/** A row under the last: one percentage point lower, at the same credit, for the user to adjust. */
function addSlaRow(rows: readonly CreditTableRow[]): CreditTableRow[] {
  const last = rows[rows.length - 1];
  const threshold = Math.max(0, dec(last.threshold).minus(0.01).toNumber());
  return [...rows, { threshold, share: last.share }];
}

function editOutcomes(
  offer: Offer,
  edit: (outcomes: readonly UptimeOutcome[]) => readonly UptimeOutcome[]
): Offer {
  return { ...offer, sla: { ...offer.sla, uptimeOutcomes: edit(offer.sla.uptimeOutcomes) } };
}

/**
 * An outcome under the last: half a percentage point lower, at probability 0, so the
 * probabilities still add up until the user moves some weight to it.
 */
function addOutcome(outcomes: readonly UptimeOutcome[]): UptimeOutcome[] {
  const last = outcomes[outcomes.length - 1];
  const uptime = Math.max(
    0,
    dec(last?.uptime ?? 1)
      .minus(0.005)
      .toNumber()
  );
  return [...outcomes, { uptime, probability: 0 }];
}

/** A catalog schedule's credit table, copied so that edits never reach the catalog. */
const tableOf = (schedule: SlaSchedule): CreditSchedule => ({
  kind: "table",
  rows: schedule.rows.map(({ threshold, share }) => ({ threshold, share })),
});

/** The schedule of the kind chosen: the playbook's linear clause, or the first catalog table. */
function scheduleOfKind(offer: Offer, kind: CreditSchedule["kind"]): CreditSchedule {
  const { schedule } = offer.sla;
  if (schedule.kind === kind) return schedule;
  if (kind === "linear") {
    const { target, perStep, step } = PLAYBOOK_LINEAR_SLA;
    return { kind, target, perStep, step };
  }
  return tableOf(SLA_SCHEDULES[0]);
}

/**
 * The offer after one change from the form. Pure: the offer given is left as it is. Every change
 * spreads the offer, so what the form set aside (FormOffer) stays with it.
 */
export function editOffer(offer: FormOffer, edit: OfferEdit): FormOffer {
  switch (edit.type) {
    case "offer":
      return { ...offer, ...edit.changes };
    case "catalogModel":
      return editPoolModel(
        { ...offer, vendor: edit.model.vendor, model: edit.model.model },
        0,
        (m) => ({
          ...m,
          model: edit.model.model,
          list: listPricesOf(edit.model),
        })
      );
    case "poolModel":
      return editPoolModel(offer, edit.index, (m) => ({ ...m, ...edit.changes }));
    case "forecast":
      return offer.forecast.kind === "cells"
        ? offer
        : { ...offer, forecast: { ...offer.forecast, ...edit.changes } };
    case "forecastKind":
      return withForecastKind(offer, edit.kind);
    case "forecastCells":
      // Cells read after the user switched back to growth are not theirs any more.
      return offer.forecast.kind === "cells" ? { ...offer, forecast: edit.forecast } : offer;
    case "list":
      return editPoolModel(offer, edit.index, (m) => ({
        ...m,
        list: { ...m.list, ...edit.changes },
      }));
    case "pricingKind":
      if (offer.pricing.kind === edit.kind) return offer;
      return {
        ...offer,
        pricing:
          edit.kind === "discount"
            ? { kind: "discount", discount: 0 }
            : { kind: "tiers", mode: "graduated", tiers: startingTiers(offer) },
      };
    case "discount":
      return offer.pricing.kind === "discount"
        ? { ...offer, pricing: { kind: "discount", discount: edit.discount } }
        : offer;
    case "tierMode":
      return offer.pricing.kind === "tiers"
        ? { ...offer, pricing: { ...offer.pricing, mode: edit.mode } }
        : offer;
    case "tier":
      return editTiers(offer, (tiers) =>
        replaceAt(tiers, edit.row, { ...tiers[edit.row], ...edit.changes })
      );
    case "addTier":
      return editTiers(offer, addTier);
    case "removeTier":
      return editTiers(offer, (tiers) => removeTier(tiers, edit.row));
    case "commitment": {
      const commitment = withoutUndefined({ ...offer.commitment, ...edit.changes });
      // A burst allowance is a monthly commitment's: an annual pool absorbs spikes already.
      const burst = commitment.per === "month" ? offer.burst : null;
      return { ...offer, commitment, burst };
    }
    case "rampStep":
      return { ...offer, ramp: withYearValue(offer.ramp, edit.year, edit.change, { fill: 0 }) };
    case "slaKind":
      return { ...offer, sla: { ...offer.sla, schedule: scheduleOfKind(offer, edit.kind) } };
    case "slaSchedule":
      return { ...offer, sla: { ...offer.sla, schedule: tableOf(edit.schedule) } };
    case "slaRow":
      return editTable(offer, (rows) =>
        replaceAt(rows, edit.row, { ...rows[edit.row], ...edit.changes })
      );
    case "addSlaRow":
      return editTable(offer, addSlaRow);
    case "removeSlaRow":
      return editTable(offer, (rows) => (rows.length <= 1 ? rows : removeAt(rows, edit.row)));
    case "slaLinear": {
      const { schedule } = offer.sla;
      if (schedule.kind !== "linear") return offer;
      const linear = withoutUndefined({ ...schedule, ...edit.changes });
      return { ...offer, sla: { ...offer.sla, schedule: linear } };
    }
    case "sla":
      return { ...offer, sla: { ...offer.sla, ...edit.changes } };
    case "outcome":
      return editOutcomes(offer, (outcomes) =>
        replaceAt(outcomes, edit.row, { ...outcomes[edit.row], ...edit.changes })
      );
    case "addOutcome":
      return editOutcomes(offer, (outcomes) =>
        outcomes.length >= MAX_UPTIME_OUTCOMES ? outcomes : addOutcome(outcomes)
      );
    case "removeOutcome":
      return editOutcomes(offer, (outcomes) =>
        outcomes.length <= 1 ? outcomes : removeAt(outcomes, edit.row)
      );
    default:
      return editTerms(offer, edit);
  }
}
