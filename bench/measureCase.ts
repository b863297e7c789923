/* Measures one benchmark case (named in argv) and prints its calls-per-second samples as JSON. */
import { performance } from "perf_hooks";
import { createCustomFunctionsGlobal } from "../src/functions/standInRuntime";
import { CASES } from "./cases";

(globalThis as Record<string, unknown>).CustomFunctions = createCustomFunctionsGlobal();

const ROUND_MS = 50;
const SAMPLES = 21;

const benchCase = CASES[process.argv[2]];
const inputs = benchCase.inputs as never[];
const call = benchCase.call;
let sink = 0;

/** One timed round: passes over the inputs until ROUND_MS have elapsed; returns calls per second. */
function round(): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ROUND_MS) {
    for (let i = 0; i < inputs.length; i++) {
      const result = call(inputs[i]);
      sink += typeof result === "number" ? result : 1;
    }
    calls += inputs.length;
    elapsed = performance.now() - start;
  }
  return calls / (elapsed / 1000);
}

for (let i = 0; i < 10; i++) round(); // warm-up: let the JIT settle
const samples = Array.from({ length: SAMPLES }, round);
if (Number.isNaN(sink)) throw new Error("a benchmark result was NaN");
process.stdout.write(JSON.stringify(samples));
