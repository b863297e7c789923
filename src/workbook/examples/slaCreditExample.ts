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
 * SLACREDIT: one column of inputs per example.
 *   row 4        header: Input | Table schedule | Telco clause | Capped clause
 *   rows 5–10    uptime, fee, target, credit per step, step, cap (B6:D11)
 *   row 12       schedule table header, rows 13–15 the table in A14:B16
 *   row 17       results
 */
export function slaCreditExample(): SheetPlan {
  const col = { table: 1, telco: 2, capped: 3 } as const;
  const cell = (row: number, column: number) => abs(row, column);
  const ROW = { uptime: 5, fee: 6, target: 7, perStep: 8, step: 9, cap: 10 } as const;
  const schedule = range(13, 0, 15, 1);
  const linear = (column: number, withStepAndCap: boolean) => {
    const args = [ROW.uptime, ROW.fee, ROW.target, ROW.perStep].map((r) => cell(r, column));
    if (withStepAndCap) args.push(cell(ROW.step, column), cell(ROW.cap, column));
    return `DEAL.SLACREDIT(${args.join(",")})`;
  };
  const blocks: CellBlock[] = [
    ...heading("DEAL.SLACREDIT: the service credit owed for a period"),
    {
      at: at(4, 0),
      cells: [
        [value("Input"), value("Table schedule"), value("Telco clause"), value("Capped clause")],
      ],
      style: HEADER_STYLE,
    },
    {
      at: at(5, 0),
      cells: [
        [value("Measured uptime")],
        [value("Fee for the period")],
        [value("Target (linear clause)")],
        [value("Share of the fee per step")],
        [value("Step (blank = 0.001)")],
        [value("Cap (blank = 100%)")],
      ],
    },
    {
      at: at(12, 0),
      cells: [[value("Uptime below"), value("Credit share")]],
      style: HEADER_STYLE,
    },
    ...results(
      17,
      [
        {
          name: "Table schedule",
          formula: `DEAL.SLACREDIT(${cell(ROW.uptime, col.table)},${cell(ROW.fee, col.table)},${schedule})`,
          expected: 10000,
          why: "99.89% is below the 99.9% threshold but not below 99%, so the share is 10% of 100,000.",
        },
        {
          name: "Telco clause: 2% per 0.1% below 99.9%",
          formula: linear(col.telco, false),
          expected: 34000,
          why: "The shortfall of 0.0015 is 1.5 steps of 0.001, which rounds up to 2 steps: 4% of 850,000.",
        },
        {
          name: "1% per step, capped at 50%",
          formula: linear(col.capped, true),
          expected: 15600,
          why: "The shortfall of 0.039 is 39 steps, 39% of 40,000; below the 50% cap. A blank step means 0.001.",
        },
      ],
      "#,##0.00"
    ),
  ];
  const percent = "0.00%";
  const money = "#,##0";
  const inputs = [
    input(ROW.uptime, col.table, "Uptime (table)", 0.9989, percent),
    input(ROW.fee, col.table, "Fee (table)", 100000, money),
    input(ROW.uptime, col.telco, "Uptime (telco)", 0.9975, percent),
    input(ROW.fee, col.telco, "Fee (telco)", 850000, money),
    input(ROW.target, col.telco, "Target (telco)", 0.999, percent),
    input(ROW.perStep, col.telco, "Per step (telco)", 0.02, "0%"),
    input(ROW.uptime, col.capped, "Uptime (capped)", 0.96, percent),
    input(ROW.fee, col.capped, "Fee (capped)", 40000, money),
    input(ROW.target, col.capped, "Target (capped)", 0.999, percent),
    input(ROW.perStep, col.capped, "Per step (capped)", 0.01, "0%"),
    input(ROW.step, col.capped, "Step (capped)", null, "0.000"),
    input(ROW.cap, col.capped, "Cap (capped)", 0.5, "0%"),
    input(13, 0, "Threshold 1", 0.999, "0.0%"),
    input(13, 1, "Share 1", 0.1, "0%"),
    input(14, 0, "Threshold 2", 0.99, "0.0%"),
    input(14, 1, "Share 2", 0.25, "0%"),
    input(15, 0, "Threshold 3", 0.95, "0.0%"),
    input(15, 1, "Share 3", 1, "0%"),
  ];
  return sheet(EXAMPLE_KEYS.SLACREDIT, "DEAL example SLACREDIT", blocks, inputs, RESULT_WIDTHS);
}
