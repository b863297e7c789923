/*
 * The worked examples of docs/functions.md#commitcost, as the reference writes them: the tests run
 * each through the adapter, the built bundle, the file writer's evaluator and HyperFormula, and
 * check the reference still says it.
 */

export interface CommitCostExample {
  /** As in docs/functions.md, with the usage in A2:A5. */
  readonly formula: string;
  readonly usage: readonly number[];
  readonly expected: number;
}

const USAGE = [80, 100, 120, 100];
/** "With 250 in A4 instead". */
const SPIKE = [80, 100, 250, 100];

export const COMMITCOST_EXAMPLES: readonly CommitCostExample[] = [
  { formula: "=DEAL.COMMITCOST(100, A2:A5)", usage: USAGE, expected: 400 },
  { formula: "=DEAL.COMMITCOST(100, A2:A5, 0, , , 1.5)", usage: USAGE, expected: 430 },
  { formula: "=DEAL.COMMITCOST(100, A2:A5, 0, , , 1.5, , 2, 4)", usage: USAGE, expected: 400 },
  { formula: "=DEAL.COMMITCOST(100, A2:A5, 0, , , 1.5, , 2, 2)", usage: USAGE, expected: 420 },
  { formula: "=DEAL.COMMITCOST(100, A2:A5, , , , 1.1, 0.5)", usage: USAGE, expected: 420 },
  { formula: "=DEAL.COMMITCOST(100, A2:A5, , , , 1.1, 0)", usage: USAGE, expected: 440 },
  { formula: "=DEAL.COMMITCOST(100, A2:A5, 0, , , 1.5, , 2, 4)", usage: SPIKE, expected: 555 },
  { formula: "=DEAL.COMMITCOST(100, A2:A5, 0.2, 1, , 1.1, , 2)", usage: SPIKE, expected: 535 },
];

/** The example's arguments as Excel passes them: the usage as a column, omitted ones as null. */
export function adapterArguments(example: CommitCostExample): unknown[] {
  const inside = example.formula.replace(/^=DEAL\.COMMITCOST\(/, "").replace(/\)$/, "");
  return inside.split(",").map((text) => {
    const arg = text.trim();
    if (arg === "A2:A5") return example.usage.map((u) => [u]);
    return arg === "" ? null : Number(arg);
  });
}
