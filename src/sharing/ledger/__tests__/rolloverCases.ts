import fc from "fast-check";
import { RolloverPeriod, RolloverTerms, rollover } from "../../../pricing";
import {
  Optional,
  Placed,
  RefText,
  address,
  argTexts,
  optional,
  place,
  placeOptional,
  range,
} from "../../twins/__tests__/caseParts";
import { CellInput } from "../../twins/__tests__/hyperformulaSheet";
import type { RolloverCallText } from "../ledgerTypes";

/*
 * Random valid DEAL.ROLLOVER calls as a sheet holds them, with the pricing core's answer. Inputs
 * sit on their own sheet, at the same addresses in every case (so that LibreOffice can stack
 * cases in bands): usage down column B from B2 or along row 45, a commitment list down column C
 * or along row 46, the scalars in E1:E4.
 */

/** The calls both engines check: the same ones on every run, so that LibreOffice sees them too. */
export const SAMPLE = { numRuns: 600, seed: 20240 } as const;

/** The rows a case's inputs may use. */
export const CASE_ROWS = 50;

export interface RolloverCase {
  readonly label: string;
  /** Cells of the inputs sheet, by A1 address. */
  readonly inputs: Readonly<Record<string, CellInput>>;
  /** The call's argument texts, references written by `ref`. */
  readonly args: (ref: RefText) => string[];
  readonly terms: RolloverTerms;
  /** The periods DEAL.ROLLOVER spills, from the pricing core. */
  readonly expected: readonly RolloverPeriod[];
  /** The largest usage or commitment: what differences are measured against. */
  readonly scale: number;
}

/** The call as the ledger receives it, sitting at `source`. */
export function callText(c: RolloverCase, ref: RefText, source: string): RolloverCallText {
  const [commit, usage, cap = "", expiry = "", trueup = ""] = c.args(ref);
  return { commit, usage, cap, expiry, trueup, source };
}

/** A number typed into a formula exactly as the cell would hold it (Excel reads 15 digits). */
const typable = (n: number) => String(n).length <= 15;

/** An amount: a multiple of the case's unit, whole or with cents, sometimes 0. */
const multiple = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 150 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 15000 }).map((k) => k / 100) },
  { weight: 1, arbitrary: fc.constant(0) }
);
/**
 * Usage with quiet periods, a share of them 0 to 9: with less used than is carried, amounts live
 * to their expiry.
 */
const usageEntries = (periods: number) =>
  fc.constantFrom(0, 3, 7).chain((quiet) =>
    fc.array(
      fc
        .tuple(multiple, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }))
        .map(([amount, low, draw]) => (draw < quiet ? low : amount)),
      { minLength: periods, maxLength: periods }
    )
  );
const UNITS = [1, 0.01, 0.37, 1000, 1e9] as const;
const BLANKS: readonly CellInput[] = [null, '=""'];

/** An optional argument, given more often than not (expiry's work is the ledger's hardest). */
const oftenGiven = <T>(value: fc.Arbitrary<T>): fc.Arbitrary<Optional<T>> =>
  fc.oneof(
    optional(value),
    fc.record({ kind: fc.constant("given" as const), value, typed: fc.boolean() })
  );

type Layout = "column" | "row" | "array";

const caseParts = fc.integer({ min: 1, max: 40 }).chain((periods) =>
  fc.record({
    periods: fc.constant(periods),
    unit: fc.constantFrom(...UNITS),
    usage: usageEntries(periods),
    // Blank cells inside the list count as 0; the last period is a number, or DEAL has fewer.
    blanksInside:
      periods < 2
        ? fc.constant<number[]>([])
        : fc.array(fc.integer({ min: 0, max: periods - 2 }), { maxLength: 3 }),
    blankKind: fc.constantFrom(...BLANKS),
    trailingBlanks: fc.integer({ min: 0, max: 3 }),
    usageLayout: fc.constantFrom<Layout>("column", "row", "array"),
    commit: fc.oneof(
      fc.record({ kind: fc.constant("one" as const), value: multiple, typed: fc.boolean() }),
      fc.record({
        kind: fc.constant("list" as const),
        values: fc.array(multiple, { minLength: periods, maxLength: periods }),
        layout: fc.constantFrom<Layout>("column", "row", "array"),
      }),
      // A range with only its first cell filled: DEAL reads one commitment.
      fc.record({
        kind: fc.constant("first" as const),
        value: multiple,
        cells: fc.integer({ min: 2, max: periods + 2 }),
      })
    ),
    cap: optional(
      fc.oneof(
        fc.constantFrom(0, 1, 0.2, 0.5),
        fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000)
      )
    ),
    expiry: oftenGiven(
      fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: periods + 2 }))
    ),
    trueup: optional(fc.integer({ min: 1, max: periods })),
  })
);

/** Writes a list down column `column` from row 2, or along `row` from column B; returns the range. */
function placeList(
  inputs: Record<string, CellInput>,
  entries: readonly CellInput[],
  layout: Layout,
  column: number,
  row: number
): Placed {
  if (layout === "array" && entries.every((e) => typeof e === "number" && typable(e))) {
    return { literal: `{${entries.join(";")}}` };
  }
  const inRow = layout === "row";
  entries.forEach((e, i) => (inputs[inRow ? address(row, 2 + i) : address(2 + i, column)] = e));
  const last = 1 + entries.length;
  return { cell: inRow ? range(row, 2, row, last) : range(2, column, last, column) };
}

export const rolloverCase: fc.Arbitrary<RolloverCase> = caseParts.map((c): RolloverCase => {
  const inputs: Record<string, CellInput> = {};
  const amount = (k: number) => k * c.unit;
  const usageValues = c.usage.map(amount);
  const usageCells: CellInput[] = usageValues.map((v, i) =>
    c.blanksInside.includes(i) ? c.blankKind : v
  );
  const trailing = c.usageLayout === "array" ? 0 : c.trailingBlanks;
  const usage = placeList(
    inputs,
    [...usageCells, ...Array<CellInput>(trailing).fill(c.blankKind)],
    c.usageLayout,
    2,
    45
  );
  let commit: Placed;
  let commitTerms: number | number[];
  if (c.commit.kind === "list") {
    commitTerms = c.commit.values.map(amount);
    commit = placeList(inputs, commitTerms, c.commit.layout, 3, 46);
  } else if (c.commit.kind === "first") {
    commitTerms = amount(c.commit.value);
    const cells = [commitTerms, ...Array<CellInput>(c.commit.cells - 1).fill(c.blankKind)];
    commit = placeList(inputs, cells, "column", 3, 46);
  } else {
    commitTerms = amount(c.commit.value);
    commit = place(inputs, "E1", commitTerms, c.commit.typed);
  }
  const [cap, capValue] = placeOptional(inputs, "E2", c.cap);
  const [expiry, expiryValue] = placeOptional(inputs, "E3", c.expiry);
  const [trueup, trueupValue] = placeOptional(inputs, "E4", c.trueup);
  const terms: RolloverTerms = {
    commit: commitTerms,
    usage: usageCells.map((v) => (typeof v === "number" ? v : 0)),
    cap: capValue,
    expiry: expiryValue,
    trueUp: trueupValue,
  };
  const amounts = [
    ...terms.usage,
    ...(typeof commitTerms === "number" ? [commitTerms] : commitTerms),
  ];
  return {
    label: JSON.stringify({ ...terms, layout: c.usageLayout, commitKind: c.commit.kind }),
    inputs,
    args: argTexts([commit, usage, cap, expiry, trueup]),
    terms,
    expected: rollover(terms),
    // Number.MIN_VALUE where every amount is 0: then every figure must be 0 exactly.
    scale: Math.max(...amounts, Number.MIN_VALUE),
  };
});
