import { SCENARIO_COUNT, type ModelSettings } from "../../dealModel";
import { HEADER_STYLE, abs, at, formula, range, value } from "../cellPlans";
import type { CellBlock, CellStyle, InputCell } from "../plan";
import { MONEY } from "./scheduleFormats";
import { exposureRow, offerColumn, type ModelLayout } from "./modelLayout";

/*
 * The usage scenarios' probabilities: a column of inputs beside the exposure table of net costs
 * (a row per share of the forecast), the expected net cost of each offer under it
 * (SUMPRODUCT), and a check that the probabilities add up to 100%, in red when they do not.
 * The sizing tables weigh their scenarios by the same cells.
 */

export const PERCENT: CellStyle = { numberFormat: "0%" };
/** A check that fails: red and bold. */
export const CHECK_STYLE: CellStyle = { bold: true, fontColor: "#A4262C" };

/** Where the probabilities and what they give sit, for the formulas that read them. */
export interface ProbabilityCells {
  /** Scenario s's probability, absolute, in the settings' order. */
  readonly probability: readonly string[];
  /** All of them, a column. */
  readonly column: string;
  /** Each offer's expected net cost of the term. */
  readonly expected: readonly string[];
  /** Blank, or the text saying the probabilities do not add up to 100%. */
  readonly check: string;
}

const expectedRow = (layout: ModelLayout) => exposureRow(layout, "netCost", SCENARIO_COUNT);

export function probabilityCells(layout: ModelLayout): ProbabilityCells {
  const column = offerColumn(layout.offers.length);
  const rows = Array.from({ length: SCENARIO_COUNT }, (_, s) => exposureRow(layout, "netCost", s));
  return {
    probability: rows.map((row) => abs(row, column)),
    column: range(rows[0], column, rows[rows.length - 1], column),
    expected: layout.offers.map((_, i) => abs(expectedRow(layout), offerColumn(i))),
    check: abs(expectedRow(layout) + 1, 0),
  };
}

/** The probability column, the expected net cost and the check. */
export function probabilityBlocks(
  layout: ModelLayout,
  settings: ModelSettings
): { blocks: CellBlock[]; inputs: InputCell[] } {
  const cells = probabilityCells(layout);
  const column = offerColumn(layout.offers.length);
  const row = expectedRow(layout);
  const netCosts = (i: number) =>
    range(exposureRow(layout, "netCost", 0), offerColumn(i), row - 1, offerColumn(i));
  const inputs: InputCell[] = settings.scenarios.map(({ probability }, s) => ({
    at: at(exposureRow(layout, "netCost", s), column),
    label: "Probability of the scenario",
    value: probability,
    style: { ...PERCENT, input: true },
  }));
  const blocks: CellBlock[] = [
    {
      at: at(layout.exposureHeaders.netCost, column),
      cells: [[value("Probability")]],
      style: HEADER_STYLE,
    },
    {
      at: at(row, 0),
      cells: [
        [
          value("Expected net cost (probability-weighted)"),
          ...layout.offers.map((_, i) => formula(`=SUMPRODUCT(${cells.column},${netCosts(i)})`)),
        ],
      ],
      style: { ...MONEY, bold: true },
    },
    {
      at: at(row, column),
      cells: [[formula(`=SUM(${cells.column})`)]],
      style: { ...PERCENT, bold: true },
    },
    {
      at: at(row + 1, 0),
      cells: [
        [
          formula(
            `=IF(ROUND(SUM(${cells.column}),9)=1,"","Probabilities should add up to 100%: ` +
              `expected costs and the best commitment mean nothing until they do")`
          ),
        ],
      ],
      style: CHECK_STYLE,
    },
  ];
  return { blocks, inputs };
}
