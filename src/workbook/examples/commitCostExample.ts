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
 * COMMITCOST: ROLLOVER's usage, and the same with a spike in period 3, against a commitment of
 * 100 a period.
 *   row 4        header: Period | Usage | Usage with a spike
 *   rows 5–8     periods 1–4 (B6:C9)
 *   row 9        the commitment (B10)
 *   row 11       results
 */
export function commitCostExample(): SheetPlan {
  const commit = abs(9, 1);
  const usage = range(5, 1, 8, 1);
  const spike = range(5, 2, 8, 2);
  const call = (args: string, over = usage) => `DEAL.COMMITCOST(${commit},${over}${args})`;
  const blocks: CellBlock[] = [
    ...heading("DEAL.COMMITCOST: what a commitment costs over its term, at any size"),
    {
      at: at(4, 0),
      cells: [[value("Period"), value("Usage"), value("Usage with a spike")]],
      style: HEADER_STYLE,
    },
    { at: at(5, 0), cells: [1, 2, 3, 4].map((p) => [value(`Period ${p}`)]) },
    { at: at(9, 0), cells: [[value("Commitment each period")]] },
    ...results(11, [
      {
        name: "Rollover of all unused",
        formula: call(""),
        expected: 400,
        why: "The 20 left in period 1 rolls over and covers period 3's extra 20.",
      },
      {
        name: "Use it or lose it, overage at 1.5",
        formula: call(",0,,,1.5"),
        expected: 430,
        why: "20 is lost in period 1, and period 3's 20 over costs 1.5 × 20.",
      },
      {
        name: "Burst 2×, a window of 4",
        formula: call(",0,,,1.5,,2,4"),
        expected: 400,
        why: "Period 3's 20 is burst usage, paid for by the 20 lost in period 1 in the same window.",
      },
      {
        name: "Burst 2×, windows of 2",
        formula: call(",0,,,1.5,,2,2"),
        expected: 420,
        why: "Nothing is lost in periods 3–4, so the 20 of burst costs the committed price.",
      },
      {
        name: "Commit half, overage at 1.1",
        formula: call(",,,,1.1,0.5"),
        expected: 420,
        why: "50 a period: 200 paid, and 200 over at 1.1.",
      },
      {
        name: "Commit nothing, overage at 1.1",
        formula: call(",,,,1.1,0"),
        expected: 440,
        why: "All 400 at 1.1, exactly (floating point would give 440.00000000000006).",
      },
      {
        name: "Spike, burst 2×, window of 4",
        formula: call(",0,,,1.5,,2,4", spike),
        expected: 555,
        why: "Of 150 over, 100 is within 2×: 50 × 1.5 = 75; the 20 lost pays for 20 of the 100; 400 + 75 + 80.",
      },
      {
        name: "Spike, 20% rolls 1 period",
        formula: call(",0.2,1,,1.1,,2", spike),
        expected: 535,
        why: "120 covered in period 3, 80 of burst at the committed price, 50 over at 1.1: 400 + 55 + 80.",
      },
    ]),
  ];
  const inputs = [
    ...[80, 100, 120, 100].map((v, i) => input(5 + i, 1, `Usage, period ${i + 1}`, v)),
    ...[80, 100, 250, 100].map((v, i) => input(5 + i, 2, `Spike, period ${i + 1}`, v)),
    input(9, 1, "Commitment", 100),
  ];
  return sheet(EXAMPLE_KEYS.COMMITCOST, "DEAL example COMMITCOST", blocks, inputs, RESULT_WIDTHS);
}
