import { rollover } from "../pricing";
import { Dec, ONE, dec, quotient } from "../pricing/decimal";
import { settleBursts } from "./burstSettlement";
import { keptDiscount } from "./listSchedule";
import { contractYears, type Offer } from "./offer";
import { yearValue } from "./offerTerms";
import { expectedCreditShare } from "./expectedCredit";
import {
  monthlyRamp,
  monthUsage,
  priceFactor,
  signingPrices,
  sumOf,
  yearPriceFactors,
  type MonthUsageCost,
} from "./monthUsage";
import { requireValidOffer } from "./offerProblems";

/*
 * The deal model's month-by-month schedule of one offer, computed with the pricing core. The
 * model sheet builds the same columns from live formulas; this is the independent computation the
 * end-to-end test holds the sheet to, and what the taskpane can show before anything is written.
 *
 * Rules chosen where the issues are silent (the sheet must follow the same ones):
 * 1. Usage. Tokens of month m at the forecast = start × (1 + monthly growth)^(m − 1), input and
 *    output apart, in millions, or the month's row of the user's cells; a scenario scales the
 *    month's tokens by its factor.
 * 2. Pool and usage mix (usageMix.ts). The offer's tokens go to its pool of models, each at its
 *    share, with its own list prices, batch share and long-context share, and the workload's
 *    cache shares. List cost = I × the pool's blended input price + O × its output price. With a
 *    discount, the year-1 usage cost is the list cost × (1 − discount): one discount for the pool.
 *    With tiers, it is DEAL.TIEREDCOST of the month's tokens against all-in prices per million
 *    tokens of the first model, × the mix factor (the pool's list cost ÷ the first model's at
 *    standard rates), so that batch, cache and the other models change a tiered price as they
 *    change the list cost. Every token of the pool counts toward the tiers. Both are linear in
 *    tokens except the tiers, which price the scenario's tokens themselves.
 * 3. Price in force. A price factor, DEAL.RAMPPRICE(1, month, monthly ramp, renewal cap, term):
 *    the yearly ramp steps fall on months 1, 13, 25… and every other month's step is 0. The factor
 *    scales every price of the offer (tier prices and fees, or discounted list prices), so the
 *    contract's usage cost = year-1 usage cost × factor. The renewal cap does not change the
 *    term's prices; it gives the factor of the first month after the term, the worst case at
 *    renewal (`Summary.renewalPriceFactor`). List prices do not ramp.
 * 4. Commitment by contract year. Each contract year has its amount (the last one carries on),
 *    drawn down by DEAL.ROLLOVER against the month's usage cost: the year's amount each month, or
 *    an annual pool of the year's amount released in the first month of each contract year
 *    (rollover cap, expiry and true-up passed through as the offer gives them).
 * 5. Price protection (listSchedule.ts). The list cost in force of month m prices the forecast at
 *    the list prices of the step of the list schedule in force (each pool model's factor ×its
 *    blended prices). The usage cost = MIN(the contract's usage cost, the scenario's share × the
 *    list cost in force × (1 − kept discount)), for the pool as a whole; without protection, the
 *    contract's. A kept discount of "offer" is the offer's discount, or for tiers the year-1
 *    discount they give at the forecast over the first twelve months.
 * 6. Charge. The month's charge = committed fees + fixed fees + charged beyond the commitment.
 *    A monthly commitment is billed in full every month, used or not; an annual one in twelfths;
 *    either less the prepayment discount (committed fees = (1 − discount) × the commitment's
 *    monthly value). Fixed fees = (1 − discount) × (the contract year's seats × the price per seat
 *    + a twelfth of the platform fee): not drawn from the commitment and not ramped. When the fees
 *    are paid (monthly, quarterly, annually or up front) moves cash, not the charge
 *    (cashFlows.ts). Charged beyond = (overage − burst usage) ×
 *    overage rate + in a burst window's last month its burst usage not balanced, at the committed
 *    rate (burstSettlement.ts, for monthly commitments). The overage rate applies whatever the
 *    commitment, also when nothing is committed: pay as you go is a commitment of 0 at rate 1.
 * 7. SLA. Expected credit = the month's charge × the expected credit share, the probability-
 *    weighted DEAL.SLACREDIT share over the uptime outcomes (expectedCredit.ts). Net cost =
 *    charge − credit.
 * 8. Lost commitment. Capacity still carried when the term ends is lost with the contract, so the
 *    summary's `forfeited` adds the last month's carried-out amount to the months' forfeits, less
 *    what the burst windows balanced against it.
 *
 * Money in a row is the number nearest to the exact decimal of that cell's formula, taking the
 * cells it refers to at their shortest decimals; sums are exact decimals. Where the sheet calls a
 * DEAL function, this calls the pricing core, which takes each number it is given as Excel holds
 * it (at 15 significant digits), as the function does with the cells it reads.
 */

/** One month of an offer's schedule; money in USD, tokens in millions. */
export interface MonthRow {
  /** Month of the term, 1-based. */
  readonly month: number;
  /** Contract year, 1-based. */
  readonly year: number;
  /** Input tokens at the forecast (100%). */
  readonly inputTokensM: number;
  /** Output tokens at the forecast (100%). */
  readonly outputTokensM: number;
  /** Input + output tokens at the scenario: the forecast's total × scenario factor. */
  readonly totalTokensM: number;
  /** The ramp step that takes effect this month (the year's change in its first month, else 0). */
  readonly rampStep: number;
  /** Price factor in force: 1 at year-1 prices, 0.85 after a 15% cut. */
  readonly priceFactor: number;
  /** The scenario's usage at list prices at signing, with the usage mix (list prices do not ramp). */
  readonly listCost: number;
  /** List cost ÷ list cost at standard rates: what batch and cache do to a tiered price. */
  readonly mixFactor: number;
  /** Usage cost at year-1 prices and at the forecast (100%), whatever the scenario. */
  readonly forecastBaseCost: number;
  /** The forecast's usage at the month's list prices (price protection's schedule, rule 5). */
  readonly listCostInForce: number;
  /** Usage cost at the prices in force: base usage cost × price factor, price protection applied. */
  readonly usageCost: number;
  /** Commitment made available this month (ROLLOVER's commit). */
  readonly commitment: number;
  /** Committed fees accrued this month: the commitment's monthly value less the prepayment discount. */
  readonly billedCommitment: number;
  /** Seats and a twelfth of the platform fee, less the prepayment discount. */
  readonly fixedFees: number;
  readonly carriedIn: number;
  /** Usage cost met by the commitment (carried or this month's). */
  readonly covered: number;
  /** Usage cost beyond the available commitment, before the overage rate. */
  readonly overage: number;
  readonly carriedOut: number;
  /** Commitment lost this month: unused above the rollover cap, expired carry, or a true-up. */
  readonly forfeited: number;
  /** Burst usage: overage within the burst multiple of the month's commitment. */
  readonly burstEligible: number;
  /** In a burst window's last month, the burst usage paid by commitment otherwise lost. */
  readonly burstBalanced: number;
  /** Charged beyond the commitment: overage beyond bursts × overage rate + bursts settled. */
  readonly overageCharge: number;
  /** Billed commitment + fixed fees + charged beyond the commitment. */
  readonly charge: number;
  /** Expected SLA credit on the month's charge. */
  readonly slaCredit: number;
  /** Charge − SLA credit. */
  readonly netCost: number;
}

/**
 * The month-by-month schedule of an offer over its term (rules in this file's header).
 * @param scenarioFactor Share of the usage forecast, ≥ 0 (1 = the forecast, 0.5 = half of it).
 * @throws InvalidOfferError when the offer is not complete and valid; RangeError for a bad factor.
 */
export function computeSchedule(offer: Offer, scenarioFactor = 1): MonthRow[] {
  requireValidOffer(offer);
  if (!(Number.isFinite(scenarioFactor) && scenarioFactor >= 0)) {
    throw new RangeError(`The scenario factor must be a number ≥ 0; got ${scenarioFactor}.`);
  }
  const { commitment, sla } = offer;
  const months = Array.from({ length: offer.termMonths }, (_, i) => i + 1);
  const ramp = monthlyRamp(offer);
  const factors = yearPriceFactors(offer, ramp);
  const prices = signingPrices(offer);
  const usage = months.map((month) =>
    monthUsage(offer, month, scenarioFactor, factors[contractYears(month) - 1], prices)
  );
  const usageCost = protectedUsage(offer, usage, scenarioFactor);

  const yearly = commitment.per === "year";
  const amountOf = (month: number) => yearValue(commitment.amounts, contractYears(month));
  const released = months.map((m) => (!yearly || m % 12 === 1 ? amountOf(m) : 0));
  const monthlyValue = (m: number) =>
    yearly ? quotient(dec(amountOf(m)), dec(12)).toNumber() : amountOf(m);
  const kept = ONE.minus(dec(offer.billing.prepaymentDiscount));
  const billedIn = (m: number) => dec(monthlyValue(m)).times(kept).toNumber();
  const drawDown = rollover({
    commit: released,
    usage: usageCost,
    cap: commitment.rolloverCap,
    expiry: commitment.expiryMonths,
    trueUp: commitment.trueUpMonths,
  });
  const bursts = settleBursts(
    drawDown.map((period, i) => ({ ...period, released: released[i] })),
    offer.burst
  );

  const creditShare = expectedCreditShare(sla);
  return usage.map((u, i): MonthRow => {
    const period = drawDown[i];
    const burst = bursts[i];
    const beyond = dec(period.overage).minus(dec(burst.eligible)).times(dec(offer.overageRate));
    const overageCharge = beyond.plus(dec(burst.settled)).toNumber();
    const billed = billedIn(u.month);
    const fees = dec(fixedFees(offer, u.month)).times(kept).toNumber();
    const charge = sumOf([billed, fees, overageCharge]);
    const credit = dec(charge).times(creditShare).toNumber();
    return {
      month: u.month,
      year: contractYears(u.month),
      inputTokensM: u.inputTokensM,
      outputTokensM: u.outputTokensM,
      totalTokensM: u.totalTokensM,
      rampStep: ramp[i],
      priceFactor: u.factor,
      listCost: u.listCost,
      mixFactor: u.mix,
      forecastBaseCost: u.forecastBaseCost,
      listCostInForce: u.listCostInForce,
      usageCost: usageCost[i],
      commitment: released[i],
      billedCommitment: billed,
      fixedFees: fees,
      ...period,
      burstEligible: burst.eligible,
      burstBalanced: burst.balanced,
      overageCharge,
      charge,
      slaCredit: credit,
      netCost: dec(charge).minus(dec(credit)).toNumber(),
    };
  });
}

/** Seats of the month's contract year × the price per seat + a twelfth of the platform fee. */
export function fixedFees(offer: Offer, month: number): number {
  const { seats, seatPrice, platformFee } = offer.fees;
  const seatCost = dec(yearValue(seats, contractYears(month))).times(dec(seatPrice));
  return seatCost.plus(quotient(dec(platformFee), dec(12))).toNumber();
}

/** Each month's usage cost with price protection (rule 5); the contract's without it. */
function protectedUsage(
  offer: Offer,
  usage: readonly MonthUsageCost[],
  scenarioFactor: number
): number[] {
  if (offer.priceProtection === null) return usage.map((u) => u.usageCost);
  const yearOne = usage
    .slice(0, 12)
    .map((u) => ({ forecastBaseCost: u.forecastBaseCost, listCost: u.forecastListCost }));
  const keep = ONE.minus(keptDiscount(offer, yearOne));
  return usage.map((u) => {
    const cap = dec(u.listCostInForce).times(dec(scenarioFactor)).times(keep);
    return Dec.min(dec(u.usageCost), cap).toNumber();
  });
}

/** Totals of a run of months (a contract year, or the whole term); money in USD. */
export interface PeriodTotals {
  readonly tokensM: number;
  /** The usage at list prices, with the same mix: what the offer is measured against. */
  readonly listCost: number;
  readonly usageCost: number;
  readonly billedCommitment: number;
  readonly fixedFees: number;
  readonly covered: number;
  readonly overage: number;
  readonly burstEligible: number;
  readonly burstBalanced: number;
  readonly overageCharge: number;
  /** Commitment lost, less the burst usage it balanced. */
  readonly forfeited: number;
  readonly slaCredit: number;
  readonly netCost: number;
}

/** The figures the model sheet shows below an offer's schedule. */
export interface Summary {
  /** Totals of each contract year, year 1 first. */
  readonly years: readonly (PeriodTotals & { readonly year: number })[];
  /** Totals of the term; `forfeited` includes the capacity still carried when the term ends. */
  readonly term: PeriodTotals;
  /** Net cost of the term per million tokens used; `null` when no tokens are used. */
  readonly effectivePricePerM: number | null;
  /**
   * 1 − usage's net cost ÷ list cost of the term, usage's net cost being the net cost less the
   * seats and platform fee (which list prices do not cover): negative when usage costs more than
   * list; `null` without usage at list.
   */
  readonly discountVsList: number | null;
  /** Capacity still carried at the end of the term, lost with the contract (in `term.forfeited`). */
  readonly unusedAtEnd: number;
  /** Price factor of the first month after the term at the renewal cap: the worst case at renewal. */
  readonly renewalPriceFactor: number;
}

function totals(rows: readonly MonthRow[], lostAtEnd = 0): PeriodTotals {
  const total = (pick: (r: MonthRow) => number) => sumOf(rows.map(pick));
  return {
    tokensM: total((r) => r.totalTokensM),
    listCost: total((r) => r.listCost),
    usageCost: total((r) => r.usageCost),
    billedCommitment: total((r) => r.billedCommitment),
    fixedFees: total((r) => r.fixedFees),
    covered: total((r) => r.covered),
    overage: total((r) => r.overage),
    burstEligible: total((r) => r.burstEligible),
    burstBalanced: total((r) => r.burstBalanced),
    overageCharge: total((r) => r.overageCharge),
    forfeited: dec(sumOf([...rows.map((r) => r.forfeited), lostAtEnd]))
      .minus(dec(total((r) => r.burstBalanced)))
      .toNumber(),
    slaCredit: total((r) => r.slaCredit),
    netCost: total((r) => r.netCost),
  };
}

/**
 * Yearly and term totals, the effective price per million tokens and the renewal price factor
 * of an offer's schedule.
 * @throws RangeError for an empty schedule.
 */
export function summarize(offer: Offer, rows: readonly MonthRow[]): Summary {
  if (rows.length === 0) throw new RangeError("A schedule has at least one month.");
  const yearCount = contractYears(rows.length);
  const years = Array.from({ length: yearCount }, (_, y) => ({
    year: y + 1,
    ...totals(rows.filter((r) => r.year === y + 1)),
  }));
  const unusedAtEnd = rows[rows.length - 1].carriedOut;
  const term = totals(rows, unusedAtEnd);
  const effectivePricePerM =
    term.tokensM === 0 ? null : quotient(dec(term.netCost), dec(term.tokensM)).toNumber();
  const discountVsList = dec(term.listCost).isZero()
    ? null
    : ONE.minus(
        quotient(dec(term.netCost).minus(dec(term.fixedFees)), dec(term.listCost))
      ).toNumber();
  return {
    years,
    term,
    effectivePricePerM,
    discountVsList,
    unusedAtEnd,
    renewalPriceFactor: priceFactor(offer, monthlyRamp(offer), offer.termMonths + 1),
  };
}
