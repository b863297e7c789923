import { FunctionName } from "../../../pricing/errors";
import { rampPrice, slaCredit, tieredCost } from "../../../pricing";
import { Tier, TierMode } from "../../../pricing/tierTypes";
import { RefText, SAME_SHEET, TwinCase } from "./caseParts";
import { SheetInputs } from "./hyperformulaSheet";

/* The worked examples of docs/functions.md, with the numbers the docs promise. */

const PRICE_TABLE: SheetInputs = { A2: 1000000000, B2: 15, A3: 10000000000, B3: 12, B4: 9 };
const SLA_TABLE: SheetInputs = { A2: 0.999, B2: 0.1, A3: 0.99, B3: 0.25, A4: 0.95, B4: 1 };
const RETAILER_RAMP = "{0;-0.15;-0.1}";

function example(
  fn: FunctionName,
  inputs: SheetInputs,
  args: readonly string[],
  docs: number
): TwinCase {
  // References in the docs' calls are plain A1 ranges; the rest are constants.
  const written = (ref: RefText) => args.map((a) => (/^\$?[A-Z]+\$?\d/.test(a) ? ref(a) : a));
  return { fn, label: `DEAL.${fn}(${args.join(", ")})`, inputs, args: written, expected: docs };
}

/** Each worked example of docs/functions.md, with its documented result. */
export const WORKED_EXAMPLES: readonly TwinCase[] = [
  example("TIEREDCOST", PRICE_TABLE, ["2000000000", "A2:B4", '"graduated"', "1000000"], 27000),
  example("TIEREDCOST", PRICE_TABLE, ["2000000000", "A2:B4", '"volume"', "1000000"], 24000),
  example("SLACREDIT", SLA_TABLE, ["0.9989", "100000", "A2:B4"], 10000),
  example("SLACREDIT", {}, ["0.9975", "850000", "0.999", "0.02"], 34000),
  example("SLACREDIT", {}, ["0.96", "40000", "0.999", "0.01", "", "0.5"], 15600),
  example("RAMPPRICE", {}, ["3", "3", RETAILER_RAMP, "0.05"], 2.295),
  example("RAMPPRICE", {}, ["3", "4", RETAILER_RAMP, "0.05"], 2.40975),
  example("RAMPPRICE", {}, ["3", "6", RETAILER_RAMP, "0.05"], 2.656749375),
  example("RAMPPRICE", {}, ["220", "3", "", "0.1", "2"], 242),
  example("RAMPPRICE", {}, ["220", "4", "", "0.1", "2"], 266.2),
];

/** What the pricing core gives for a worked example (the docs' numbers are checked against it). */
export function coreAnswer(c: TwinCase): number {
  const args = c.args(SAME_SHEET);
  const n = (i: number) => Number(args[i]);
  switch (c.fn) {
    case "TIEREDCOST": {
      const tiers: Tier[] = [
        { upTo: 1000000000, price: 15, flatFee: 0 },
        { upTo: 10000000000, price: 12, flatFee: 0 },
        { upTo: Infinity, price: 9, flatFee: 0 },
      ];
      return tieredCost(n(0), tiers, JSON.parse(args[2]) as TierMode, n(3));
    }
    case "SLACREDIT":
      return slaCredit({
        uptime: n(0),
        fee: n(1),
        schedule:
          args[2] === "A2:B4"
            ? {
                kind: "table",
                rows: [
                  [0.999, 0.1],
                  [0.99, 0.25],
                  [0.95, 1],
                ].map(([threshold, s]) => ({ threshold, share: s })),
              }
            : { kind: "linear", target: n(2), perStep: n(3), step: args[4] ? n(4) : undefined },
        cap: args[5] ? n(5) : undefined,
      });
    case "RAMPPRICE":
      return rampPrice({
        base: n(0),
        period: n(1),
        ramp: args[2] ? [0, -0.15, -0.1] : undefined,
        uplift: args[3] ? n(3) : undefined,
        term: args[4] ? n(4) : undefined,
      });
    default:
      throw new Error(`no worked example for ${c.fn}`);
  }
}
