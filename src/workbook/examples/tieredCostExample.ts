import type { CellBlock, SheetPlan } from "../plan";
import {
  EXAMPLE_KEYS,
  HEADER_STYLE,
  RESULT_WIDTHS,
  abs,
  at,
  heading,
  input,
  range,
  results,
  sheet,
  value,
} from "./layout";

/*
 * TIEREDCOST: 15 per million up to 1 billion tokens, 12 up to 10 billion, 9 beyond; 2 billion
 * tokens, graduated and volume.
 *   rows 4–5   units (B5) and per (B6)
 *   row 7      tier table header, rows 8–10 the tiers in A9:B11 (blank last bound: no limit)
 *   row 12     results
 */
export function tieredCostExample(): SheetPlan {
  const units = abs(4, 1);
  const per = abs(5, 1);
  const tiers = range(8, 0, 10, 1);
  const call = (mode: string) => `DEAL.TIEREDCOST(${units},${tiers},"${mode}",${per})`;
  const blocks: CellBlock[] = [
    ...heading("DEAL.TIEREDCOST: the cost of a quantity under a tiered price table"),
    {
      at: at(4, 0),
      cells: [[value("Units (tokens in the month)")], [value("Per (units each price is for)")]],
    },
    {
      at: at(7, 0),
      cells: [[value("Tier upper bound (tokens; blank = no limit)"), value("Price per million")]],
      style: HEADER_STYLE,
    },
    ...results(
      12,
      [
        {
          name: "Graduated",
          formula: call("graduated"),
          expected: 27000,
          why: "Each token at the price of the tier it falls in: 1 billion tokens at 15 per million plus 1 billion at 12.",
        },
        {
          name: "Volume",
          formula: call("volume"),
          expected: 24000,
          why: "All 2 billion tokens at the price of the tier the total falls in: 12 per million.",
        },
      ],
      "#,##0.00"
    ),
  ];
  const inputs = [
    input(4, 1, "Units", 2000000000, "#,##0"),
    input(5, 1, "Per", 1000000, "#,##0"),
    input(8, 0, "Tier 1 bound", 1000000000, "#,##0"),
    input(8, 1, "Tier 1 price", 15),
    input(9, 0, "Tier 2 bound", 10000000000, "#,##0"),
    input(9, 1, "Tier 2 price", 12),
    input(10, 0, "Tier 3 bound", null, "#,##0"),
    input(10, 1, "Tier 3 price", 9),
  ];
  return sheet(EXAMPLE_KEYS.TIEREDCOST, "DEAL example TIEREDCOST", blocks, inputs, RESULT_WIDTHS);
}
