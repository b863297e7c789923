import { nativeTwinFor } from "..";
import { SAME_SHEET } from "./caseParts";
import { WORKED_EXAMPLES, coreAnswer } from "./workedExamples";
import { DifferenceLog, RELATIVE_TOLERANCE } from "./difference";
import { evaluateNumber } from "./hyperformulaSheet";
import { applyLambda } from "./lambdaExpansion";

const log = new DifferenceLog();
afterAll(() => console.info(`Worked examples\n${log.summary()}`));

describe.each(WORKED_EXAMPLES.map((c) => [c.label, c] as const))("%s", (_, example) => {
  const twin = nativeTwinFor(example.fn);
  if (twin?.inline === undefined) throw new Error(`no inline twin for ${example.fn}`);
  const args = example.args(SAME_SHEET);

  it("is what the docs promise, in the pricing core", () => {
    expect(coreAnswer(example)).toBe(example.expected);
  });

  it("gives that number inline, without arrays", () => {
    const value = evaluateNumber(example.inputs, twin.inline!(args));
    expect(log.record(`${example.fn} inline`, value, example.expected)).toBeLessThanOrEqual(
      RELATIVE_TOLERANCE
    );
  });

  it("gives that number as the LAMBDA, applied to the same arguments", () => {
    const value = evaluateNumber(example.inputs, applyLambda(twin.lambda, args), true);
    expect(log.record(`${example.fn} LAMBDA`, value, example.expected)).toBeLessThanOrEqual(
      RELATIVE_TOLERANCE
    );
  });
});
