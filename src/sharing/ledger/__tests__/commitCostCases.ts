import fc from "fast-check";
import { CommitCostTerms, commitCost } from "../../../pricing";
import { argTexts, optional, placeOptional, RefText } from "../../twins/__tests__/caseParts";
import type { CellInput } from "../../twins/__tests__/hyperformulaSheet";
import type { CommitCostCallText } from "../ledgerTypes";
import { RolloverCase, rolloverCase } from "./rolloverCases";

/*
 * Random valid DEAL.COMMITCOST calls as a sheet holds them: ROLLOVER's cases (every draw-down
 * option, arguments in cells and typed) with rate, scale, burst and window in E5:E8, and the
 * pricing core's cost.
 */

/** The calls both engines check: the same ones on every run, so that LibreOffice sees them too. */
export const COMMITCOST_SAMPLE = { numRuns: 300, seed: 20261208 } as const;

export interface CommitCostCase {
  readonly label: string;
  readonly inputs: Readonly<Record<string, CellInput>>;
  readonly args: (ref: RefText) => string[];
  readonly terms: CommitCostTerms;
  readonly periods: number;
  readonly expected: number;
}

/** The call as the ledger receives it, sitting at `source`. */
export function commitCostCallText(
  c: CommitCostCase,
  ref: RefText,
  source: string
): CommitCostCallText {
  const [commit, usage, cap = "", expiry = "", trueup = "", ...own] = c.args(ref);
  const [rate = "", scale = "", burst = "", window = ""] = own;
  return { commit, usage, cap, expiry, trueup, rate, scale, burst, window, source };
}

const hundredths = (max: number) => fc.integer({ min: 0, max }).map((k) => k / 100);

export const commitCostCase: fc.Arbitrary<CommitCostCase> = rolloverCase.chain((base) =>
  fc
    .record({
      rate: optional(fc.oneof(fc.constantFrom(0, 1, 1.05, 1.1, 1.5), hundredths(300))),
      scale: optional(fc.oneof(fc.constantFrom(0, 0.5, 0.8, 1, 2), hundredths(250))),
      burst: optional(
        fc.oneof(
          fc.constantFrom(1, 1.5, 2, 3),
          hundredths(200).map((x) => 1 + x)
        )
      ),
      window: optional(fc.integer({ min: 1, max: base.expected.length + 2 })),
    })
    .map((own) => withOwnArguments(base, own))
);

function withOwnArguments(
  base: RolloverCase,
  own: Record<"rate" | "scale" | "burst" | "window", Parameters<typeof placeOptional>[2]>
): CommitCostCase {
  const inputs: Record<string, CellInput> = { ...base.inputs };
  const [rate, rateValue] = placeOptional(inputs, "E5", own.rate);
  const [scale, scaleValue] = placeOptional(inputs, "E6", own.scale);
  const [burst, burstValue] = placeOptional(inputs, "E7", own.burst);
  const [window, windowValue] = placeOptional(inputs, "E8", own.window);
  const terms: CommitCostTerms = {
    ...base.terms,
    rate: rateValue as number | undefined,
    scale: scaleValue as number | undefined,
    burst: burstValue as number | undefined,
    window: windowValue as number | undefined,
  };
  const ownTexts = argTexts([rate, scale, burst, window]);
  return {
    label: JSON.stringify(terms),
    inputs,
    args: (ref) => {
      const mine = ownTexts(ref);
      const rollover = base.args(ref);
      if (mine.length === 0) return rollover;
      return [...rollover, ...Array<string>(5 - rollover.length).fill(""), ...mine];
    },
    terms,
    periods: base.expected.length,
    expected: commitCost(terms),
  };
}
