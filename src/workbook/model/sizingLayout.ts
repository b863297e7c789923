import { SCENARIO_COUNT } from "../../dealModel";

/*
 * Where "how big to commit" sits on the model sheet (zero-based rows and columns):
 * - in the summary, the scenarios' probabilities beside the exposure table of net costs, with the
 *   expected net cost under it; then a block of its own: the commitment levels (inputs, a row
 *   each) with each offer's expected net cost, and what they say (the best level, its distance
 *   from the proposed commitment, the expected saving);
 * - in each offer's section, a band under its schedule: the parts of the cost that do not depend
 *   on usage, the scenarios' probabilities, then a row per level with its cost in each scenario.
 */

/** Rows the net-cost exposure table gains under its scenarios: the expected cost, the probabilities' check. */
export const EXPECTED_ROWS = 2;

/** Rows under the summary's levels, in order, each with a column per offer. */
export const SIZING_RESULTS = [
  "bestLevel",
  "proposedCommitment",
  "bestCommitment",
  "distance",
  "proposedExpected",
  "bestExpected",
  "saving",
] as const;
export type SizingResult = (typeof SIZING_RESULTS)[number];

/** Columns of an offer's sizing band; the scenarios' costs sit between the commitment and the expected cost. */
export const SIZING_COLUMNS = {
  level: 0,
  yearOneCommitment: 1,
  /** Scenario s (in the settings' order) is at firstScenario + s. */
  firstScenario: 2,
  expected: 2 + SCENARIO_COUNT,
  aboveBest: 3 + SCENARIO_COUNT,
} as const;

export interface SummarySizing {
  readonly heading: number;
  readonly note: number;
  /** Repeats the probabilities' check, so that the block's page shows it. */
  readonly check: number;
  /** The row of offer names; a row per level follows. */
  readonly header: number;
  readonly levelRows: readonly number[];
  readonly resultRows: Readonly<Record<SizingResult, number>>;
  readonly bottom: number;
}

export interface SizingBand {
  readonly title: number;
  /** The commitment released and its committed fees over the term, at 100%. */
  readonly releasedRow: number;
  readonly committedRow: number;
  readonly note: number;
  readonly header: number;
  /** Each scenario's probability, in its cost column. */
  readonly probabilityRow: number;
  readonly levelRows: readonly number[];
  /** At level 100%, the table's expected cost less the scenario bands'. */
  readonly checkRow: number;
  readonly bottom: number;
}

const rowsFrom = (first: number, count: number) =>
  Array.from({ length: count }, (_, i) => first + i);

/** The summary's sizing block from `heading` down, with `levels` commitment levels. */
export function summarySizing(heading: number, levels: number): SummarySizing {
  const header = heading + 3;
  const levelRows = rowsFrom(header + 1, levels);
  const first = header + levels + 2;
  const resultRows = Object.fromEntries(SIZING_RESULTS.map((name, i) => [name, first + i]));
  return {
    heading,
    note: heading + 1,
    check: heading + 2,
    header,
    levelRows,
    resultRows: resultRows as Record<SizingResult, number>,
    bottom: first + SIZING_RESULTS.length - 1,
  };
}

/** An offer's sizing band from `title` down, with `levels` commitment levels. */
export function sizingBand(title: number, levels: number): SizingBand {
  const header = title + 4;
  const levelRows = rowsFrom(header + 2, levels);
  const checkRow = header + levels + 2;
  return {
    title,
    releasedRow: title + 1,
    committedRow: title + 2,
    note: title + 3,
    header,
    probabilityRow: header + 1,
    levelRows,
    checkRow,
    bottom: checkRow,
  };
}
