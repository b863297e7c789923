import { at, formula, rel, value } from "../cellPlans";
import type { CellBlock, CellStyle } from "../plan";
import {
  SCENARIO_ORDER,
  scenarioColumn,
  sharedColumn,
  type OfferLayout,
  type ScenarioColumn,
  type SharedColumn,
} from "./modelLayout";
import { MONEY, SHARED_FORMATS } from "./scheduleFormats";

/*
 * The rows under an offer's months: the totals of each contract year, the commitment still
 * carried when the term ends (lost with the contract), the term, and the effective price per
 * million tokens of each scenario.
 */

/** Columns summed in the totals rows. */
const TOTALLED_SHARED: readonly SharedColumn[] = ["totalTokensM", "billedCommitment"];
const TOTALLED_SCENARIO: readonly ScenarioColumn[] = [
  "usageCost",
  "covered",
  "overage",
  "forfeited",
  "overageCharge",
  "charge",
  "slaCredit",
  "netCost",
];

const sumOf = (column: number, top: number, bottom: number) =>
  `=SUM(${rel(top, column)}:${rel(bottom, column)})`;

/** The month rows of each contract year, then of the whole term. */
function periods(layout: OfferLayout): { row: number; top: number; bottom: number }[] {
  return [
    ...layout.yearRows.map((row, y) => ({
      row,
      top: layout.firstMonth + 12 * y,
      bottom: Math.min(layout.firstMonth + 12 * y + 11, layout.lastMonth),
    })),
    { row: layout.termRow, top: layout.firstMonth, bottom: layout.lastMonth },
  ];
}

function totalsLabels(layout: OfferLayout): CellBlock[] {
  return [
    {
      at: at(layout.yearRows[0], 0),
      cells: [
        ...layout.yearRows.map((_, y) => [value(`Year ${y + 1}`)]),
        [value("Unused commitment at the end of the term (lost)")],
        [value("Term")],
        [value("Effective price per M tokens (net cost ÷ tokens)")],
      ],
      style: { bold: true },
    },
  ];
}

function sharedTotals(layout: OfferLayout): CellBlock[] {
  return TOTALLED_SHARED.flatMap((name) =>
    periods(layout).map(({ row, top, bottom }) => ({
      at: at(row, sharedColumn(name)),
      cells: [[formula(sumOf(sharedColumn(name), top, bottom))]],
      style: { ...SHARED_FORMATS[name], bold: true },
    }))
  );
}

function totalsOfBlock(layout: OfferLayout, block: number, factor: string): CellBlock[] {
  const column = (name: ScenarioColumn) => scenarioColumn(block, name);
  const style: CellStyle = { ...MONEY, bold: true };
  const blocks: CellBlock[] = TOTALLED_SCENARIO.flatMap((name) =>
    periods(layout).map(({ row, top, bottom }) => {
      const sum = sumOf(column(name), top, bottom);
      // The term's lost commitment includes what is still carried when the contract ends.
      const text =
        name === "forfeited" && row === layout.termRow
          ? `${sum}+${rel(layout.unusedRow, column(name))}`
          : sum;
      return { at: at(row, column(name)), cells: [[formula(text)]], style };
    })
  );
  const tokens = `$${rel(layout.termRow, sharedColumn("totalTokensM"))}*${factor}`;
  const net = rel(layout.termRow, column("netCost"));
  blocks.push(
    {
      at: at(layout.unusedRow, column("forfeited")),
      cells: [[formula(`=${rel(layout.lastMonth, column("carriedOut"))}`)]],
      style,
    },
    {
      at: at(layout.effectivePriceRow, column("netCost")),
      cells: [[formula(`=IF(${tokens}=0,"no usage",${net}/(${tokens}))`)]],
      style: { bold: true, numberFormat: "$#,##0.000" },
    }
  );
  return blocks;
}

/** The totals rows of the schedule; `factors[i]` is scenario i's factor cell. */
export function scheduleTotals(layout: OfferLayout, factors: readonly string[]): CellBlock[] {
  return [
    ...SCENARIO_ORDER.flatMap((factorIndex, block) =>
      totalsOfBlock(layout, block, factors[factorIndex])
    ),
    ...totalsLabels(layout),
    ...sharedTotals(layout),
  ];
}
