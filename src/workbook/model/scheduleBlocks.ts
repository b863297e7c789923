import type { Offer } from "../../dealModel";
import { parseRangeAddress, quotedSheetName } from "../../formula";
import { HEADER_STYLE, HEADING_STYLE, abs, at, formula, range, rel, value } from "../cellPlans";
import type { CellBlock, CellContent, CellStyle } from "../plan";
import type { OfferCells } from "./offerInputs";
import { MONEY, SHARED_FORMATS } from "./scheduleFormats";
import { burstRule } from "./burstColumns";
import { scheduleTotals } from "./scheduleTotals";
import {
  SCENARIO_COLUMNS,
  SHARED_COLUMNS,
  scenarioColumn,
  sharedColumn,
  type BandLayout,
  type OfferLayout,
  type ScenarioBand,
  type ScenarioColumn,
  type SharedColumn,
} from "./modelLayout";

/*
 * An offer's month-by-month schedule as live formulas, following the rules of
 * src/dealModel/schedule.ts (the computation the end-to-end test holds this sheet to), in bands
 * one under the other:
 * - the prices band: month, year, tokens at the forecast, the ramp step of the month, the price
 *   factor (DEAL.RAMPPRICE), the pool's list cost of the usage mix and its mix factor, the usage
 *   cost at year-1 prices (DEAL.TIEREDCOST × mix factor, or the discounted mix), the list cost at
 *   the month's list prices (price protection), the commitment of the contract year released and
 *   billed, and the seats and platform fee;
 * - a band per scenario: usage cost at that share of the forecast (the lower of the contract's
 *   and the protected price), the draw-down (DEAL.ROLLOVER, spilling five columns from the first
 *   month), the burst rule (burst usage, balanced in a window's last month), charged beyond the
 *   commitment, charge, expected credit (the charge × the expected credit share), net cost and its
 *   running total;
 * - under each band's months, its totals (scheduleTotals.ts).
 */

const SHARED_HEADERS: Readonly<Record<SharedColumn, string>> = {
  month: "Month",
  year: "Year",
  inputTokensM: "Input tokens (M)",
  outputTokensM: "Output tokens (M)",
  totalTokensM: "All tokens (M)",
  rampStep: "Price change",
  priceFactor: "Price factor",
  listCost: "List cost",
  mixFactor: "Mix factor",
  forecastBaseCost: "Year-1 usage cost",
  listCostInForce: "List cost in force",
  commitment: "Commitment in",
  billedCommitment: "Committed fees",
  fixedFees: "Seats and platform",
};

const SCENARIO_HEADERS: Readonly<Record<ScenarioColumn, string>> = {
  month: "Month",
  usageCost: "Usage cost",
  carriedIn: "Carried in",
  covered: "Covered",
  overage: "Overage",
  carriedOut: "Carried out",
  forfeited: "Lost",
  burstEligible: "Burst usage",
  burstBalanced: "Burst balanced",
  overageCharge: "Charged beyond",
  charge: "Charge",
  slaCredit: "Expected SLA credit",
  netCost: "Net cost",
  cumulativeNetCost: "Net cost to date",
};

/** A column of formulas, one per month of a band, from a function of the month's row. */
export function monthColumn(
  band: BandLayout,
  column: number,
  cellOf: (row: number) => CellContent,
  style: CellStyle
): CellBlock {
  const cells: CellContent[][] = [];
  for (let row = band.firstMonth; row <= band.lastMonth; row++) cells.push([cellOf(row)]);
  return { at: at(band.firstMonth, column), cells, style };
}

/** The whole column `column` of a band's months, absolute. */
export const monthsOf = (band: BandLayout, column: number) =>
  range(band.firstMonth, column, band.lastMonth, column);

/** The formula of a prices-band column in `row` (zero-based). */
function sharedFormula(offer: Offer, cells: OfferCells, band: BandLayout) {
  const c = (name: SharedColumn, row: number) => rel(row, sharedColumn(name));
  const f = cells.field;
  const { pool } = cells;
  const yearly = offer.commitment.per === "year";
  return (name: SharedColumn, row: number): CellContent => {
    const monthsIn = `(${c("month", row)}-1)`;
    const [input, output] = [c("inputTokensM", row), c("outputTokensM", row)];
    const amount = `INDEX(${cells.commitments},${c("year", row)})`;
    // Committed fees are billed less the prepayment discount.
    const kept = `(1-${f("prepaymentDiscount")})`;
    switch (name) {
      case "month":
        return row === band.firstMonth ? value(1) : formula(`=${c("month", row - 1)}+1`);
      case "year":
        return formula(`=INT(${monthsIn}/12)+1`);
      case "inputTokensM":
      case "outputTokensM":
        return formula(`=${forecastTokens(offer, cells, name, row - band.firstMonth, monthsIn)}`);
      case "totalTokensM":
        return formula(`=${input}+${output}`);
      case "rampStep":
        return formula(`=IF(MOD(${monthsIn},12)=0,INDEX(${cells.ramp},${c("year", row)}),0)`);
      case "priceFactor":
        return formula(
          `=DEAL.RAMPPRICE(1,${c("month", row)},${cells.monthlyRamp},${f("renewalCap")},${f("term")})`
        );
      case "listCost":
        return formula(`=${input}*${pool.input}+${output}*${pool.output}`);
      case "mixFactor": {
        const standard = `(${input}*${pool.firstInput}+${output}*${pool.firstOutput})`;
        return formula(`=IF(${standard}=0,1,${c("listCost", row)}/${standard})`);
      }
      case "listCostInForce": {
        if (!pool.listFrom) return formula(`=${c("listCost", row)}`);
        const inForce = (steps: string) =>
          `SUMIFS(${steps},${pool.listFrom},"<="&${c("month", row)})`;
        return formula(
          `=${input}*${inForce(pool.stepInput!)}+${output}*${inForce(pool.stepOutput!)}`
        );
      }
      case "forecastBaseCost":
        return formula(
          offer.pricing.kind === "tiers"
            ? `=DEAL.TIEREDCOST(${c("totalTokensM", row)},${cells.tiers},${f("tierMode")})*${c("mixFactor", row)}`
            : `=${c("listCost", row)}*(1-${f("discount")})`
        );
      case "commitment":
        return formula(yearly ? `=IF(MOD(${monthsIn},12)=0,${amount},0)` : `=${amount}`);
      case "billedCommitment":
        return formula(yearly ? `=${amount}/12*${kept}` : `=${amount}*${kept}`);
      case "fixedFees":
        return formula(
          `=(INDEX(${cells.seats},${c("year", row)})*${f("seatPrice")}+${f("platformFee")}/12)*${kept}`
        );
    }
  };
}

/**
 * Tokens of a month at the forecast: the start grown by the monthly rate, or the month's row of
 * the user's range (read live, on its own sheet).
 */
function forecastTokens(
  offer: Offer,
  cells: OfferCells,
  name: "inputTokensM" | "outputTokensM",
  monthIndex: number,
  monthsIn: string
): string {
  const { forecast } = offer;
  const input = name === "inputTokensM";
  if (forecast.kind === "cells") {
    const source = parseRangeAddress(forecast.source);
    if (source === undefined) throw new Error(`${forecast.source} is not a range address.`);
    const column = input ? source.column : source.column + 1;
    return `${quotedSheetName(source.sheet)}!${abs(source.row + monthIndex, column)}`;
  }
  const start = cells.field(input ? "inputTokens" : "outputTokens");
  return `${start}*(1+${cells.field("growth")})^${monthsIn}`;
}

/** The formulas of one scenario band; `factor` is the absolute address of its share of the forecast. */
function scenarioFormula(
  offer: Offer,
  cells: OfferCells,
  prices: BandLayout,
  band: ScenarioBand,
  factor: string
) {
  const c = (name: ScenarioColumn, row: number) => rel(row, scenarioColumn(name));
  // The prices band's cell of the same month.
  const s = (name: SharedColumn, row: number) =>
    abs(prices.firstMonth + row - band.firstMonth, sharedColumn(name));
  const f = cells.field;
  const term = f("term");
  // A blank expiry or true-up means none: a period longer than the term never comes.
  const orNever = (cell: string) => `IF(${cell}="",${term}+1,${cell})`;
  const burstFormula = burstRule(offer, cells, band, (row: number) => s("commitment", row));
  return (name: ScenarioColumn, row: number): CellContent | undefined => {
    switch (name) {
      case "month":
        return formula(`=${s("month", row)}`);
      case "usageCost": {
        const contract =
          offer.pricing.kind === "tiers"
            ? `DEAL.TIEREDCOST(${s("totalTokensM", row)}*${factor},${cells.tiers},${f("tierMode")})*${s("mixFactor", row)}*${s("priceFactor", row)}`
            : `${s("forecastBaseCost", row)}*${factor}*${s("priceFactor", row)}`;
        if (offer.priceProtection === null) return formula(`=${contract}`);
        const kept = `${s("listCostInForce", row)}*${factor}*(1-${f("keptDiscount")})`;
        return formula(`=MIN(${contract},${kept})`);
      }
      case "carriedIn":
        return row === band.firstMonth
          ? formula(
              `=DEAL.ROLLOVER(${monthsOf(prices, sharedColumn("commitment"))},` +
                `${monthsOf(band, scenarioColumn("usageCost"))},${f("rolloverCap")},` +
                `${orNever(f("expiry"))},${orNever(f("trueUp"))})`
            )
          : undefined;
      case "covered":
      case "overage":
      case "carriedOut":
      case "forfeited":
        return undefined; // ROLLOVER's spill
      case "burstEligible":
      case "burstBalanced":
      case "overageCharge":
        return burstFormula(name, c, row);
      case "charge":
        return formula(
          `=${s("billedCommitment", row)}+${s("fixedFees", row)}+${c("overageCharge", row)}`
        );
      case "slaCredit":
        return formula(`=${c("charge", row)}*${cells.expectedCreditShare}`);
      case "netCost":
        return formula(`=${c("charge", row)}-${c("slaCredit", row)}`);
      case "cumulativeNetCost":
        return formula(
          row === band.firstMonth
            ? `=${c("netCost", row)}`
            : `=${c("cumulativeNetCost", row - 1)}+${c("netCost", row)}`
        );
    }
  };
}

/**
 * The formula of a band's title, naming its offer live from the inputs, so that a band printed
 * on a page of its own says whose it is: ="Offer 1 ("&vendor&" "&model&"): …".
 */
export function bandTitle(layout: OfferLayout, cells: OfferCells, ...parts: string[]): CellContent {
  const name = `${cells.field("vendor")}&" "&${cells.field("model")}`;
  return formula(`="Offer ${layout.index + 1} ("&${name}&"): ${parts.join("")}`);
}

function pricesBand(offer: Offer, layout: OfferLayout, cells: OfferCells): CellBlock[] {
  const band = layout.prices;
  const shared = sharedFormula(offer, cells, band);
  return [
    {
      at: at(band.title, 0),
      cells: [
        [
          bandTitle(
            layout,
            cells,
            "prices and commitment month by month: tokens at the forecast, the price in force, ",
            'the usage at list prices and at year-1 prices, the commitment released and billed"'
          ),
        ],
      ],
      style: HEADING_STYLE,
    },
    {
      at: at(band.header, 0),
      cells: [SHARED_COLUMNS.map((n) => value(SHARED_HEADERS[n]))],
      style: HEADER_STYLE,
    },
    ...SHARED_COLUMNS.map((name) =>
      monthColumn(band, sharedColumn(name), (row) => shared(name, row), SHARED_FORMATS[name])
    ),
  ];
}

/** The columns DEAL.ROLLOVER spills, carried in to forfeited. */
const ROLLOVER_COLUMNS =
  SCENARIO_COLUMNS.indexOf("forfeited") - SCENARIO_COLUMNS.indexOf("carriedIn") + 1;

function scenarioBlocks(
  offer: Offer,
  layout: OfferLayout,
  cells: OfferCells,
  band: ScenarioBand,
  factor: string
): CellBlock[] {
  const cellOf = scenarioFormula(offer, cells, layout.prices, band, factor);
  const blocks: CellBlock[] = [
    {
      at: at(band.title, 0),
      cells: [
        [
          bandTitle(
            layout,
            cells,
            `usage at "&ROUND(${factor}*100,1)&"% of the forecast: `,
            'the draw-down of the commitment, charges and expected credits"'
          ),
        ],
      ],
      style: HEADING_STYLE,
    },
    {
      at: at(band.header, 0),
      cells: [SCENARIO_COLUMNS.map((n) => value(SCENARIO_HEADERS[n]))],
      style: HEADER_STYLE,
    },
  ];
  for (const name of SCENARIO_COLUMNS) {
    const column = scenarioColumn(name);
    const style = name === "month" ? SHARED_FORMATS.month : MONEY;
    if (name === "carriedIn") {
      blocks.push({
        at: at(band.firstMonth, column),
        cells: [[cellOf(name, band.firstMonth)!]],
        style,
        // DEAL.ROLLOVER spills a row per month: carried in … forfeited, money like the rest.
        spills: { rows: band.lastMonth - band.firstMonth + 1, columns: ROLLOVER_COLUMNS },
      });
    } else if (cellOf(name, band.firstMonth) !== undefined) {
      blocks.push(monthColumn(band, column, (row) => cellOf(name, row)!, style));
    }
  }
  return blocks;
}

/** The schedule's bands with their totals; `factors[i]` is scenario i's factor cell. */
export function scheduleBlocks(
  offer: Offer,
  layout: OfferLayout,
  cells: OfferCells,
  factors: readonly string[]
): CellBlock[] {
  return [
    ...pricesBand(offer, layout, cells),
    ...layout.scenarios.flatMap((band) =>
      scenarioBlocks(offer, layout, cells, band, factors[band.factorIndex])
    ),
    ...scheduleTotals(layout, factors, offer.commitment.per === "month"),
  ];
}
