import type { Offer } from "../../dealModel";
import { count } from "./count";
import { offerLabel } from "./offerLabel";

/**
 * Why the model cannot be written yet, e.g. "Fix 2 problems first: Offer 2 (OpenAI)."; undefined
 * when every offer is complete and valid.
 */
export function writeBlocker(
  offers: readonly Offer[],
  problems: readonly ReadonlyMap<string, string>[]
): string | undefined {
  const total = problems.reduce((sum, found) => sum + found.size, 0);
  if (total === 0) return undefined;
  const where = offers.flatMap((offer, i) => (problems[i].size > 0 ? [offerLabel(offer, i)] : []));
  return `Fix ${count(total, "problem")} first: ${where.join(", ")}.`;
}
