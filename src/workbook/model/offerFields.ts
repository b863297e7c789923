import type { Offer, UsageForecast } from "../../dealModel";
import type { CellValue } from "../plan";
import { moneyFields, type MoneyFieldName } from "./moneyFields";

/*
 * The single-cell inputs of an offer on the model sheet, in the order they are shown, with the
 * offer's values. Only the fields the offer's formulas read are listed (a discount offer has list
 * prices and shares, a tiered one a tier mode). The lists (tiers, ramp, SLA table) are ranges of
 * their own, laid out in modelLayout.ts.
 */

export type OfferFieldName =
  | "vendor"
  | "model"
  | "term"
  | "usageSource"
  | "inputTokens"
  | "outputTokens"
  | "growth"
  | "pricing"
  | "tierMode"
  | "discount"
  | "listInput"
  | "listOutput"
  | "listCacheHit"
  | "listCacheWrite"
  | "listBatchInput"
  | "listBatchOutput"
  | "batchShare"
  | "cacheHitShare"
  | "cacheWriteShare"
  | "commitment"
  | "commitmentPeriod"
  | "rolloverCap"
  | "expiry"
  | "trueUp"
  | "overageRate"
  | "renewalCap"
  | "slaCap"
  | "slaTarget"
  | "slaPerStep"
  | "slaStep"
  | MoneyFieldName;

/**
 * `input`: a yellow cell the user may change. `fixed`: shapes the sheet (the formulas were written
 * for it), so it is shown but changing it means writing a new model. `term`: counted from the
 * schedule's months by a formula. `formula`: worked out from other fields (`formulaOf`).
 */
export type FieldKind = "input" | "fixed" | "term" | "formula";

export interface OfferField {
  readonly name: OfferFieldName;
  readonly label: string;
  readonly kind: FieldKind;
  readonly value: CellValue;
  readonly numberFormat?: string;
  /** A `formula` field's formula, from the addresses of the fields it reads. */
  readonly formulaOf?: (field: (name: OfferFieldName) => string) => string;
}

const MONEY = "$#,##0";
const PRICE = "$#,##0.00";
const TOKENS = "#,##0";
const PERCENT = "0.0%";
const UPTIME = "0.00%";
const MONTHS = "0";

const input = (
  name: OfferFieldName,
  label: string,
  value: CellValue,
  numberFormat?: string
): OfferField => ({ name, label, kind: "input", value, numberFormat });

const fixed = (name: OfferFieldName, label: string, value: CellValue): OfferField => ({
  name,
  label,
  kind: "fixed",
  value,
});

function pricingFields(offer: Offer): OfferField[] {
  const { pricing } = offer;
  if (pricing.kind === "tiers") {
    return [
      fixed("pricing", "Pricing (fixed when written)", "Volume tiers (list at right)"),
      input("tierMode", "Tier mode: graduated, volume or stairstep", pricing.mode),
    ];
  }
  return [
    fixed("pricing", "Pricing (fixed when written)", "Discount from list price"),
    input("discount", "Discount from list price", pricing.discount, PERCENT),
  ];
}

/**
 * The list prices and the usage mix: every offer is priced on the same mix and measured against
 * its list prices. A missing cache or batch price is the standard one: written as such, so the
 * cell shows it.
 */
function mixFields(offer: Offer): OfferField[] {
  // The sheet prices the pool's first model, as the schedule does until the pool is priced.
  const [{ list, batchShare }] = offer.models;
  return [
    input("listInput", "List price: input (USD per M tokens)", list.input, PRICE),
    input("listOutput", "List price: output (USD per M tokens)", list.output, PRICE),
    input("listCacheHit", "List price: cache hit (USD per M)", list.cacheHit ?? list.input, PRICE),
    input(
      "listCacheWrite",
      "List price: cache write (USD per M)",
      list.cacheWrite ?? list.input,
      PRICE
    ),
    input(
      "listBatchInput",
      "List price: batch input (USD per M)",
      list.batchInput ?? list.input,
      PRICE
    ),
    input(
      "listBatchOutput",
      "List price: batch output (USD per M)",
      list.batchOutput ?? list.output,
      PRICE
    ),
    input("batchShare", "Batch share of tokens", batchShare, PERCENT),
    input("cacheHitShare", "Cache-hit share of other input", offer.cacheHitShare, PERCENT),
    input("cacheWriteShare", "Cache-write share of other input", offer.cacheWriteShare, PERCENT),
  ];
}

function slaFields(offer: Offer): OfferField[] {
  const { sla } = offer;
  const common = [input("slaCap", "Largest credit (share of a month's charge)", sla.cap, PERCENT)];
  if (sla.schedule.kind === "table") return common;
  return [
    ...common,
    input("slaTarget", "SLA target uptime (linear clause)", sla.schedule.target, UPTIME),
    input("slaPerStep", "Credit per step below target", sla.schedule.perStep, PERCENT),
    input("slaStep", "Step (uptime)", sla.schedule.step ?? 0.001, UPTIME),
  ];
}

function forecastFields(forecast: UsageForecast): OfferField[] {
  if (forecast.kind === "cells") {
    // Shown as text: the schedule's token columns read the range itself.
    return [
      fixed("usageSource", "Usage forecast (input, output tokens in M)", `From ${forecast.source}`),
    ];
  }
  return [
    input("inputTokens", "Input tokens in month 1 (millions)", forecast.inputTokensM, TOKENS),
    input("outputTokens", "Output tokens in month 1 (millions)", forecast.outputTokensM, TOKENS),
    input("growth", "Usage growth per month", forecast.monthlyGrowth, PERCENT),
  ];
}

/** The offer's single-cell inputs, in display order. */
export function offerFields(offer: Offer): OfferField[] {
  const { forecast, commitment } = offer;
  return [
    input("vendor", "Vendor", offer.vendor),
    input("model", "Model", offer.model),
    { name: "term", label: "Term in months (fixed when written)", kind: "term", value: null },
    ...forecastFields(forecast),
    ...pricingFields(offer),
    ...mixFields(offer),
    // One amount for every contract year: termsNotYetPriced refuses amounts that differ by year.
    input(
      "commitment",
      `Committed spend (USD per ${commitment.per})`,
      commitment.amounts[0],
      MONEY
    ),
    fixed("commitmentPeriod", "Commitment period (fixed when written)", commitment.per),
    input(
      "rolloverCap",
      "Share of unused commitment that rolls over",
      commitment.rolloverCap,
      PERCENT
    ),
    input(
      "expiry",
      "Months a rolled amount lasts (blank: no limit)",
      commitment.expiryMonths ?? null,
      MONTHS
    ),
    input(
      "trueUp",
      "True-up every so many months (blank: none)",
      commitment.trueUpMonths ?? null,
      MONTHS
    ),
    input("overageRate", "Overage rate (× the price in force)", offer.overageRate, "0.00"),
    ...moneyFields(offer),
    input("renewalCap", "Renewal uplift cap (per year)", offer.renewalUpliftCap, PERCENT),
    ...slaFields(offer),
  ];
}
