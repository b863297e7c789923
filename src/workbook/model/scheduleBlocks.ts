import type { Offer } from "../../dealModel";
import { parseRangeAddress, quotedSheetName } from "../a1";
import {
  COLUMN_HEADER_STYLE,
  HEADING_STYLE,
  abs,
  at,
  formula,
  range,
  rel,
  value,
} from "../cellPlans";
import type { CellBlock, CellContent, CellStyle } from "../plan";
import type { OfferCells } from "./offerInputs";
import { MONEY, SHARED_FORMATS } from "./scheduleFormats";
import { scheduleTotals } from "./scheduleTotals";
import {
  SCENARIO_COLUMNS,
  SCENARIO_ORDER,
  SHARED_COLUMNS,
  scenarioColumn,
  sharedColumn,
  type OfferLayout,
  type ScenarioColumn,
  type SharedColumn,
} from "./modelLayout";

/*
 * An offer's month-by-month schedule as live formulas, following the rules of
 * src/dealModel/schedule.ts (the computation the end-to-end test holds this sheet to):
 * - shared columns: month, year, tokens at the forecast, the ramp step of the month, the price
 *   factor (DEAL.RAMPPRICE), the usage cost at year-1 prices (DEAL.TIEREDCOST or the discount
 *   formula), the commitment released and billed;
 * - a block per scenario: usage cost at that share of the forecast, the draw-down (DEAL.ROLLOVER,
 *   spilling five columns from the first month), overage charge, charge, expected credit
 *   (DEAL.SLACREDIT), net cost and its running total;
 * - under the months, the totals (scheduleTotals.ts).
 */

// Short enough for one line: spreadsheets do not all grow a row for wrapped text.
const SHARED_HEADERS: Readonly<Record<SharedColumn, string>> = {
  month: "Month",
  year: "Year",
  inputTokensM: "Input tokens (M)",
  outputTokensM: "Output tokens (M)",
  totalTokensM: "All tokens (M)",
  rampStep: "Price change",
  priceFactor: "Price factor",
  forecastBaseCost: "Year-1 usage cost",
  commitment: "Commitment in",
  billedCommitment: "Commitment billed",
};

const SCENARIO_HEADERS: Readonly<Record<ScenarioColumn, string>> = {
  usageCost: "Usage cost",
  carriedIn: "Carried in",
  covered: "Covered",
  overage: "Overage",
  carriedOut: "Carried out",
  forfeited: "Lost",
  overageCharge: "Overage charged",
  charge: "Charge",
  slaCredit: "SLA credit",
  netCost: "Net cost",
  cumulativeNetCost: "Net cost to date",
};

/** A column of formulas, one per month, from a function of the month's row. */
function monthColumn(
  layout: OfferLayout,
  column: number,
  cellOf: (row: number) => CellContent,
  style: CellStyle
): CellBlock {
  const cells: CellContent[][] = [];
  for (let row = layout.firstMonth; row <= layout.lastMonth; row++) cells.push([cellOf(row)]);
  return { at: at(layout.firstMonth, column), cells, style };
}

/** The formula of a shared column in `row` (zero-based). */
function sharedFormula(offer: Offer, cells: OfferCells, layout: OfferLayout) {
  const c = (name: SharedColumn, row: number) => rel(row, sharedColumn(name));
  const f = cells.field;
  const yearly = offer.commitment.per === "year";
  return (name: SharedColumn, row: number): CellContent => {
    const monthsIn = `(${c("month", row)}-1)`;
    switch (name) {
      case "month":
        return row === layout.firstMonth ? value(1) : formula(`=${c("month", row - 1)}+1`);
      case "year":
        return formula(`=INT(${monthsIn}/12)+1`);
      case "inputTokensM":
      case "outputTokensM":
        return formula(`=${forecastTokens(offer, cells, name, row - layout.firstMonth, monthsIn)}`);
      case "totalTokensM":
        return formula(`=${c("inputTokensM", row)}+${c("outputTokensM", row)}`);
      case "rampStep":
        return formula(`=IF(MOD(${monthsIn},12)=0,INDEX(${cells.ramp},${c("year", row)}),0)`);
      case "priceFactor":
        return formula(
          `=DEAL.RAMPPRICE(1,${c("month", row)},${cells.monthlyRamp},${f("renewalCap")},${f("term")})`
        );
      case "forecastBaseCost":
        return formula(
          `=${baseCost(offer, cells, c("inputTokensM", row), c("outputTokensM", row), c("totalTokensM", row))}`
        );
      case "commitment":
        return formula(
          yearly ? `=IF(MOD(${monthsIn},12)=0,${f("commitment")},0)` : `=${f("commitment")}`
        );
      case "billedCommitment":
        return formula(yearly ? `=${f("commitment")}/12` : `=${f("commitment")}`);
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
    const range = parseRangeAddress(forecast.source);
    if (range === undefined) throw new Error(`${forecast.source} is not a range address.`);
    const column = input ? range.left : range.left + 1;
    return `${quotedSheetName(range.sheet)}!${abs(range.top + monthIndex, column)}`;
  }
  const start = cells.field(input ? "inputTokens" : "outputTokens");
  return `${start}*(1+${cells.field("growth")})^${monthsIn}`;
}

/**
 * The month's usage cost at year-1 prices: DEAL.TIEREDCOST of all tokens, or the benchmark's
 * effective-cost formula on discounted list prices (batch share at batch prices, cache hits at the
 * cache price).
 */
function baseCost(offer: Offer, cells: OfferCells, input: string, output: string, total: string) {
  const f = cells.field;
  if (offer.pricing.kind === "tiers") {
    return `DEAL.TIEREDCOST(${total},${cells.tiers},${f("tierMode")})`;
  }
  const [b, h] = [f("batchShare"), f("cacheHitShare")];
  return (
    `(${input}*(1-${b})*((1-${h})*${f("listInput")}+${h}*${f("listCacheHit")})` +
    `+${output}*(1-${b})*${f("listOutput")}` +
    `+${b}*(${input}*${f("listBatchInput")}+${output}*${f("listBatchOutput")}))` +
    `*(1-${f("discount")})`
  );
}

/** The formulas of one scenario block; `factor` is the absolute address of its share of the forecast. */
function scenarioFormula(
  offer: Offer,
  cells: OfferCells,
  layout: OfferLayout,
  block: number,
  factor: string
) {
  const c = (name: ScenarioColumn, row: number) => rel(row, scenarioColumn(block, name));
  const s = (name: SharedColumn, row: number) => `$${rel(row, sharedColumn(name))}`;
  const whole = (name: ScenarioColumn) =>
    range(
      layout.firstMonth,
      scenarioColumn(block, name),
      layout.lastMonth,
      scenarioColumn(block, name)
    );
  const f = cells.field;
  const term = f("term");
  // A blank expiry or true-up means none: a period longer than the term never comes.
  const orNever = (cell: string) => `IF(${cell}="",${term}+1,${cell})`;
  const commitments = range(
    layout.firstMonth,
    sharedColumn("commitment"),
    layout.lastMonth,
    sharedColumn("commitment")
  );
  return (name: ScenarioColumn, row: number): CellContent | undefined => {
    switch (name) {
      case "usageCost":
        return formula(
          offer.pricing.kind === "tiers"
            ? `=DEAL.TIEREDCOST(${s("totalTokensM", row)}*${factor},${cells.tiers},${f("tierMode")})*${s("priceFactor", row)}`
            : `=${s("forecastBaseCost", row)}*${factor}*${s("priceFactor", row)}`
        );
      case "carriedIn":
        return row === layout.firstMonth
          ? formula(
              `=DEAL.ROLLOVER(${commitments},${whole("usageCost")},${f("rolloverCap")},` +
                `${orNever(f("expiry"))},${orNever(f("trueUp"))})`
            )
          : undefined;
      case "covered":
      case "overage":
      case "carriedOut":
      case "forfeited":
        return undefined; // ROLLOVER's spill
      case "overageCharge":
        // With no commitment (pay as you go) usage is simply charged at the price in force.
        return formula(`=${c("overage", row)}*IF(${f("commitment")}=0,1,${f("overageRate")})`);
      case "charge":
        return formula(`=${s("billedCommitment", row)}+${c("overageCharge", row)}`);
      case "slaCredit":
        return formula(`=${slaCredit(offer, cells, c("charge", row))}`);
      case "netCost":
        return formula(`=${c("charge", row)}-${c("slaCredit", row)}`);
      case "cumulativeNetCost":
        return formula(
          row === layout.firstMonth
            ? `=${c("netCost", row)}`
            : `=${c("cumulativeNetCost", row - 1)}+${c("netCost", row)}`
        );
    }
  };
}

function slaCredit(offer: Offer, cells: OfferCells, charge: string): string {
  const f = cells.field;
  return offer.sla.schedule.kind === "table"
    ? `DEAL.SLACREDIT(${f("expectedUptime")},${charge},${cells.slaTable},,,${f("slaCap")})`
    : `DEAL.SLACREDIT(${f("expectedUptime")},${charge},${f("slaTarget")},${f("slaPerStep")},${f("slaStep")},${f("slaCap")})`;
}

/** The schedule's titles, column headers, month rows and totals; `factors[i]` is scenario i's factor cell. */
export function scheduleBlocks(
  offer: Offer,
  layout: OfferLayout,
  cells: OfferCells,
  factors: readonly string[]
): CellBlock[] {
  const shared = sharedFormula(offer, cells, layout);
  const blocks: CellBlock[] = [
    {
      at: at(layout.scheduleTitle, 0),
      cells: [
        [
          value(
            "Month by month. Tokens at the forecast, prices in force, usage cost at year-1 " +
              "prices, commitment released and billed; then, for each share of the forecast, the " +
              "usage cost, the draw-down of the commitment (DEAL.ROLLOVER), charges and credits."
          ),
        ],
      ],
      style: HEADING_STYLE,
    },
    {
      at: at(layout.scheduleHeader, 0),
      cells: [SHARED_COLUMNS.map((n) => value(SHARED_HEADERS[n]))],
      style: COLUMN_HEADER_STYLE,
    },
    ...SHARED_COLUMNS.map((name) =>
      monthColumn(layout, sharedColumn(name), (row) => shared(name, row), SHARED_FORMATS[name])
    ),
  ];
  SCENARIO_ORDER.forEach((factorIndex, block) => {
    const factor = factors[factorIndex];
    const cellOf = scenarioFormula(offer, cells, layout, block, factor);
    blocks.push(
      {
        at: at(layout.scheduleTitle, scenarioColumn(block, "usageCost")),
        cells: [[formula(`=${factor}`)]],
        style: { bold: true, numberFormat: '0%" of forecast"' },
      },
      {
        at: at(layout.scheduleHeader, scenarioColumn(block, "usageCost")),
        cells: [SCENARIO_COLUMNS.map((n) => value(SCENARIO_HEADERS[n]))],
        style: COLUMN_HEADER_STYLE,
      }
    );
    for (const name of SCENARIO_COLUMNS) {
      const column = scenarioColumn(block, name);
      if (name === "carriedIn") {
        blocks.push({
          at: at(layout.firstMonth, column),
          cells: [[cellOf(name, layout.firstMonth)!]],
          style: MONEY,
        });
      } else if (cellOf(name, layout.firstMonth) !== undefined) {
        blocks.push(monthColumn(layout, column, (row) => cellOf(name, row)!, MONEY));
      }
    }
  });
  blocks.push(...scheduleTotals(layout, factors));
  return blocks;
}
