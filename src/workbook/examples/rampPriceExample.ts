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
 * RAMPPRICE: two deals side by side.
 *   row 4        header: Input | Retailer (playbook) | ServiceNow renewal
 *   rows 5–10    base, ramp periods 1–3, uplift after the term, term (B6:C11)
 *   row 12       results
 */
export function rampPriceExample(): SheetPlan {
  const ROW = { base: 5, ramp: 6, uplift: 9, term: 10 } as const;
  const retailer = 1;
  const renewal = 2;
  const retailerCall = (period: number) =>
    `DEAL.RAMPPRICE(${abs(ROW.base, retailer)},${period},${range(ROW.ramp, retailer, ROW.ramp + 2, retailer)},` +
    `${abs(ROW.uplift, retailer)},${abs(ROW.term, retailer)})`;
  // The ramp argument left out, as the reference writes it.
  const renewalCall = (period: number) =>
    `DEAL.RAMPPRICE(${abs(ROW.base, renewal)},${period},,${abs(ROW.uplift, renewal)},${abs(ROW.term, renewal)})`;
  const blocks: CellBlock[] = [
    ...heading("DEAL.RAMPPRICE: the unit price in force in a period of a ramped deal"),
    {
      at: at(4, 0),
      cells: [[value("Input"), value("Retailer (playbook)"), value("ServiceNow renewal")]],
      style: HEADER_STYLE,
    },
    {
      at: at(5, 0),
      cells: [
        [value("Base price")],
        [value("Ramp: change in period 1")],
        [value("Ramp: change in period 2")],
        [value("Ramp: change in period 3")],
        [value("Uplift each period after the term")],
        [value("Term in periods (blank = length of the ramp)")],
      ],
    },
    ...results(12, [
      {
        name: "Retailer, period 3",
        formula: retailerCall(3),
        expected: 2.295,
        why: "3 × (1 − 15%) × (1 − 10%): year 2 is 15% lower, year 3 another 10%.",
      },
      {
        name: "Retailer, period 4",
        formula: retailerCall(4),
        expected: 2.40975,
        why: "Past the 3-period term, the 5% renewal cap applies once: 2.295 × 1.05.",
      },
      {
        name: "Retailer, period 6",
        formula: retailerCall(6),
        expected: 2.656749375,
        why: "Three periods past the term: 2.295 × 1.05³.",
      },
      {
        name: "ServiceNow, period 3",
        formula: renewalCall(3),
        expected: 242,
        why: "No ramp; after the 2-period term, 10% uplift once: 220 × 1.1.",
      },
      {
        name: "ServiceNow, period 4",
        formula: renewalCall(4),
        expected: 266.2,
        why: "Two periods past the term: 220 × 1.1².",
      },
    ]),
  ];
  const inputs = [
    input(ROW.base, retailer, "Base (retailer)", 3),
    input(ROW.ramp, retailer, "Ramp 1 (retailer)", 0, "0%"),
    input(ROW.ramp + 1, retailer, "Ramp 2 (retailer)", -0.15, "0%"),
    input(ROW.ramp + 2, retailer, "Ramp 3 (retailer)", -0.1, "0%"),
    input(ROW.uplift, retailer, "Uplift (retailer)", 0.05, "0%"),
    input(ROW.term, retailer, "Term (retailer)", null),
    input(ROW.base, renewal, "Base (renewal)", 220),
    input(ROW.uplift, renewal, "Uplift (renewal)", 0.1, "0%"),
    input(ROW.term, renewal, "Term (renewal)", 2),
  ];
  return sheet(EXAMPLE_KEYS.RAMPPRICE, "DEAL example RAMPPRICE", blocks, inputs, RESULT_WIDTHS);
}
