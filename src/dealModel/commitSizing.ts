import { commitCost, sizeCommitment } from "../pricing";
import { Dec, ONE, ZERO, dec } from "../pricing/decimal";
import { expectedCreditShare } from "./expectedCredit";
import { DEFAULT_SETTINGS, FORECAST_SCENARIO, type ModelSettings } from "./modelSettings";
import type { Offer } from "./offer";
import { computeSchedule, summarize, type MonthRow } from "./schedule";
import { requireValidSettings } from "./settingsProblems";

/*
 * How big to commit (schedule.ts's rules, plus this one): an offer's expected net cost of the term
 * at each commitment level of the settings, over the usage scenarios with their probabilities, and
 * the level that minimises it. The model sheet's sizing band builds the same grid from live
 * formulas, one DEAL.COMMITCOST per level and scenario (src/workbook/model/sizingBlocks.ts).
 *
 * At level λ (a share of every contract year's commitment), the net cost of the term in scenario s
 * is (1 − cs) × (COMMITCOST(released, U_s, cap, expiry, true-up, rate, λ, burst, window)
 *                 − λ × (R − C) + F), where
 * - released is the commitment each month releases and U_s the scenario's usage cost by month, as
 *   in the scenario's band; COMMITCOST draws λ × released down against U_s with ROLLOVER's rules
 *   and charges what it does not cover at the overage rate (bursts as the schedule settles them);
 * - R is the commitment released over the term and C its committed fees (what the schedule bills
 *   for it, after any prepayment discount), both at 100%: COMMITCOST counts λ × R, the term pays
 *   λ × C;
 * - F is the fixed fees over the term (seats and platform fee, after any prepayment discount, as
 *   the schedule bills them), which do not depend on the level;
 * - cs is the expected SLA credit share.
 * At λ = 1 this is the scenario band's net cost of the term (the sheet shows the check).
 * The expected cost of a level weighs its scenarios by their probabilities. The best level is the
 * grid's least expected cost, the first of equal ones. Assumption: the offer's prices hold at
 * every level (a vendor who ties the discount to the size of the commitment is separate offers).
 *
 * Each figure is the number nearest to the exact decimal of its cell's formula, taking the cells
 * it refers to at their values, as schedule.ts does.
 */

/** One commitment level of an offer's sizing table; money in USD. */
export interface SizingRow {
  /** Share of the proposed commitment in every contract year (0.8 = 80%). */
  readonly level: number;
  /** The year-1 commitment at this level, in USD per the commitment's period. */
  readonly yearOneCommitment: number;
  /** The net cost of the term at this level in each scenario, in the settings' order. */
  readonly costs: readonly number[];
  /** Σ probability × cost. */
  readonly expected: number;
}

/** An offer's sizing table and what it says; money in USD. */
export interface CommitSizing {
  readonly rows: readonly SizingRow[];
  /** Index of the row with the least expected cost, the first of equal ones. */
  readonly best: number;
  readonly bestLevel: number;
  /** The proposed year-1 commitment (level 100%), and at the best level. */
  readonly proposedCommitment: number;
  readonly bestCommitment: number;
  /** The expected net cost as proposed: the scenario bands' net costs weighed by probability. */
  readonly proposedExpected: number;
  /** The least expected cost of the grid. */
  readonly bestExpected: number;
  /** Proposed less best expected cost: what committing at the best level saves on average. */
  readonly saving: number;
  /** Best level − 1: how far the best level is from the proposed commitment (−0.2 = 20% less). */
  readonly distance: number;
  /** R − C and F of this file's header, as the band's cells hold them. */
  readonly prepaymentOnCommitment: number;
  readonly fixedFees: number;
}

const product = (...factors: Dec[]): Dec => factors.reduce((p, f) => p.times(f), ONE);
const total = (values: readonly number[]): Dec =>
  values.reduce((s: Dec, v) => s.plus(dec(v)), ZERO);

/** The offer's schedule in each of the settings' scenarios, in their order. */
const scenarioSchedules = (offer: Offer, settings: ModelSettings): MonthRow[][] =>
  settings.scenarios.map(({ share }) => computeSchedule(offer, share));

/** Σ probability × the scenario's net cost of the term, as the sheet's SUMPRODUCT does. */
function expectedOf(
  offer: Offer,
  settings: ModelSettings,
  schedules: readonly (readonly MonthRow[])[]
): number {
  return settings.scenarios
    .reduce((sum: Dec, { probability }, s) => {
      const cost = summarize(offer, schedules[s]).term.netCost;
      return sum.plus(dec(probability).times(dec(cost)));
    }, ZERO)
    .toNumber();
}

/** The expected net cost of the term: Σ probability × the scenario's net cost of the term. */
export function expectedTermCost(offer: Offer, settings: ModelSettings = DEFAULT_SETTINGS): number {
  requireValidSettings(settings);
  return expectedOf(offer, settings, scenarioSchedules(offer, settings));
}

/** COMMITCOST's burst arguments: a burst rule applies to a monthly commitment only. */
function burstTerms(offer: Offer): { burst?: number; window?: number } {
  if (offer.burst === null || offer.commitment.per !== "month") return {};
  return { burst: offer.burst.multiple, window: offer.burst.windowMonths };
}

/**
 * The offer's expected net cost of the term at each of the settings' commitment levels, and the
 * level that minimises it (this file's header).
 * @throws InvalidOfferError, InvalidSettingsError when the offer or the settings are not valid.
 */
export function commitSizing(
  offer: Offer,
  settings: ModelSettings = DEFAULT_SETTINGS
): CommitSizing {
  requireValidSettings(settings);
  const schedules = scenarioSchedules(offer, settings);
  const forecast = schedules[FORECAST_SCENARIO];
  const released = forecast.map((row) => row.commitment);
  const { term } = summarize(offer, forecast);
  const prepaymentOnCommitment = total(released).minus(dec(term.billedCommitment)).toNumber();
  const { fixedFees } = term;
  const keep = ONE.minus(dec(expectedCreditShare(offer.sla).toNumber()));
  const { commitment } = offer;
  const cost = (level: number, s: number): number => {
    const drawn = commitCost({
      commit: released,
      usage: schedules[s].map((row) => row.usageCost),
      cap: commitment.rolloverCap,
      expiry: commitment.expiryMonths,
      trueUp: commitment.trueUpMonths,
      rate: offer.overageRate,
      scale: level,
      ...burstTerms(offer),
    });
    const beforeCredit = dec(drawn)
      .minus(product(dec(level), dec(prepaymentOnCommitment)))
      .plus(dec(fixedFees));
    return keep.times(beforeCredit).toNumber();
  };
  const grid = sizeCommitment({
    levels: settings.commitLevels,
    probabilities: settings.scenarios.map((s) => s.probability),
    cost,
  });
  const yearOne = commitment.amounts[0];
  const atLevel = (level: number) => dec(level).times(dec(yearOne)).toNumber();
  const proposedExpected = expectedOf(offer, settings, schedules);
  const bestExpected = grid.expected[grid.best];
  return {
    rows: settings.commitLevels.map((level, l) => ({
      level,
      yearOneCommitment: atLevel(level),
      costs: grid.costs[l],
      expected: grid.expected[l],
    })),
    best: grid.best,
    bestLevel: grid.bestLevel,
    proposedCommitment: yearOne,
    bestCommitment: atLevel(grid.bestLevel),
    proposedExpected,
    bestExpected,
    saving: dec(proposedExpected).minus(dec(bestExpected)).toNumber(),
    distance: dec(grid.bestLevel).minus(ONE).toNumber(),
    prepaymentOnCommitment,
    fixedFees,
  };
}
