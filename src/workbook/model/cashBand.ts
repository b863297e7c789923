import { FORECAST_SCENARIO } from "../../dealModel";
import { HEADER_STYLE, HEADING_STYLE, abs, at, formula, rel, value } from "../cellPlans";
import type { CellBlock, CellContent, CellStyle } from "../plan";
import type { OfferCells } from "./offerInputs";
import { bandTitle, monthColumn, monthsOf } from "./scheduleBlocks";
import { MONEY } from "./scheduleFormats";
import {
  scenarioBand,
  scenarioColumn,
  sharedColumn,
  type CashBand,
  type OfferLayout,
} from "./modelLayout";

/*
 * An offer's cash at the forecast, month by month, and what an exit costs, as live formulas
 * following src/dealModel/cashFlows.ts and exitCost.ts: the committed fees (the prices band's),
 * billed in advance every "months a bill covers" (SUMIFS over the months the bill covers), the
 * rest paid in arrears (the forecast band's net cost less the committed fees), the cash and its
 * running total; then, if notice is given at the end of the month, the month the service ends,
 * the termination fee and the exit's cost. Under the months: the totals and the present value
 * (native NPV at the summary's monthly discount rate, bills at the start of the month).
 */

export const CASH_COLUMNS = [
  "month",
  "committedFees",
  "billed",
  "arrears",
  "cash",
  "cashToDate",
  "serviceEnds",
  "exitFee",
  "exitCost",
] as const;
export type CashColumn = (typeof CASH_COLUMNS)[number];

export const cashColumn = (name: CashColumn): number => CASH_COLUMNS.indexOf(name);

const HEADERS: Readonly<Record<CashColumn, string>> = {
  month: "Month",
  committedFees: "Committed fees",
  billed: "Billed in advance",
  arrears: "Paid in arrears",
  cash: "Cash paid",
  cashToDate: "Cash to date",
  serviceEnds: "Exit: service ends",
  exitFee: "Exit: fee",
  exitCost: "Exit: cost",
};

const TOTALLED: readonly CashColumn[] = ["committedFees", "billed", "arrears", "cash"];

/** The formula of a cash-band column in `row`. */
function cashFormula(layout: OfferLayout, cells: OfferCells) {
  const band = layout.cash;
  const c = (name: CashColumn, row: number) => rel(row, cashColumn(name));
  const column = (name: CashColumn) => monthsOf(band, cashColumn(name));
  // The same month's cell in another band.
  const offset = (row: number) => row - band.firstMonth;
  const prices = (row: number, name: "month" | "billedCommitment" | "fixedFees") =>
    abs(layout.prices.firstMonth + offset(row), sharedColumn(name));
  const forecast = scenarioBand(layout, FORECAST_SCENARIO);
  const f = cells.field;
  const [term, months] = [f("term"), f("monthsPerBill")];
  return (name: CashColumn, row: number): CellContent => {
    const month = c("month", row);
    switch (name) {
      case "month":
        return formula(`=${prices(row, "month")}`);
      case "committedFees":
        return formula(`=${prices(row, "billedCommitment")}+${prices(row, "fixedFees")}`);
      case "billed":
        return formula(
          `=IF(MOD(${month}-1,${months})=0,SUMIFS(${column("committedFees")},${column("month")},` +
            `">="&${month},${column("month")},"<"&${month}+${months}),0)`
        );
      case "arrears": {
        const net = abs(forecast.firstMonth + offset(row), scenarioColumn("netCost"));
        return formula(`=${net}-${c("committedFees", row)}`);
      }
      case "cash":
        return formula(`=${c("billed", row)}+${c("arrears", row)}`);
      case "cashToDate":
        return formula(
          row === band.firstMonth
            ? `=${c("cash", row)}`
            : `=${c("cashToDate", row - 1)}+${c("cash", row)}`
        );
      case "serviceEnds":
        return formula(`=MIN(${term},MAX(${month}+${f("noticeMonths")},${f("exitFrom")}))`);
      case "exitFee": {
        const ends = c("serviceEnds", row);
        return formula(
          `=IF(${ends}<${term},${f("exitFeeMonths")}*INDEX(${column("committedFees")},${ends}),0)`
        );
      }
      case "exitCost":
        return formula(
          `=INDEX(${column("cashToDate")},${c("serviceEnds", row)})+${c("exitFee", row)}`
        );
    }
  };
}

function totals(band: CashBand, monthlyRate: string): CellBlock[] {
  const years = band.yearRows.map((row, y) => ({
    row,
    top: band.firstMonth + 12 * y,
    bottom: Math.min(band.firstMonth + 12 * y + 11, band.lastMonth),
  }));
  const periods = [...years, { row: band.termRow, top: band.firstMonth, bottom: band.lastMonth }];
  const style: CellStyle = { ...MONEY, bold: true };
  const [billed, arrears] = [cashColumn("billed"), cashColumn("arrears")].map((col) =>
    monthsOf(band, col)
  );
  return [
    {
      at: at(band.yearRows[0], 0),
      cells: [
        ...years.map((_, y) => [value(`Year ${y + 1}`)]),
        [value("Term")],
        [
          value(
            "Present value at the discount rate (bills at the start of a month, arrears at its end)"
          ),
        ],
      ],
      style: { bold: true },
    },
    ...TOTALLED.flatMap((name) =>
      periods.map(({ row, top, bottom }) => ({
        at: at(row, cashColumn(name)),
        cells: [[formula(`=SUM(${rel(top, cashColumn(name))}:${rel(bottom, cashColumn(name))})`)]],
        style,
      }))
    ),
    {
      at: at(band.presentValueRow, cashColumn("cash")),
      cells: [
        [
          formula(
            `=NPV(${monthlyRate},${billed})*(1+${monthlyRate})+NPV(${monthlyRate},${arrears})`
          ),
        ],
      ],
      style,
    },
  ];
}

/** The offer's cash band; `monthlyRate` is the summary's monthly discount rate cell. */
export function cashBand(layout: OfferLayout, cells: OfferCells, monthlyRate: string): CellBlock[] {
  const band = layout.cash;
  const cellOf = cashFormula(layout, cells);
  return [
    {
      at: at(band.title, 0),
      cells: [
        [
          bandTitle(
            layout,
            cells,
            "cash at the forecast month by month: committed fees billed in advance, the rest ",
            'in arrears; and the cost of an exit if notice is given at the end of the month"'
          ),
        ],
      ],
      style: HEADING_STYLE,
    },
    {
      at: at(band.header, 0),
      cells: [CASH_COLUMNS.map((name) => value(HEADERS[name]))],
      style: HEADER_STYLE,
    },
    ...CASH_COLUMNS.map((name) =>
      monthColumn(
        band,
        cashColumn(name),
        (row) => cellOf(name, row),
        name === "month" || name === "serviceEnds" ? { numberFormat: "0" } : MONEY
      )
    ),
    ...totals(band, monthlyRate),
  ];
}
