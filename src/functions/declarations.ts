import type { FunctionName } from "../pricing/errors";
import { EXPECTED } from "../pricing/expectations";

/*
 * The function table: one declaration per DEAL function, the one place its facts are stated.
 * The runner reads a call's arguments by it (runner.ts); the file writer's evaluator, the
 * HyperFormula test plugin and the bad-input tests take their calls' shapes from it; tests hold
 * the JSDoc that Excel's metadata is generated from, and docs/functions.md, to it.
 */

/**
 * How an argument is taken: `number`, one value; `list`, numbers in one row or one column;
 * `table`, a range of rows and columns; `text`, one value read as a word.
 */
export type ParameterKind = "number" | "list" | "table" | "text";

export interface ParameterDeclaration {
  /** As in the cell's tooltip and every error message. */
  readonly name: string;
  readonly kind: ParameterKind;
  readonly optional: boolean;
  /** Its @param text in Excel's metadata: what it is, its rule, its default. */
  readonly description: string;
  /** What a blank or omitted optional argument means. */
  readonly default?: string;
  /** What it must be, phrased to follow "expected" (an EXPECTED phrase): the runner's check. */
  readonly rule: string;
}

/** A result that spills: a row for every value of one argument, these columns. */
export interface SpillDeclaration {
  readonly rowPerValueOf: string;
  readonly columns: readonly string[];
}

export interface FunctionDeclaration {
  readonly name: FunctionName;
  /** Excel's description of it (the JSDoc's first paragraph). */
  readonly description: string;
  readonly parameters: readonly ParameterDeclaration[];
  /** The JSDoc's @returns. */
  readonly returns: string;
  /** Absent for a single number. */
  readonly spills?: SpillDeclaration;
}

export const TIEREDCOST = {
  name: "TIEREDCOST",
  description:
    "Cost of a quantity under a tiered price table: graduated (each unit at its tier's price), volume (all units at the price of the tier the total falls in) or stairstep (that tier's price as a lump sum). Exact decimal arithmetic.",
  parameters: [
    {
      name: "units",
      kind: "number",
      optional: false,
      description: "Quantity to price, ≥ 0 (e.g. tokens in the month).",
      rule: EXPECTED.nonNegative,
    },
    {
      name: "tiers",
      kind: "table",
      optional: false,
      description:
        "Tier table, one row per tier in increasing order: upper bound (inclusive; blank on the last row for no limit), price per `per` units, optional flat fee.",
      rule: EXPECTED.tierColumns,
    },
    {
      name: "mode",
      kind: "text",
      optional: true,
      description:
        '"graduated" (default), "volume" or "stairstep"; "tiered" and "bulk" are accepted too.',
      default: '"graduated"',
      rule: EXPECTED.tierMode,
    },
    {
      name: "per",
      kind: "number",
      optional: true,
      description:
        "How many units a price is for, > 0; default 1 (1000000 for prices per million tokens). Not used in stairstep mode.",
      default: "1",
      rule: EXPECTED.positive,
    },
  ],
  returns: "The cost.",
} as const satisfies FunctionDeclaration;

export const ROLLOVER = {
  name: "ROLLOVER",
  description:
    "Period-by-period draw-down of a committed amount, with rollover of unused capacity. Spills one row per period: carried in, covered, overage, carried out, forfeited.",
  parameters: [
    {
      name: "commit",
      kind: "list",
      optional: false,
      description:
        "The commitment per period: one number ≥ 0, or a list with one per period (as long as usage).",
      rule: EXPECTED.nonNegative,
    },
    {
      name: "usage",
      kind: "list",
      optional: false,
      description:
        "Usage per period, each ≥ 0, one row or one column (1 to 1200 periods; blanks inside count as 0).",
      rule: EXPECTED.nonNegative,
    },
    {
      name: "cap",
      kind: "number",
      optional: true,
      description:
        "Share of a period's own commitment that may roll over when unused, 0 to 1; default 1. 0 is use-it-or-lose-it.",
      default: "1",
      rule: EXPECTED.share,
    },
    {
      name: "expiry",
      kind: "number",
      optional: true,
      description:
        "Periods a rolled amount stays usable (a whole number ≥ 1); default: it never expires.",
      default: "it never expires",
      rule: EXPECTED.wholeAtLeastOne,
    },
    {
      name: "trueup",
      kind: "number",
      optional: true,
      description:
        "Every this many periods, all carried capacity is forfeited (12 = annual true-up of months); default: none.",
      default: "none",
      rule: EXPECTED.wholeAtLeastOne,
    },
  ],
  returns: "Five columns per period: carried in, covered, overage, carried out, forfeited.",
  spills: {
    rowPerValueOf: "usage",
    columns: ["carried in", "covered", "overage", "carried out", "forfeited"],
  },
} as const satisfies FunctionDeclaration;

export const SLACREDIT = {
  name: "SLACREDIT",
  description:
    "Service credit owed for a period under an SLA: a table of thresholds, or a linear clause (a share of the fee per step below target, or portion thereof). Credit = fee × min(share, cap).",
  parameters: [
    {
      name: "uptime",
      kind: "number",
      optional: false,
      description: "Measured availability, 0 to 1 (99.9% is 0.999).",
      rule: EXPECTED.uptime,
    },
    {
      name: "fee",
      kind: "number",
      optional: false,
      description: "The period's charge the credit is a share of, ≥ 0.",
      rule: EXPECTED.nonNegative,
    },
    {
      name: "schedule",
      kind: "table",
      optional: false,
      description:
        "A two-column table (uptime threshold, credit share), or one number: the uptime target of a linear clause.",
      rule: EXPECTED.scheduleShape,
    },
    {
      name: "per_step",
      kind: "number",
      optional: true,
      description: "Linear clause only: share of the fee per step below target (2% is 0.02).",
      rule: EXPECTED.perStepWithTarget,
    },
    {
      name: "step",
      kind: "number",
      optional: true,
      description: "Linear clause only: the step, > 0; default 0.001 (0.1 percentage point).",
      default: "0.001",
      rule: EXPECTED.positive,
    },
    {
      name: "cap",
      kind: "number",
      optional: true,
      description: "The largest share credited, 0 to 1; default 1.",
      default: "1",
      rule: EXPECTED.share,
    },
  ],
  returns: "The credit, in the fee's currency.",
} as const satisfies FunctionDeclaration;

export const RAMPPRICE = {
  name: "RAMPPRICE",
  description:
    "The unit price in force in a period of a ramped, multi-period deal: base × the ramp's changes up to that period, then the renewal uplift compounded each period after the term.",
  parameters: [
    {
      name: "base",
      kind: "number",
      optional: false,
      description: "The price before any change, ≥ 0.",
      rule: EXPECTED.nonNegative,
    },
    {
      name: "period",
      kind: "number",
      optional: false,
      description: "Which period to price, a whole number from 1 to 1200.",
      rule: EXPECTED.period,
    },
    {
      name: "ramp",
      kind: "list",
      optional: true,
      description:
        "Changes per period within the term, each > -1 (-0.15 is a 15% cut); one row or column, blanks count as 0.",
      default: "no change",
      rule: EXPECTED.aboveMinusOne,
    },
    {
      name: "uplift",
      kind: "number",
      optional: true,
      description:
        "Change applied each period after the term, compounded (a 5% renewal cap is 0.05); default 0.",
      default: "0",
      rule: EXPECTED.aboveMinusOne,
    },
    {
      name: "term",
      kind: "number",
      optional: true,
      description:
        "Periods in the committed term, a whole number ≥ 1; default the length of ramp, or 1.",
      default: "the length of ramp, or 1",
      rule: EXPECTED.wholeAtLeastOne,
    },
  ],
  returns: "The price in force in that period.",
} as const satisfies FunctionDeclaration;

export const COMMITCOST = {
  name: "COMMITCOST",
  description:
    "What a spend commitment costs over all its periods, drawn down with ROLLOVER's rules: every period's commitment, plus uncovered usage at rate, with an optional burst allowance balanced within windows of periods. Exact decimal arithmetic.",
  parameters: [
    {
      ...ROLLOVER.parameters[0],
      description: "The commitment per period, as in ROLLOVER: one number ≥ 0, or one per period.",
    },
    {
      ...ROLLOVER.parameters[1],
      description:
        "Usage per period in the commitment's currency, each ≥ 0, one row or one column (1 to 1200 periods).",
    },
    ROLLOVER.parameters[2],
    ROLLOVER.parameters[3],
    ROLLOVER.parameters[4],
    {
      name: "rate",
      kind: "number",
      optional: true,
      description:
        "What uncovered usage costs as a multiple of the committed price, ≥ 0 (1.1 = 10% above); default 1.",
      default: "1",
      rule: EXPECTED.nonNegative,
    },
    {
      name: "scale",
      kind: "number",
      optional: true,
      description: "Multiplies every period's commitment, ≥ 0 (0.8 commits 80%); default 1.",
      default: "1",
      rule: EXPECTED.nonNegative,
    },
    {
      name: "burst",
      kind: "number",
      optional: true,
      description:
        "≥ 1: uncovered usage up to this multiple of the period's commitment is settled at the committed price, less what commitment lost in its window pays for; default 1 (none).",
      default: "1 (none)",
      rule: EXPECTED.atLeastOne,
    },
    {
      name: "window",
      kind: "number",
      optional: true,
      description:
        "Bursts balance within blocks of this many periods from period 1, a whole number ≥ 1; default all the periods.",
      default: "all the periods",
      rule: EXPECTED.wholeAtLeastOne,
    },
  ],
  returns: "The cost of the commitment over all its periods.",
} as const satisfies FunctionDeclaration;

/** Every DEAL function's declaration, by name, in the order the reference lists them. */
export const DECLARATIONS: Readonly<Record<FunctionName, FunctionDeclaration>> = {
  TIEREDCOST,
  ROLLOVER,
  SLACREDIT,
  RAMPPRICE,
  COMMITCOST,
};

export const FUNCTION_NAMES = Object.keys(DECLARATIONS) as readonly FunctionName[];

/** The positions of the arguments Excel passes as ranges (2-D arrays): lists and tables. */
export function rangeArguments(declaration: FunctionDeclaration): number[] {
  return declaration.parameters.flatMap((p, i) =>
    p.kind === "list" || p.kind === "table" ? [i] : []
  );
}

/** A record with an entry for every DEAL function, made from its name. */
export function byFunction<T>(entry: (name: FunctionName) => T): Readonly<Record<FunctionName, T>> {
  return Object.fromEntries(FUNCTION_NAMES.map((name) => [name, entry(name)])) as Record<
    FunctionName,
    T
  >;
}

/** Where an argument comes in a call, for a reader that takes it with another. */
export function argumentIndex(declaration: FunctionDeclaration, name: string): number {
  const index = declaration.parameters.findIndex((parameter) => parameter.name === name);
  if (index < 0) throw new Error(`DEAL.${declaration.name} has no argument ${name}`);
  return index;
}
