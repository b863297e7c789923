/*
 * `npm run bench`: calls per second of each DEAL function on realistic inputs, next to a plain
 * floating-point tier walk measured in the same run. Each case runs in a fresh Node process, so
 * no case inherits another's JIT state (a shared call site goes polymorphic and slows whoever
 * runs later). Prints medians and ratios; asserts nothing.
 */
import { execFileSync } from "child_process";
import * as path from "path";
import { CASES } from "./cases";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(name: string): number {
  const output = execFileSync(
    process.execPath,
    [
      "-r",
      require.resolve("ts-node/register/transpile-only"),
      path.join(__dirname, "measureCase.ts"),
      name,
    ],
    { encoding: "utf8" }
  );
  return median(JSON.parse(output) as number[]);
}

const rate = (value: number) => `${Math.round(value).toLocaleString("en-US").padStart(12)} calls/s`;
const perCall = (value: number) => `${(1000 / value).toFixed(2).padStart(12)} ms a call`;

console.log(
  `DEAL benchmark: Node ${process.version}, median of 21 rounds of 50 ms per case, one process per case\n`
);
const yardstick = measure("float");
console.log(`${CASES.float.label.padEnd(64)}${rate(yardstick)}`);
const medians = new Map<string, number>();
/** The time of a case against the case it names as its baseline, when that was measured too. */
function versus(name: string, median: number): string {
  const other = CASES[name].versus;
  const baseline = other === undefined ? undefined : medians.get(other);
  return baseline === undefined ? "" : `, ${(baseline / median).toFixed(2)}× ${other}'s`;
}
const only = process.argv.slice(2); // `npm run bench -- wholeColumnTiered …` measures just those
for (const name of Object.keys(CASES).filter((n) => n !== "float")) {
  if (only.length > 0 && !only.includes(name)) continue;
  const median = measure(name);
  medians.set(name, median);
  if (CASES[name].perCall) {
    console.log(`${CASES[name].label.padEnd(64)}${perCall(median)}`);
    continue;
  }
  console.log(
    `${CASES[name].label.padEnd(64)}${rate(median)}   ${(yardstick / median).toFixed(1).padStart(7)}× the float walk's time${versus(name, median)}`
  );
}
