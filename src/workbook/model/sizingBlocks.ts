import type { ModelSettings, Offer } from "../../dealModel";
import {
  HEADER_STYLE,
  HEADING_STYLE,
  NOTE_STYLE,
  abs,
  at,
  formula,
  range,
  rel,
  value,
} from "../cellPlans";
import type { CellBlock, CellContent, CellStyle, InputCell } from "../plan";
import type { OfferCells } from "./offerInputs";
import { bandTitle } from "./scheduleBlocks";
import { MONEY } from "./scheduleFormats";
import { offerNames } from "./summaryBlocks";
import {
  CHECK_STYLE,
  PERCENT,
  probabilityBlocks,
  probabilityCells,
  type ProbabilityCells,
} from "./scenarioProbabilities";
import {
  offerColumn,
  scenarioBand,
  scenarioColumn,
  sharedColumn,
  type ModelLayout,
  type OfferLayout,
} from "./modelLayout";
import { SIZING_COLUMNS, SIZING_RESULTS, type SizingResult } from "./sizingLayout";

/*
 * How big to commit, as live formulas (src/dealModel/commitSizing.ts computes the same figures):
 * - each offer's sizing band: at each commitment level (a row) and usage scenario (a column), the
 *   net cost of the term, (1 − expected credit share) × (DEAL.COMMITCOST of the commitment column ×
 *   the level against the scenario band's usage cost, with the bursts of a monthly commitment,
 *   − level × (released − committed fees) + the term's seats and platform fee);
 *   the expected cost weighs the scenarios by their probabilities (SUMPRODUCT);
 * - the summary's block: the levels (inputs shared by every offer) with each offer's expected
 *   cost, the level that minimises it (INDEX/MATCH on MIN, the first of equal ones), the year-1
 *   commitment there and as proposed, the expected cost at both and the saving.
 */

const SIGNED_PERCENT: CellStyle = { numberFormat: "+0%;-0%;0%" };

const SUMMARY_NOTE =
  "Levels (yellow) scale each offer's proposed commitment in every contract year; costs weigh the " +
  "exposure scenarios by their probabilities. Assumed: the offer's prices hold at every level.";
const BAND_NOTE =
  "Cost at a level = (1 − expected SLA credit share) × (DEAL.COMMITCOST of the commitment × level " +
  "against the scenario's usage cost − level × (released − committed fees) + seats and platform fee)." +
  " At 100%: the band's.";

const RESULT_LABELS: Readonly<Record<SizingResult, string>> = {
  bestLevel: "Best commitment level (least expected net cost)",
  proposedCommitment: "Year-1 commitment as proposed",
  bestCommitment: "Year-1 commitment at the best level",
  distance: "Best level less the proposed (100%)",
  proposedExpected: "Expected net cost as proposed",
  bestExpected: "Expected net cost at the best level",
  saving: "Expected saving at the best level",
};

const RESULT_STYLES: Readonly<Record<SizingResult, CellStyle>> = {
  bestLevel: { ...PERCENT, bold: true },
  proposedCommitment: MONEY,
  bestCommitment: MONEY,
  distance: SIGNED_PERCENT,
  proposedExpected: MONEY,
  bestExpected: MONEY,
  saving: { ...MONEY, bold: true, fill: "#DFF6DD" },
};

/** The level column of the summary (the inputs), absolute. */
const levelColumn = (layout: ModelLayout) => {
  const rows = layout.sizing.levelRows;
  return range(rows[0], 0, rows[rows.length - 1], 0);
};

/** An offer's column of expected costs in its band, absolute. */
const expectedColumn = (offer: OfferLayout) => {
  const rows = offer.sizing.levelRows;
  return range(rows[0], SIZING_COLUMNS.expected, rows[rows.length - 1], SIZING_COLUMNS.expected);
};

function resultFormula(
  name: SizingResult,
  layout: ModelLayout,
  offerIndex: number,
  cells: OfferCells,
  probabilities: ProbabilityCells
): string {
  const column = offerColumn(offerIndex);
  const rows = layout.sizing.levelRows;
  const expected = range(rows[0], column, rows[rows.length - 1], column);
  const result = (other: SizingResult) => abs(layout.sizing.resultRows[other], column);
  switch (name) {
    case "bestLevel":
      return `=INDEX(${levelColumn(layout)},MATCH(MIN(${expected}),${expected},0))`;
    case "proposedCommitment":
      return `=INDEX(${cells.commitments},1)`;
    case "bestCommitment":
      return `=${result("bestLevel")}*${result("proposedCommitment")}`;
    case "distance":
      return `=${result("bestLevel")}-1`;
    case "proposedExpected":
      return `=${probabilities.expected[offerIndex]}`;
    case "bestExpected":
      return `=MIN(${expected})`;
    case "saving":
      return `=${result("proposedExpected")}-${result("bestExpected")}`;
  }
}

function summaryBlocks(
  layout: ModelLayout,
  cells: readonly OfferCells[],
  settings: ModelSettings,
  probabilities: ProbabilityCells
): { blocks: CellBlock[]; inputs: InputCell[] } {
  const { sizing } = layout;
  const inputs: InputCell[] = settings.commitLevels.map((level, l) => ({
    at: at(sizing.levelRows[l], 0),
    label: "Commitment level (share of the proposed commitment)",
    value: level,
    style: { ...PERCENT, input: true },
  }));
  const blocks: CellBlock[] = [
    {
      at: at(sizing.heading, 0),
      cells: [
        [value("How big to commit: the expected net cost of the term at each commitment level")],
      ],
      style: HEADING_STYLE,
    },
    { at: at(sizing.note, 0), cells: [[value(SUMMARY_NOTE)]], style: NOTE_STYLE },
    { at: at(sizing.check, 0), cells: [[formula(`=${probabilities.check}`)]], style: CHECK_STYLE },
    {
      at: at(sizing.header, 0),
      cells: [[value("Commitment level"), ...offerNames(cells)]],
      style: HEADER_STYLE, // offer names wrap in their columns
    },
    {
      at: at(sizing.levelRows[0], offerColumn(0)),
      cells: sizing.levelRows.map((_, l) =>
        layout.offers.map((offer) =>
          formula(`=${abs(offer.sizing.levelRows[l], SIZING_COLUMNS.expected)}`)
        )
      ),
      style: MONEY,
    },
    ...SIZING_RESULTS.map((name) => ({
      at: at(sizing.resultRows[name], 0),
      cells: [
        [
          value(RESULT_LABELS[name]),
          ...cells.map((offerCells, i) =>
            formula(resultFormula(name, layout, i, offerCells, probabilities))
          ),
        ],
      ],
      style: RESULT_STYLES[name],
    })),
  ];
  return { blocks, inputs };
}

/** The cost of level row `row` in scenario `s`: COMMITCOST and what the term adds to it. */
function costFormula(
  offer: OfferLayout,
  cells: OfferCells,
  row: number,
  s: number,
  monthly: boolean
): string {
  const f = cells.field;
  const { prices, sizing } = offer;
  const band = scenarioBand(offer, s);
  const commit = range(
    prices.firstMonth,
    sharedColumn("commitment"),
    prices.lastMonth,
    sharedColumn("commitment")
  );
  const usage = range(
    band.firstMonth,
    scenarioColumn("usageCost"),
    band.lastMonth,
    scenarioColumn("usageCost")
  );
  // A blank expiry or true-up means none, as in the scenario bands.
  const orNever = (cell: string) => `IF(${cell}="",${f("term")}+1,${cell})`;
  const level = `$${rel(row, SIZING_COLUMNS.level)}`;
  const call =
    `DEAL.COMMITCOST(${commit},${usage},${f("rolloverCap")},${orNever(f("expiry"))},` +
    `${orNever(f("trueUp"))},${f("overageRate")},${level}` +
    // Bursts apply to a monthly commitment only, as in the scenario bands.
    `${monthly ? `,${f("burstMultiple")},${f("burstWindow")}` : ""})`;
  const prepaid = `(${abs(sizing.releasedRow, 1)}-${abs(sizing.committedRow, 1)})`;
  const fixedFees = abs(prices.termRow, sharedColumn("fixedFees"));
  return `=(1-${cells.expectedCreditShare})*(${call}-${level}*${prepaid}+${fixedFees})`;
}

function bandBlocks(
  monthly: boolean,
  offer: OfferLayout,
  cells: OfferCells,
  layout: ModelLayout,
  factors: readonly string[],
  probabilities: ProbabilityCells
): CellBlock[] {
  const { sizing, prices } = offer;
  const scenarios = factors.map((_, s) => s);
  const { firstScenario, expected } = SIZING_COLUMNS;
  const lastScenario = firstScenario + scenarios.length - 1;
  const probabilityRow = range(
    sizing.probabilityRow,
    firstScenario,
    sizing.probabilityRow,
    lastScenario
  );
  const levelRow = (row: number, l: number): CellContent[] => [
    formula(`=${abs(layout.sizing.levelRows[l], 0)}`),
    formula(`=${rel(row, SIZING_COLUMNS.level)}*INDEX(${cells.commitments},1)`),
    ...scenarios.map((s) => formula(costFormula(offer, cells, row, s, monthly))),
    formula(`=SUMPRODUCT(${probabilityRow},${rel(row, firstScenario)}:${rel(row, lastScenario)})`),
    formula(`=${rel(row, expected)}-MIN(${expectedColumn(offer)})`),
  ];
  const levelCells = sizing.levelRows.map(levelRow);
  const levels = range(sizing.levelRows[0], 0, sizing.levelRows[sizing.levelRows.length - 1], 0);
  const commitColumn = sharedColumn("commitment");
  return [
    {
      at: at(sizing.title, 0),
      cells: [
        [
          bandTitle(
            offer,
            cells,
            "how big to commit: the net cost of the term at each commitment level, in each usage scenario",
            '"'
          ),
        ],
      ],
      style: HEADING_STYLE,
    },
    {
      at: at(sizing.releasedRow, 0),
      cells: [
        [
          value("Commitment released over the term (100%)"),
          formula(
            `=SUM(${range(prices.firstMonth, commitColumn, prices.lastMonth, commitColumn)})`
          ),
        ],
        [
          value("Committed fees over the term (100%)"),
          formula(`=${abs(prices.termRow, sharedColumn("billedCommitment"))}`),
        ],
      ],
      style: MONEY,
    },
    { at: at(sizing.note, 0), cells: [[value(BAND_NOTE)]], style: NOTE_STYLE },
    {
      at: at(sizing.header, 0),
      cells: [
        [
          value("Commitment level"),
          value("Year-1 commitment"),
          ...factors.map((factor) => formula(`="At "&ROUND(${factor}*100,1)&"% of the forecast"`)),
          value("Expected net cost"),
          value("Above the best"),
        ],
      ],
      style: HEADER_STYLE,
    },
    {
      at: at(sizing.probabilityRow, 0),
      cells: [
        [
          value("Probability of the scenario"),
          value(null),
          ...probabilities.probability.map((cell) => formula(`=${cell}`)),
          formula(`=SUM(${probabilityRow})`),
        ],
      ],
      style: PERCENT,
    },
    {
      at: at(sizing.levelRows[0], 0),
      cells: levelCells.map((row) => row.slice(0, 1)),
      style: PERCENT,
    },
    {
      at: at(sizing.levelRows[0], SIZING_COLUMNS.yearOneCommitment),
      cells: levelCells.map((row) => row.slice(1)),
      style: MONEY,
    },
    {
      at: at(sizing.checkRow, 0),
      cells: [
        [
          value(
            "Check at 100%: expected net cost here less the scenario bands' (0 when they agree)"
          ),
        ],
      ],
      style: { bold: true },
    },
    {
      at: at(sizing.checkRow, expected),
      cells: [
        [
          formula(
            // To the cent: engines differ in the last bits of two costs in the millions.
            `=IFERROR(ROUND(INDEX(${expectedColumn(offer)},MATCH(1,${levels},0))` +
              `-${probabilities.expected[offer.index]},2),"no 100% level")`
          ),
        ],
      ],
      style: { ...MONEY, ...CHECK_STYLE },
    },
  ];
}

/**
 * How big to commit on the model sheet: the scenarios' probabilities, the summary's block and
 * each offer's band, with their inputs (probabilities and levels); `factors[s]` is scenario s's
 * share of the forecast.
 */
export function sizingPlan(
  offers: readonly Offer[],
  layout: ModelLayout,
  cells: readonly OfferCells[],
  settings: ModelSettings,
  factors: readonly string[]
): { blocks: CellBlock[]; inputs: InputCell[] } {
  const probabilities = probabilityCells(layout);
  const weights = probabilityBlocks(layout, settings);
  const summary = summaryBlocks(layout, cells, settings, probabilities);
  return {
    blocks: [
      ...weights.blocks,
      ...summary.blocks,
      ...layout.offers.flatMap((offer, i) =>
        bandBlocks(
          offers[i].commitment.per === "month",
          offer,
          cells[i],
          layout,
          factors,
          probabilities
        )
      ),
    ],
    inputs: [...weights.inputs, ...summary.inputs],
  };
}
