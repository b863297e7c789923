import { defineTwin } from "./source";

/**
 * DEAL.TIEREDCOST(units, tiers, [mode], [per]) in spreadsheet terms (docs/functions.md#tieredcost).
 *
 * Graduated: each tier i that is reached (i = 1, or units above the bound below it) adds
 * price_i × (units in the tier) / per + fee_i. The units in tier i run from the bound below it
 * to the smaller of units and its own bound; the last tier's bound is not read at all (blank, 0
 * or a bound ≥ units all mean "up to units"), so a blank last bound needs no special case.
 * Volume and stairstep price the tier the whole quantity falls in: 1 + the number of bounded
 * tiers (all but the last) whose bound units exceed.
 * Units above a bounded last tier give #N/A (DEAL gives #VALUE!); no other input is checked.
 */
export const TIEREDCOST_TWIN = defineTwin(
  "TIEREDCOST",
  "units, tiers, [mode], [per]",
  [
    ["perUnits", "orDefault(per, 1)"],
    ["modeName", 'LOWER(TRIM(orDefault(mode, "graduated")))'],
    [
      "modeCode",
      'IF(OR(modeName="graduated", modeName="tiered"), 1, IF(OR(modeName="volume", modeName="bulk"), 2, IF(modeName="stairstep", 3, NA())))',
    ],
    ["tierCount", "rowCount(tiers)"],
    ["hasFees", "columnCount(tiers)>2"],
    ["i", "rowNumbers(tiers)"],
    ["bound", "INDEX(tiers, i, 1)"],
    // The bound of the tier below, 0 under the first. The row asked of INDEX never drops to 0,
    // which would mean the whole column.
    ["below", "IF(i>1, INDEX(tiers, i-1+(i=1), 1), 0)"],
    ["price", "INDEX(tiers, i, 2)"],
    ["fee", "IF(hasFees, numberOr0(INDEX(tiers, i, 3)), 0)"],
    ["reached", "anyOf(i=1, units>below)"],
    ["upper", "IF(i<tierCount, smaller(units, bound), units)"],
    ["graduated", "sumOver(i, IF(reached, price*(upper-below)/perUnits+fee, 0))"],
    ["tierOfUnits", "1+sumOver(i, allOf(i<tierCount, units>bound))"],
    // Volume and stairstep differ only in what the tier's price is multiplied by; one formula
    // for both writes the tier lookup out half as often in the inline form.
    [
      "tierCost",
      "INDEX(tiers, tierOfUnits, 2)*IF(modeCode=3, 1, units/perUnits)+IF(hasFees, numberOr0(INDEX(tiers, tierOfUnits, 3)), 0)",
    ],
    ["lastBound", "INDEX(tiers, tierCount, 1)"],
    // A blank, empty-text or 0 last bound means no limit: only a number above 0 bounds units.
    ["overLimit", "AND(units>lastBound, lastBound<>0)"],
  ],
  "IF(overLimit, NA(), IF(modeCode=1, graduated, tierCost))"
);
