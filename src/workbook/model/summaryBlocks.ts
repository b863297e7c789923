import { SCENARIO_COUNT, type ModelSettings } from "../../dealModel";
import {
  HEADER_STYLE,
  HEADING_STYLE,
  NOTE_STYLE,
  abs,
  at,
  formula,
  range,
  value,
} from "../cellPlans";
import type { CellBlock, CellContent, CellStyle, InputCell } from "../plan";
import type { OfferCells } from "./offerInputs";
import { MONEY } from "./scheduleFormats";
import {
  COMPARISON_ROWS,
  EXPOSURE_TABLES,
  FORECAST_SCENARIO,
  comparisonRow,
  exposureRow,
  offerColumn,
  scenarioBand,
  scenarioColumn,
  sharedColumn,
  type ComparisonRow,
  type ExposureTable,
  type ModelLayout,
  type OfferLayout,
  type ScenarioColumn,
  type SharedColumn,
} from "./modelLayout";

/*
 * The top of the model sheet, what finance reads first: a column per offer comparing the term's
 * totals at the forecast and naming the cheapest, the net cost of each contract year, and the
 * exposure tables (the term at each share of the forecast). Every figure is a reference to the
 * offer's schedule totals below, or a formula on them.
 */

const COMPARISON_LABELS: Readonly<Record<ComparisonRow, string>> = {
  term: "Term (months)",
  tokens: "Tokens over the term (M)",
  listCost: "Usage at list prices (same usage mix)",
  usageCost: "Usage cost at the prices in force (protected)",
  billedCommitment: "Commitment billed",
  fixedFees: "Seats and platform fee",
  overageCharge: "Charged beyond the commitment",
  forfeited: "Commitment lost (unused, after bursts)",
  slaCredit: "Expected SLA credits (probability-weighted)",
  netCost: "Net cost of the term",
  discountVsList: "Effective discount against list (usage)",
  aboveList: "Usage costs more than list?",
  effectivePrice: "Effective price per M tokens",
  renewalFactor: "Worst case: price factor at renewal, at the cap",
  aboveCheapest: "Above the cheapest",
};

const COMPARISON_FORMATS: Readonly<Record<ComparisonRow, CellStyle>> = {
  term: { numberFormat: "0" },
  tokens: { numberFormat: "#,##0" },
  listCost: MONEY,
  usageCost: MONEY,
  billedCommitment: MONEY,
  fixedFees: MONEY,
  overageCharge: MONEY,
  forfeited: MONEY,
  slaCredit: MONEY,
  netCost: { ...MONEY, bold: true },
  discountVsList: { numberFormat: "0.0%" },
  aboveList: { bold: true, fontColor: "#A4262C" },
  effectivePrice: { numberFormat: "$#,##0.000" },
  renewalFactor: { numberFormat: "0.0000" },
  aboveCheapest: MONEY,
};

const EXPOSURE_TITLES: Readonly<Record<ExposureTable, string>> = {
  netCost: "Net cost of the term",
  forfeited: "Commitment lost (low-side risk)",
  overageCharge: "Charged beyond the commitment (high-side risk)",
};

const EXPOSURE_SOURCES: Readonly<Record<ExposureTable, ScenarioColumn>> = {
  netCost: "netCost",
  forfeited: "forfeited",
  overageCharge: "overageCharge",
};

/** The term total of a scenario column of an offer's schedule, e.g. "$K$140". */
const termTotal = (offer: OfferLayout, factorIndex: number, column: ScenarioColumn) =>
  abs(scenarioBand(offer, factorIndex).termRow, scenarioColumn(column));

/** The term total of a prices-band column of an offer's schedule. */
const pricesTotal = (offer: OfferLayout, column: SharedColumn) =>
  abs(offer.prices.termRow, sharedColumn(column));

/** "Vendor Model" of each offer, live from its inputs. */
export const offerNames = (cells: readonly OfferCells[]): CellContent[] =>
  cells.map((c) => formula(`=${c.field("vendor")}&" "&${c.field("model")}`));

function comparisonFormula(
  name: ComparisonRow,
  offer: OfferLayout,
  cells: OfferCells,
  netCosts: string
): string {
  const forecast = (column: ScenarioColumn) => `=${termTotal(offer, FORECAST_SCENARIO, column)}`;
  const term = cells.field("term");
  // Usage's net cost: list prices do not cover seats and a platform fee.
  const usageNet = `${termTotal(offer, FORECAST_SCENARIO, "netCost")}-${pricesTotal(offer, "fixedFees")}`;
  switch (name) {
    case "term":
      return `=${term}`;
    case "tokens":
      return `=${pricesTotal(offer, "totalTokensM")}`;
    case "listCost":
      return `=${pricesTotal(offer, "listCost")}`;
    case "billedCommitment":
    case "fixedFees":
      return `=${pricesTotal(offer, name)}`;
    case "usageCost":
    case "overageCharge":
    case "forfeited":
    case "slaCredit":
    case "netCost":
      return forecast(name);
    case "discountVsList": {
      const list = pricesTotal(offer, "listCost");
      return `=IF(${list}=0,"no usage",1-(${usageNet})/${list})`;
    }
    case "aboveList":
      return `=IF(${usageNet}>${pricesTotal(offer, "listCost")},"Yes: more than list","No")`;
    case "effectivePrice":
      return `=${abs(scenarioBand(offer, FORECAST_SCENARIO).effectivePriceRow, scenarioColumn("netCost"))}`;
    case "renewalFactor":
      return `=DEAL.RAMPPRICE(1,${term}+1,${cells.monthlyRamp},${cells.field("renewalCap")},${term})`;
    case "aboveCheapest":
      return `=${termTotal(offer, FORECAST_SCENARIO, "netCost")}-MIN(${netCosts})`;
  }
}

function comparisonBlocks(layout: ModelLayout, cells: readonly OfferCells[]): CellBlock[] {
  const n = cells.length;
  const offersRange = (row: number) => range(row, offerColumn(0), row, offerColumn(n - 1));
  const names = offersRange(layout.comparisonHeader);
  const netCosts = offersRange(comparisonRow(layout, "netCost"));
  return [
    {
      at: at(layout.comparisonHeading, 0),
      cells: [[value("Comparison over the term, at the forecast")]],
      style: HEADING_STYLE,
    },
    {
      at: at(layout.comparisonHeader, 0),
      cells: [[value("Offer"), ...offerNames(cells)]],
      style: HEADER_STYLE, // offer names wrap in their columns
    },
    ...COMPARISON_ROWS.map((name) => ({
      at: at(comparisonRow(layout, name), 0),
      cells: [
        [
          value(COMPARISON_LABELS[name]),
          ...layout.offers.map((offer, i) =>
            formula(comparisonFormula(name, offer, cells[i], netCosts))
          ),
        ],
      ],
      style: COMPARISON_FORMATS[name],
    })),
    {
      at: at(layout.cheapestRow, 0),
      cells: [
        [
          value("Cheapest offer at the forecast"),
          formula(`=INDEX(${names},1,MATCH(MIN(${netCosts}),${netCosts},0))`),
        ],
      ],
      style: { bold: true, fill: "#DFF6DD" },
    },
  ];
}

function yearlyBlocks(layout: ModelLayout, cells: readonly OfferCells[]): CellBlock[] {
  const years = Array.from({ length: layout.yearCount }, (_, y) => y);
  return [
    {
      at: at(layout.yearlyHeading, 0),
      cells: [[value("Net cost by contract year, at the forecast")]],
      style: HEADING_STYLE,
    },
    {
      at: at(layout.yearlyHeader, 0),
      cells: [[value("Contract year"), ...offerNames(cells)]],
      style: HEADER_STYLE, // offer names wrap in their columns
    },
    {
      at: at(layout.yearlyHeader + 1, 0),
      cells: years.map((y) => [
        value(`Year ${y + 1}`),
        ...layout.offers.map((offer) => {
          const row = scenarioBand(offer, FORECAST_SCENARIO).yearRows[y];
          return row === undefined
            ? value(null)
            : formula(`=${abs(row, scenarioColumn("netCost"))}`);
        }),
      ]),
      style: MONEY,
    },
  ];
}

/** The absolute address of each scenario's share of the forecast, in the settings' order. */
export function factorCells(layout: ModelLayout): string[] {
  return Array.from({ length: SCENARIO_COUNT }, (_, i) =>
    abs(exposureRow(layout, "netCost", i), 0)
  );
}

function exposureBlocks(
  layout: ModelLayout,
  cells: readonly OfferCells[],
  settings: ModelSettings
): { blocks: CellBlock[]; inputs: InputCell[] } {
  const factors = factorCells(layout);
  const percent: CellStyle = { numberFormat: "0%" };
  const blocks: CellBlock[] = [
    {
      at: at(layout.exposureHeading, 0),
      cells: [[value("Exposure: the term if usage comes in below or above the forecast")]],
      style: HEADING_STYLE,
    },
    {
      at: at(layout.exposureHeading + 1, 0),
      cells: [[value("Yellow shares and probabilities are inputs; 100% is the forecast.")]],
      style: NOTE_STYLE,
    },
  ];
  const inputs: InputCell[] = [];
  for (const table of EXPOSURE_TABLES) {
    const header = layout.exposureHeaders[table];
    blocks.push({
      at: at(header, 0),
      cells: [[value(EXPOSURE_TITLES[table]), ...offerNames(cells)]],
      style: HEADER_STYLE, // offer names wrap in their columns
    });
    settings.scenarios.forEach(({ share: factor }, i) => {
      const row = exposureRow(layout, table, i);
      if (table !== "netCost") {
        blocks.push({ at: at(row, 0), cells: [[formula(`=${factors[i]}`)]], style: percent });
      } else if (i === FORECAST_SCENARIO) {
        blocks.push({ at: at(row, 0), cells: [[value(factor)]], style: percent });
      } else {
        inputs.push({
          at: at(row, 0),
          label: "Share of the forecast",
          value: factor,
          style: { ...percent, input: true },
        });
      }
      blocks.push({
        at: at(row, offerColumn(0)),
        cells: [
          layout.offers.map((offer) => formula(`=${termTotal(offer, i, EXPOSURE_SOURCES[table])}`)),
        ],
        style: MONEY,
      });
    });
  }
  return { blocks, inputs };
}

/** The summary at the top of the sheet: comparison, years, exposure. */
export function summaryBlocks(
  layout: ModelLayout,
  cells: readonly OfferCells[],
  settings: ModelSettings
): { blocks: CellBlock[]; inputs: InputCell[] } {
  const exposure = exposureBlocks(layout, cells, settings);
  return {
    blocks: [
      ...comparisonBlocks(layout, cells),
      ...yearlyBlocks(layout, cells),
      ...exposure.blocks,
    ],
    inputs: exposure.inputs,
  };
}
