/*
 * Shows DEAL's functions working without Excel: loads the built dist/functions.js the way Excel's
 * custom-functions runtime does and prints worked examples as a user would type them in cells.
 */
import { loadInCustomFunctionsRuntime } from "../test/support/functionsBundle";

const runtime = loadInCustomFunctionsRuntime();
const call = (id: string, ...args: unknown[]): unknown => {
  try {
    return runtime.associated.get(id)?.(...args);
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return `${code} ${message}`;
  }
};

const perMillion = [
  [1e9, 15],
  [1e10, 12],
  ["", 9],
];
const bedrockLike = [
  [0.999, 0.1],
  [0.99, 0.25],
  [0.95, 1],
];
const examples: [string, unknown][] = [
  [
    '=DEAL.TIEREDCOST(2e9, {1e9,15;1e10,12;"",9}, "graduated", 1e6)',
    call("TIEREDCOST", 2e9, perMillion, "graduated", 1e6),
  ],
  [
    '=DEAL.TIEREDCOST(2e9, {1e9,15;1e10,12;"",9}, "volume", 1e6)',
    call("TIEREDCOST", 2e9, perMillion, "volume", 1e6),
  ],
  [
    '=DEAL.TIEREDCOST(3, {1,0.1;2,0.2;"",0})   (floats would say 0.30000000000000004)',
    call("TIEREDCOST", 3, [
      [1, 0.1],
      [2, 0.2],
      ["", 0],
    ]),
  ],
  ["=DEAL.ROLLOVER(100, {80;100;120;100})", call("ROLLOVER", [[100]], [[80], [100], [120], [100]])],
  [
    "=DEAL.SLACREDIT(0.9989, 100000, {0.999,0.1;0.99,0.25;0.95,1})",
    call("SLACREDIT", 0.9989, 100000, bedrockLike),
  ],
  [
    "=DEAL.SLACREDIT(0.9975, 850000, 0.999, 0.02)",
    call("SLACREDIT", 0.9975, 850000, [[0.999]], 0.02),
  ],
  [
    "=DEAL.RAMPPRICE(3, 6, {0;-0.15;-0.1}, 0.05)",
    call("RAMPPRICE", 3, 6, [[0], [-0.15], [-0.1]], 0.05),
  ],
  [
    "=DEAL.SLACREDIT(99.9, 1000, 0.999, 0.02)   (a typical slip)",
    call("SLACREDIT", 99.9, 1000, [[0.999]], 0.02),
  ],
];

console.log("DEAL functions, loaded from dist/functions.js as Excel loads them:\n");
for (const [formula, result] of examples) {
  const shown = Array.isArray(result)
    ? result.map((row) => `[${row.join(", ")}]`).join(" ")
    : String(result);
  console.log(`${formula}\n    → ${shown}\n`);
}
