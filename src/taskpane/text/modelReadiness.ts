import type { Offer } from "../../dealModel";
import { count } from "./count";
import { offerLabel } from "./offerLabel";

/**
 * Why the model cannot be written yet, e.g. "Fix 2 problems first: Model settings, Offer 2
 * (OpenAI)."; undefined when the settings and every offer are complete and valid.
 */
export function writeBlocker(
  offers: readonly Offer[],
  problems: readonly ReadonlyMap<string, string>[],
  settingsProblems: ReadonlyMap<string, string> = new Map()
): string | undefined {
  const total = problems.reduce((sum, found) => sum + found.size, settingsProblems.size);
  if (total === 0) return undefined;
  const where = [
    ...(settingsProblems.size > 0 ? ["Model settings"] : []),
    ...offers.flatMap((offer, i) => (problems[i].size > 0 ? [offerLabel(offer, i)] : [])),
  ];
  return `Fix ${count(total, "problem")} first: ${where.join(", ")}.`;
}
