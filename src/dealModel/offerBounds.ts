import Decimal from "decimal.js";
import { contractYears, type Offer } from "./offer";
import type { OfferProblem } from "./problemRules";
import { poolPrices } from "./usageMix";

/*
 * Bounds on what the figures of an offer's model may reach, checked before anything is priced.
 * Each field can be valid alone while together they overflow: 1000% growth a month for 600 months
 * gives month 600 about 10^628 tokens, past the 1.8E+308 a cell holds, and the pricing core
 * refuses it. So every monthly figure of the model (tokens of input or of output in millions, a
 * dollar amount, a price factor) is held to a trillion (1E+12). No contract comes near it, and
 * it keeps a 600-month term's totals, at 150% of the forecast, near 10^15 at most: far below
 * what a cell holds.
 *
 * The fixed fees are held to the same bound: a year's commitment, a month's seats, a year's
 * platform fee.
 *
 * The checks are estimates in 20 significant digits (no overflow, fast enough for every
 * keystroke), of the same formulas the schedule uses: exact for tokens, list cost, discounted
 * cost and price factors; for a tier table, an upper bound (tokens × its highest price + all its
 * flat fees), since a volume or stairstep cost is not monotone in tokens. Within a contract year
 * the price factor is fixed, so a year's figures peak in its month of most tokens.
 */

/** The most any monthly figure of the model may reach: tokens (M), dollars, a price factor. */
export const MAX_MONTHLY_FIGURE = 1e12;

const TRILLION = "a trillion (1E+12)";

const MESSAGES = {
  startTokens: `expected at most ${TRILLION} M tokens a month`,
  growth: (month: number, term: number) =>
    `expected growth that keeps every month within ${TRILLION} M tokens; month ${month} of ${term} goes past it`,
  cellsMonth: (month: number) => `month ${month}: expected at most ${TRILLION} M tokens of each`,
  commitment: `expected at most ${TRILLION} dollars`,
  seats: `expected at most ${TRILLION} seats`,
  seatCost: `expected seats to cost at most ${TRILLION} dollars a month`,
  priceFactor: (year: number, factor: string) =>
    `expected prices at most ${TRILLION} times the offer's; year ${year}'s would be ${factor} times`,
  renewalFactor: (factor: string) =>
    `expected prices at renewal at most ${TRILLION} times the offer's; they would be ${factor} times`,
  mixFactor: (factor: string) =>
    `expected cache and batch prices at most ${TRILLION} times the standard ones; the mix factor would be ${factor}`,
  usageCost: (year: number, cost: string, where: string) =>
    `expected each month's usage to cost at most ${TRILLION} dollars; in year ${year} it could reach $${cost} ${where}`,
  overage: (year: number, charge: string) =>
    `expected each month's overage charge to be at most ${TRILLION} dollars; in year ${year} it could reach $${charge}`,
} as const;

/** Estimates: 20 significant digits and decimal.js's exponent range, so nothing overflows. */
const Estimate = Decimal.clone({ precision: 20, minE: -9e15, maxE: 9e15 });
type Estimate = Decimal;
const MAX = new Estimate(MAX_MONTHLY_FIGURE);
const ONE = new Estimate(1);
const estimate = (value: number | Decimal): Estimate => new Estimate(value);
const tooLarge = (value: Estimate) => value.gt(MAX);
/** "2.3E+13", as Excel shows a large number. */
const shown = (value: Estimate) => value.toExponential(1).replace("e+", "E+");

/** Price factor of each contract year: Π (1 + change) up to the year, as RAMPPRICE's steps give it. */
function yearFactors(offer: Offer): Estimate[] {
  const factors: Estimate[] = [];
  let factor = ONE;
  for (let year = 1; year <= contractYears(offer.termMonths); year++) {
    factor = factor.times(ONE.plus(estimate(offer.ramp[year - 1] ?? 0)));
    factors.push(factor);
  }
  return factors;
}

/** One month's usage, enough to bound its costs: tokens, list cost and mix factor at the forecast. */
interface MonthEstimate {
  readonly month: number;
  readonly inputTokensM: Estimate;
  readonly outputTokensM: Estimate;
  readonly listCost: Estimate;
  readonly mix: Estimate;
}

/** What the usage mix costs at list prices per M input and per M output tokens (mixCost is linear). */
interface MixPrices {
  readonly input: Estimate;
  readonly output: Estimate;
}

/**
 * The pool's blended list prices (schedule.ts, rule 2), at the highest factor of the list
 * schedule, so that the list cost in force is bounded too.
 */
function mixPrices(offer: Offer): MixPrices {
  const prices = poolPrices(offer);
  const steps = offer.priceProtection?.listSchedule ?? [];
  const most = estimate(Math.max(1, ...steps.flatMap((step) => step.factors)));
  return { input: estimate(prices.input).times(most), output: estimate(prices.output).times(most) };
}

/** A month's tokens with their list cost and mix factor (usageMix.ts), estimated. */
function monthEstimate(
  offer: Offer,
  prices: MixPrices,
  month: number,
  inputTokensM: Estimate,
  outputTokensM: Estimate
): MonthEstimate {
  const listCost = inputTokensM.times(prices.input).plus(outputTokensM.times(prices.output));
  const { list } = offer.models[0];
  const standard = inputTokensM
    .times(estimate(list.input))
    .plus(outputTokensM.times(estimate(list.output)));
  const mix = standard.isZero() ? ONE : listCost.div(standard);
  return { month, inputTokensM, outputTokensM, listCost, mix };
}

/** The month of most tokens in each contract year, for a forecast by growth; problems first. */
function growthPeaks(offer: Offer, problems: OfferProblem[]): MonthEstimate[] {
  const { forecast, termMonths: term } = offer;
  if (forecast.kind === "cells") return [];
  const start = [forecast.inputTokensM, forecast.outputTokensM];
  if (start[0] > MAX_MONTHLY_FIGURE || start[1] > MAX_MONTHLY_FIGURE) {
    start.forEach((tokens, i) => {
      const field = i === 0 ? "forecast.inputTokensM" : "forecast.outputTokensM";
      if (tokens > MAX_MONTHLY_FIGURE) problems.push({ field, message: MESSAGES.startTokens });
    });
    return [];
  }
  const rate = ONE.plus(estimate(forecast.monthlyGrowth));
  const larger = estimate(Math.max(...start));
  const peakOf = (month: number) => larger.times(rate.pow(month - 1));
  if (tooLarge(peakOf(term))) {
    // Tokens grow month on month: the first month past the bound, by bisection.
    let [within, past] = [1, term];
    while (past - within > 1) {
      const middle = Math.floor((within + past) / 2);
      if (tooLarge(peakOf(middle))) past = middle;
      else within = middle;
    }
    problems.push({ field: "forecast.monthlyGrowth", message: MESSAGES.growth(past, term) });
    return [];
  }
  const prices = mixPrices(offer);
  const growing = forecast.monthlyGrowth > 0;
  return Array.from({ length: contractYears(term) }, (_, y) => {
    const month = growing ? Math.min(12 * (y + 1), term) : 12 * y + 1;
    const scale = rate.pow(month - 1);
    const [input, output] = start.map((tokens) => estimate(tokens).times(scale));
    return monthEstimate(offer, prices, month, input, output);
  });
}

/** Every month of a forecast from cells; problems first. */
function cellMonths(offer: Offer, problems: OfferProblem[]): MonthEstimate[] {
  const { forecast } = offer;
  if (forecast.kind !== "cells") return [];
  const months = forecast.months.slice(0, offer.termMonths);
  const past = months.findIndex(
    (m) => m.inputTokensM > MAX_MONTHLY_FIGURE || m.outputTokensM > MAX_MONTHLY_FIGURE
  );
  if (past >= 0) {
    problems.push({ field: "forecast.months", message: MESSAGES.cellsMonth(past + 1) });
    return [];
  }
  const prices = mixPrices(offer);
  return months.map((m, i) =>
    monthEstimate(offer, prices, i + 1, estimate(m.inputTokensM), estimate(m.outputTokensM))
  );
}

/** The most the offer's prices may charge for a month's usage at year-1 prices. */
function yearOneCost(offer: Offer, m: MonthEstimate): Estimate {
  const { pricing } = offer;
  if (pricing.kind === "discount") return m.listCost.times(ONE.minus(estimate(pricing.discount)));
  const highest = Math.max(...pricing.tiers.map((tier) => tier.price));
  const fees = pricing.tiers.reduce((sum, tier) => sum.plus(estimate(tier.flatFee)), estimate(0));
  const tokens = m.inputTokensM.plus(m.outputTokensM);
  return tokens.times(estimate(highest)).plus(fees).times(m.mix);
}

/** Seats, their monthly cost and the platform fee, each held to MAX_MONTHLY_FIGURE. */
function feeProblems(offer: Offer, push: (field: string, message: string) => void): void {
  const { seats, seatPrice, platformFee } = offer.fees;
  seats.forEach((count, y) => {
    if (count > MAX_MONTHLY_FIGURE) push(`fees.seats[${y}]`, MESSAGES.seats);
  });
  const most = estimate(Math.max(...seats));
  if (tooLarge(most.times(estimate(seatPrice)))) push("fees.seatPrice", MESSAGES.seatCost);
  if (platformFee > MAX_MONTHLY_FIGURE) push("fees.platformFee", MESSAGES.commitment);
}

/**
 * What would take a figure of the offer's model past MAX_MONTHLY_FIGURE, by field, as
 * offerProblems reports them. Call it on an offer whose fields are each valid.
 */
export function boundProblems(offer: Offer): OfferProblem[] {
  const problems: OfferProblem[] = [];
  const push = (field: string, message: string) => problems.push({ field, message });
  const { amounts } = offer.commitment;
  amounts.forEach((amount, y) => {
    if (amount > MAX_MONTHLY_FIGURE) push(`commitment.amounts[${y}]`, MESSAGES.commitment);
  });
  feeProblems(offer, push);

  const factors = yearFactors(offer);
  const beyond = factors.findIndex(tooLarge);
  if (beyond >= 0) {
    push(`ramp[${beyond}]`, MESSAGES.priceFactor(beyond + 1, shown(factors[beyond])));
  } else {
    const renewal = factors[factors.length - 1].times(ONE.plus(estimate(offer.renewalUpliftCap)));
    if (tooLarge(renewal)) push("renewalUpliftCap", MESSAGES.renewalFactor(shown(renewal)));
  }

  const months = [...growthPeaks(offer, problems), ...cellMonths(offer, problems)];
  if (beyond >= 0 || months.length === 0) return problems;
  const mixPast = months.find((m) => tooLarge(m.mix));
  if (mixPast) {
    push("usageCost", MESSAGES.mixFactor(shown(mixPast.mix)));
    return problems;
  }
  let highest = { cost: estimate(0), year: 1 };
  for (const m of months) {
    const year = contractYears(m.month);
    if (tooLarge(m.listCost)) {
      push("usageCost", MESSAGES.usageCost(year, shown(m.listCost), "at list prices"));
      return problems;
    }
    const yearOne = yearOneCost(offer, m);
    const cost = yearOne.times(factors[year - 1]);
    if (tooLarge(cost)) {
      push("usageCost", MESSAGES.usageCost(year, shown(cost), "at the offer's prices"));
      return problems;
    }
    // The sheet shows the year-1 cost too, which a ramp that lowers prices does not bound.
    if (tooLarge(yearOne)) {
      push("usageCost", MESSAGES.usageCost(year, shown(yearOne), "at the offer's year-1 prices"));
      return problems;
    }
    if (cost.gt(highest.cost)) highest = { cost, year };
  }
  // Overage is usage beyond the commitment, so at most the usage cost.
  const overage = highest.cost.times(estimate(offer.overageRate));
  if (tooLarge(overage)) {
    push("overageRate", MESSAGES.overage(highest.year, shown(overage)));
  }
  return problems;
}
