import { rampPrice, tieredCost } from "../pricing";
import { Dec, ONE, ZERO, dec, quotient } from "../pricing/decimal";
import { contractYears, type MonthUsage, type Offer, type UsageForecast } from "./offer";
import { factorsInForce } from "./listSchedule";
import { poolCost, poolPrices, standardCost, type TokenPrices } from "./usageMix";

/*
 * The usage half of a month of the schedule (schedule.ts, rules 1 to 3): the month's tokens, what
 * they cost at list prices and at the offer's, and the price factor in force. Each month stands
 * alone, so the offer's checks (offerBounds.ts) can price the months where figures peak without
 * computing the whole term.
 */

/** Σ values, exact, rounded once. */
export const sumOf = (values: readonly number[]): number =>
  values.reduce((sum: Dec, v) => sum.plus(dec(v)), ZERO).toNumber();

/** x × y × z, exact, rounded once. */
const product = (...factors: number[]): number =>
  factors.reduce((p: Dec, f) => p.times(dec(f)), ONE).toNumber();

/** Month 1 … term: each contract year's ramp step in the year's first month, 0 elsewhere. */
export function monthlyRamp(offer: Offer): number[] {
  return Array.from({ length: offer.termMonths }, (_, i) =>
    i % 12 === 0 ? (offer.ramp[i / 12] ?? 0) : 0
  );
}

/** The price factor of `month` (past the term, the renewal cap compounds monthly, as RAMPPRICE does). */
export function priceFactor(offer: Offer, ramp: readonly number[], month: number): number {
  return rampPrice({
    base: 1,
    period: month,
    ramp,
    uplift: offer.renewalUpliftCap,
    term: offer.termMonths,
  });
}

/** Tokens of month m at the forecast: start × (1 + growth)^(m − 1), exact; or the month's cells. */
export function exactForecastTokens(
  forecast: UsageForecast,
  month: number
): { readonly inputTokensM: Dec; readonly outputTokensM: Dec } {
  if (forecast.kind === "cells") {
    const { inputTokensM, outputTokensM } = forecast.months[month - 1];
    return { inputTokensM: dec(inputTokensM), outputTokensM: dec(outputTokensM) };
  }
  const growth = ONE.plus(dec(forecast.monthlyGrowth)).pow(month - 1);
  return {
    inputTokensM: dec(forecast.inputTokensM).times(growth),
    outputTokensM: dec(forecast.outputTokensM).times(growth),
  };
}

/** Tokens of month m at the forecast, as the sheet's cells hold them. */
function forecastTokens(forecast: UsageForecast, month: number): MonthUsage {
  const exact = exactForecastTokens(forecast, month);
  return {
    inputTokensM: exact.inputTokensM.toNumber(),
    outputTokensM: exact.outputTokensM.toNumber(),
  };
}

/** The usage figures of one month of the schedule, each the number its cell shows. */
export interface MonthUsageCost {
  readonly month: number;
  /** Input and output tokens at the forecast (100%). */
  readonly inputTokensM: number;
  readonly outputTokensM: number;
  /** Input + output tokens at the scenario. */
  readonly totalTokensM: number;
  /** The scenario's usage at list prices at signing, with the usage mix and the pool. */
  readonly listCost: number;
  /** The forecast's usage at list prices at signing. */
  readonly forecastListCost: number;
  /** The forecast's usage at the list prices of the month's step of the list schedule. */
  readonly listCostInForce: number;
  /** List cost ÷ list cost at standard rates. */
  readonly mix: number;
  /** Usage cost at year-1 prices and at the forecast. */
  readonly forecastBaseCost: number;
  /** Price factor in force. */
  readonly factor: number;
  /** Usage cost of the scenario at the contract's prices in force (before price protection). */
  readonly usageCost: number;
}

/** The pool's list prices at signing, priced once per schedule. */
export const signingPrices = (offer: Offer): TokenPrices => poolPrices(offer);

/**
 * The price factor of each contract year of the term. The ramp steps fall on the years' first
 * months, so every month of a year has its first month's factor.
 * @param ramp The offer's monthlyRamp.
 */
export function yearPriceFactors(offer: Offer, ramp: readonly number[]): number[] {
  return Array.from({ length: contractYears(offer.termMonths) }, (_, y) =>
    priceFactor(offer, ramp, 12 * y + 1)
  );
}

/**
 * The usage figures of `month` (schedule.ts, rules 1 to 3 and the list prices of rule 5), for an
 * offer already checked.
 * @param factor The price factor in force (yearPriceFactors).
 * @param prices The pool's list prices at signing (signingPrices).
 * @throws PricingError when a figure is beyond what the pricing core takes or a cell holds.
 */
export function monthUsage(
  offer: Offer,
  month: number,
  scenarioFactor: number,
  factor: number,
  prices: TokenPrices = signingPrices(offer)
): MonthUsageCost {
  const { pricing } = offer;
  const { inputTokensM, outputTokensM } = forecastTokens(offer.forecast, month);
  const forecastTokensM = sumOf([inputTokensM, outputTokensM]);
  const totalTokensM = product(forecastTokensM, scenarioFactor);
  const forecastList = poolCost(prices, inputTokensM, outputTokensM);
  const forecastListCost = forecastList.toNumber();
  const listCost = product(forecastListCost, scenarioFactor);
  const standard = standardCost(offer.models[0].list, inputTokensM, outputTokensM);
  const mix = (standard.isZero() ? ONE : quotient(forecastList, standard)).toNumber();
  const listCostInForce = offer.priceProtection
    ? poolCost(
        poolPrices(offer, factorsInForce(offer, month)),
        inputTokensM,
        outputTokensM
      ).toNumber()
    : forecastListCost;
  const forecastBaseCost =
    pricing.kind === "tiers"
      ? product(tieredCost(forecastTokensM, pricing.tiers, pricing.mode), mix)
      : forecastList.times(ONE.minus(dec(pricing.discount))).toNumber();
  // As the sheet's usage-cost cell: tiers price the scenario's tokens; a discount scales the
  // forecast's cost (the same number, as the discount formula is linear in tokens).
  const usageCost =
    pricing.kind === "tiers"
      ? product(tieredCost(totalTokensM, pricing.tiers, pricing.mode), mix, factor)
      : product(forecastBaseCost, scenarioFactor, factor);
  return {
    month,
    inputTokensM,
    outputTokensM,
    totalTokensM,
    listCost,
    forecastListCost,
    listCostInForce,
    mix,
    forecastBaseCost,
    factor,
    usageCost,
  };
}
