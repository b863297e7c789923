import type { Offer } from "../../dealModel";
import type { OfferCells } from "./offerInputs";

/**
 * The DEAL.SLACREDIT call of an offer's schedule at `uptime` for `fee` (cell addresses or
 * numbers): its credit table, or its linear clause, with its cap.
 */
export function slaCreditCall(
  offer: Offer,
  cells: OfferCells,
  uptime: string,
  fee: string
): string {
  const f = cells.field;
  return offer.sla.schedule.kind === "table"
    ? `DEAL.SLACREDIT(${uptime},${fee},${cells.slaTable},,,${f("slaCap")})`
    : `DEAL.SLACREDIT(${uptime},${fee},${f("slaTarget")},${f("slaPerStep")},${f("slaStep")},${f("slaCap")})`;
}
