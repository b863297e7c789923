import fc from "fast-check";
import { nativeTwinFor } from "..";
import { RefText, TwinCase } from "./caseParts";
import { rampPriceCase } from "./rampPriceCases";
import { slaCreditCase } from "./slaCreditCases";
import { tieredCostCase } from "./tieredCostCases";
import { WORKED_EXAMPLES } from "./workedExamples";
import { DifferenceLog, RELATIVE_TOLERANCE } from "./difference";
import { LibreOfficeResult, recalculateInLibreOffice } from "./libreOffice";

/*
 * The inline forms are meant for LibreOffice 7.4 and spreadsheets without dynamic arrays: this
 * runs the worked examples and random valid calls in the LibreOffice installed here, each call on
 * a results sheet reading its inputs from another sheet. (npm test installs LibreOffice.)
 */

const SAMPLES = 300;

/** The same cases each run, so that a failure can be reproduced. */
const sample = (cases: fc.Arbitrary<TwinCase>, seed: number) =>
  fc.sample(cases, { numRuns: SAMPLES, seed });

describe("inline twins in LibreOffice", () => {
  const cases: TwinCase[] = [
    ...WORKED_EXAMPLES,
    ...sample(tieredCostCase, 1),
    ...sample(slaCreditCase, 2),
    ...sample(rampPriceCase, 3),
  ];
  const log = new DifferenceLog();
  let results: LibreOfficeResult[] = [];

  beforeAll(async () => {
    const calls = cases.map((c) => {
      const inline = nativeTwinFor(c.fn)?.inline;
      if (inline === undefined) throw new Error(`no inline twin for ${c.fn}`);
      return {
        inputs: c.inputs,
        formula: (ref: RefText) => inline(c.args(ref)),
        expected: c.expected,
      };
    });
    results = await recalculateInLibreOffice(calls);
  }, 180_000);

  afterAll(() => {
    console.info(`LibreOffice: ${cases.length} calls\n${log.summary()}`);
  });

  it("gives DEAL's number for every call", () => {
    const wrong = cases.flatMap((c, i) => {
      const result = results[i];
      if (result === undefined || !("value" in result)) {
        return [`${c.label}: ${JSON.stringify(result)}`];
      }
      const difference = Math.abs(result.relativeDifference);
      log.recordDifference(`${c.fn}${c.kind ? ` (${c.kind})` : ""}`, difference, c.expected);
      const allowed = RELATIVE_TOLERANCE + (c.slack ?? 0) / Math.abs(c.expected || 1);
      return difference > allowed ? [`${c.label}: ${result.value}, DEAL ${c.expected}`] : [];
    });
    expect(wrong).toEqual([]);
  });
});
