import fc from "fast-check";
import { nativeTwinFor } from "..";
import { SAME_SHEET, TwinCase } from "./caseParts";
import { rampPriceCase } from "./rampPriceCases";
import { slaCreditCase } from "./slaCreditCases";
import { tieredCostCase } from "./tieredCostCases";
import { DifferenceLog, RELATIVE_TOLERANCE } from "./difference";
import { evaluate } from "./hyperformulaSheet";
import { applyLambda } from "./lambdaExpansion";

/*
 * Random valid calls (cells or typed constants, omitted or blank optional arguments, blank last
 * bounds of every kind, ramps in rows, columns and array constants) give DEAL's number, to a
 * relative 1e-12, from the inline form and from the LAMBDA. Graduated tables with fractional
 * bounds are allowed the representation error of those bounds on top (see TwinCase.slack).
 */

const RUNS = 300;
const log = new DifferenceLog();
afterAll(() => console.info(`Random valid calls (${RUNS} per function)\n${log.summary()}`));

function check(c: TwinCase, form: "inline" | "LAMBDA"): void {
  const twin = nativeTwinFor(c.fn);
  if (twin?.inline === undefined) throw new Error(`no twin for ${c.fn}`);
  const args = c.args(SAME_SHEET);
  const formula = form === "inline" ? twin.inline(args) : applyLambda(twin.lambda, args);
  const result = evaluate(c.inputs, formula, form === "LAMBDA");
  if (!("value" in result) || typeof result.value !== "number") {
    throw new Error(`${c.label}: ${JSON.stringify(result)} from ${formula}`);
  }
  const difference = log.record(
    `${c.fn} ${form}${c.kind ? ` (${c.kind})` : ""}`,
    result.value,
    c.expected
  );
  const allowed = RELATIVE_TOLERANCE * Math.abs(c.expected) + (c.slack ?? 0);
  if (Math.abs(result.value - c.expected) > allowed) {
    throw new Error(
      `${c.label}: ${result.value}, DEAL ${c.expected} (${difference}) from ${formula}`
    );
  }
}

describe.each([
  ["TIEREDCOST", tieredCostCase],
  ["SLACREDIT", slaCreditCase],
  ["RAMPPRICE", rampPriceCase],
] as const)("%s twin", (_, cases) => {
  it("gives DEAL's number inline", () => {
    fc.assert(
      fc.property(cases, (c) => check(c, "inline")),
      { numRuns: RUNS }
    );
  });

  it("gives DEAL's number as the LAMBDA", () => {
    fc.assert(
      fc.property(cases, (c) => check(c, "LAMBDA")),
      { numRuns: RUNS }
    );
  });
});
