import { slaCredit } from "../pricing";
import { Dec, ZERO, dec, quotient } from "../pricing/decimal";
import type { OfferSla } from "./offer";

/*
 * Expected SLA credit: a month's credit is fee × min(share, cap), linear in the fee, so the
 * expected credit of a month is its charge × the probability-weighted credit share over the
 * uptime outcomes. The weights are divided by their sum, so that outcomes typed as 80/10/10 or as
 * shares that miss 100% by a rounding still weigh as intended (the form asks for 100%).
 */

/** The credit share owed at each outcome's uptime: DEAL.SLACREDIT of a fee of 1. */
export function outcomeShares(sla: OfferSla): number[] {
  return sla.uptimeOutcomes.map((outcome) =>
    slaCredit({ uptime: outcome.uptime, fee: 1, schedule: sla.schedule, cap: sla.cap })
  );
}

/** Σ probability × credit share ÷ Σ probability, exactly; 0 when every probability is 0. */
export function expectedCreditShare(sla: OfferSla): Dec {
  const shares = outcomeShares(sla);
  let weighted: Dec = ZERO;
  let weights: Dec = ZERO;
  sla.uptimeOutcomes.forEach((outcome, i) => {
    weighted = weighted.plus(dec(outcome.probability).times(dec(shares[i])));
    weights = weights.plus(dec(outcome.probability));
  });
  return weights.isZero() ? ZERO : quotient(weighted, weights);
}
