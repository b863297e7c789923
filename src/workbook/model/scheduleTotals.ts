import { at, formula, rel, value } from "../cellPlans";
import type { CellBlock, CellStyle } from "../plan";
import {
  scenarioColumn,
  sharedColumn,
  type BandLayout,
  type OfferLayout,
  type ScenarioBand,
  type ScenarioColumn,
  type SharedColumn,
} from "./modelLayout";
import { MONEY, SHARED_FORMATS } from "./scheduleFormats";

/*
 * The rows under each band's months: the totals of each contract year and of the term (lost
 * commitment net of the burst usage it balanced); under a scenario band also the commitment still
 * carried when the term ends (lost with the contract) and the effective price per million tokens.
 */

/** Columns summed in the prices band's totals. */
const TOTALLED_SHARED: readonly SharedColumn[] = [
  "totalTokensM",
  "listCost",
  "listCostInForce",
  "billedCommitment",
  "fixedFees",
];
/** Columns summed in a scenario band's totals. */
const TOTALLED_SCENARIO: readonly ScenarioColumn[] = [
  "usageCost",
  "covered",
  "overage",
  "forfeited",
  "burstEligible",
  "burstBalanced",
  "overageCharge",
  "charge",
  "slaCredit",
  "netCost",
];

const sumOf = (column: number, top: number, bottom: number) =>
  `=SUM(${rel(top, column)}:${rel(bottom, column)})`;

/** The month rows of each contract year, then of the whole term. */
function periods(band: BandLayout): { row: number; top: number; bottom: number }[] {
  return [
    ...band.yearRows.map((row, y) => ({
      row,
      top: band.firstMonth + 12 * y,
      bottom: Math.min(band.firstMonth + 12 * y + 11, band.lastMonth),
    })),
    { row: band.termRow, top: band.firstMonth, bottom: band.lastMonth },
  ];
}

const yearLabels = (band: BandLayout) => band.yearRows.map((_, y) => [value(`Year ${y + 1}`)]);

function pricesTotals(band: BandLayout): CellBlock[] {
  return [
    {
      at: at(band.yearRows[0], 0),
      cells: [...yearLabels(band), [value("Term")]],
      style: { bold: true },
    },
    ...TOTALLED_SHARED.flatMap((name) =>
      periods(band).map(({ row, top, bottom }) => ({
        at: at(row, sharedColumn(name)),
        cells: [[formula(sumOf(sharedColumn(name), top, bottom))]],
        style: { ...SHARED_FORMATS[name], bold: true },
      }))
    ),
  ];
}

function scenarioTotals(
  prices: BandLayout,
  band: ScenarioBand,
  factor: string,
  bursts: boolean
): CellBlock[] {
  const column = (name: ScenarioColumn) => scenarioColumn(name);
  const style: CellStyle = { ...MONEY, bold: true };
  const blocks: CellBlock[] = [
    {
      at: at(band.yearRows[0], 0),
      cells: [
        ...yearLabels(band),
        [value("Unused commitment at the end of the term (lost)")],
        [value("Term")],
        [value("Effective price per M tokens (net cost ÷ tokens)")],
      ],
      style: { bold: true },
    },
    ...TOTALLED_SCENARIO.filter((name) => bursts || !name.startsWith("burst")).flatMap((name) =>
      periods(band).map(({ row, top, bottom }) => {
        const sum = sumOf(column(name), top, bottom);
        // Lost commitment: less the burst usage it balanced; the term's includes what is still
        // carried when the contract ends.
        const balanced = sumOf(column("burstBalanced"), top, bottom).slice(1);
        const lost = name === "forfeited" && bursts ? `${sum}-${balanced}` : sum;
        const text =
          name === "forfeited" && row === band.termRow
            ? `${lost}+${rel(band.unusedRow, column(name))}`
            : lost;
        return { at: at(row, column(name)), cells: [[formula(text)]], style };
      })
    ),
  ];
  const tokens = `$${rel(prices.termRow, sharedColumn("totalTokensM"))}*${factor}`;
  const net = rel(band.termRow, column("netCost"));
  blocks.push(
    {
      at: at(band.unusedRow, column("forfeited")),
      cells: [[formula(`=${rel(band.lastMonth, column("carriedOut"))}`)]],
      style,
    },
    {
      at: at(band.effectivePriceRow, column("netCost")),
      cells: [[formula(`=IF(${tokens}=0,"no usage",${net}/(${tokens}))`)]],
      style: { bold: true, numberFormat: "$#,##0.000" },
    }
  );
  return blocks;
}

/**
 * The totals rows of every band of an offer's schedule; `factors[i]` is scenario i's factor cell;
 * `bursts`: whether the bands have burst columns (a monthly commitment).
 */
export function scheduleTotals(
  layout: OfferLayout,
  factors: readonly string[],
  bursts: boolean
): CellBlock[] {
  return [
    ...pricesTotals(layout.prices),
    ...layout.scenarios.flatMap((band) =>
      scenarioTotals(layout.prices, band, factors[band.factorIndex], bursts)
    ),
  ];
}
