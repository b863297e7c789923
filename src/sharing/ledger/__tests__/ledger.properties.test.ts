import fc from "fast-check";
import { DifferenceLog } from "../../twins/__tests__/difference";
import { inputsRef, ledgerEngine } from "./ledgerEngine";
import { SCALE_TOLERANCE, measure, spilled } from "./measure";
import { SAMPLE, callText, rolloverCase } from "./rolloverCases";

/*
 * Random valid DEAL.ROLLOVER calls (every option, arguments in cells and typed, usage in a column,
 * a row or braces, 1 to 40 periods) give the pricing core's numbers from the ledger, calculated by
 * HyperFormula, to SCALE_TOLERANCE of the call's largest amount. With whole amounts every step is
 * exact in floating point, so there the ledger must give DEAL's numbers exactly.
 */

const log = new DifferenceLog();
afterAll(() =>
  console.info(`Ledger in HyperFormula, ${SAMPLE.numRuns} random calls\n${log.summary()}`)
);

/** Somewhere on a ledger sheet, whose name needs quoting. */
const placement = fc.record({
  sheet: fc.constantFrom("DEAL draw-downs", "Rob's ledger"),
  row: fc.integer({ min: 0, max: 30 }),
  column: fc.integer({ min: 0, max: 5 }),
});

describe("the ledger in HyperFormula", () => {
  it("gives DEAL's numbers for random calls", () => {
    fc.assert(
      fc.property(rolloverCase, placement, (c, at) => {
        const engine = ledgerEngine(
          c.inputs,
          callText(c, inputsRef, "'Deal''s inputs'!G1"),
          c.args(inputsRef),
          c.expected.length,
          at
        );
        try {
          // The case's terms are what DEAL itself reads from the cells.
          expect(engine.deal()).toEqual(c.expected.map(spilled));
          const m = measure(engine.outputs(), c.expected, c.scale);
          expect(m.notNumbers).toEqual([]);
          log.recordDifference("relative to the call's largest amount", m.ofScale, c.scale);
          if (m.relative > 0)
            log.recordDifference("relative, where DEAL's figure is not 0", m.relative, m.at);
          expect(m.ofScale).toBeLessThanOrEqual(SCALE_TOLERANCE);
          const whole = [...c.terms.usage, c.terms.commit].flat().every(Number.isInteger);
          if (whole && [undefined, 0, 0.5, 1].includes(c.terms.cap)) expect(m.ofScale).toBe(0);
        } finally {
          engine.destroy();
        }
      }),
      SAMPLE
    );
  });
});
