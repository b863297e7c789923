import type { ModelSettings } from "../../dealModel";
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
import type { CellBlock, CellStyle, InputCell } from "../plan";
import { cashColumn } from "./cashBand";
import { offerColumn, type ModelLayout, type OfferLayout } from "./modelLayout";
import { MONEY_ROWS, moneyRow, type MoneyRow } from "./moneyLayout";
import type { OfferCells } from "./offerInputs";
import { MONEY } from "./scheduleFormats";

/*
 * The summary's "Money over time" and "Exit" blocks: the discount rate (an input) and its monthly
 * equivalent, then a column per offer with the cash of the term, its present value (from the
 * offer's cash band), the billing, the prepayment discount and its implied annual rate, whether
 * prepaying earns more than the discount rate, and the cheapest offer at present value; then the
 * cost of an exit at each of the settings' decision months (inputs), with the cheapest.
 */

const LABELS: Readonly<Record<MoneyRow, string>> = {
  cash: "Cash paid over the term (= net cost)",
  presentValue: "Present value of the cash",
  aboveCheapest: "Present value above the cheapest",
  billing: "Committed fees billed",
  prepaymentDiscount: "Prepayment discount",
  impliedRate: "The discount as interest (a year)",
  prepayingPays: "Prepaying earns more than the discount rate?",
};

const PERCENT: CellStyle = { numberFormat: "0.00%" };
const FORMATS: Readonly<Record<MoneyRow, CellStyle>> = {
  cash: MONEY,
  presentValue: { ...MONEY, bold: true },
  aboveCheapest: MONEY,
  billing: {},
  prepaymentDiscount: { numberFormat: "0.0%" },
  impliedRate: PERCENT,
  prepayingPays: {},
};

const CHEAPEST_STYLE: CellStyle = { bold: true, fill: "#DFF6DD" };

/** An offer's cash-band cell of the cash column at `row` (its term or its present value). */
const cashCell = (row: number) => abs(row, cashColumn("cash"));

function rowFormula(
  name: MoneyRow,
  offer: OfferLayout,
  cells: OfferCells,
  presentValues: string,
  discountRate: string
): string {
  const f = cells.field;
  const presentValue = cashCell(offer.cash.presentValueRow);
  switch (name) {
    case "cash":
      return `=${cashCell(offer.cash.termRow)}`;
    case "presentValue":
      return `=${presentValue}`;
    case "aboveCheapest":
      return `=${presentValue}-MIN(${presentValues})`;
    case "billing":
      return `=${f("billingFrequency")}`;
    case "prepaymentDiscount":
      return `=${f("prepaymentDiscount")}`;
    case "impliedRate":
      return `=${f("impliedRate")}`;
    case "prepayingPays": {
      const rate = f("impliedRate");
      return `=IF(${rate}="","no prepayment",IF(${rate}>${discountRate},"Yes","No"))`;
    }
  }
}

/** "Vendor Model" of each offer, live from its inputs. */
const names = (cells: readonly OfferCells[]) =>
  cells.map((c) => formula(`=${c.field("vendor")}&" "&${c.field("model")}`));

/** =INDEX(names, MATCH(MIN(costs), costs, 0)): the first of the cheapest. */
const cheapestOf = (namesRange: string, costs: string) =>
  formula(`=INDEX(${namesRange},1,MATCH(MIN(${costs}),${costs},0))`);

/** The summary's money and exit blocks, with their inputs; `monthlyRate` is written here. */
export function moneyBlocks(
  layout: ModelLayout,
  cells: readonly OfferCells[],
  settings: ModelSettings
): { blocks: CellBlock[]; inputs: InputCell[] } {
  const { money, offers } = layout;
  const n = offers.length;
  const across = (row: number) => range(row, offerColumn(0), row, offerColumn(n - 1));
  const discountRate = abs(money.discountRateRow, 1);
  const presentValues = across(moneyRow(money, "presentValue"));
  const blocks: CellBlock[] = [
    {
      at: at(money.heading, 0),
      cells: [[value("Money over time: when each offer is paid, and what that is worth today")]],
      style: HEADING_STYLE,
    },
    {
      at: at(money.heading + 1, 0),
      cells: [
        [
          value(
            "Committed fees are billed in advance, the rest in arrears (each offer's cash band). " +
              "The discount as interest is for level fees; with fees that ramp, compare present values."
          ),
        ],
      ],
      style: NOTE_STYLE,
    },
    {
      at: at(money.discountRateRow, 0),
      cells: [[value("Discount rate, a year")]],
    },
    {
      at: at(money.monthlyRateRow, 0),
      cells: [[value("Discount rate, a month"), formula(`=(1+${discountRate})^(1/12)-1`)]],
      style: { numberFormat: "0.0000%" },
    },
    { at: at(money.header, 0), cells: [[value("Offer"), ...names(cells)]], style: HEADER_STYLE },
    ...MONEY_ROWS.map((name) => ({
      at: at(moneyRow(money, name), 0),
      cells: [
        [
          value(LABELS[name]),
          ...offers.map((offer, i) =>
            formula(rowFormula(name, offer, cells[i], presentValues, discountRate))
          ),
        ],
      ],
      style: FORMATS[name],
    })),
    {
      at: at(money.cheapestRow, 0),
      cells: [
        [value("Cheapest offer at present value"), cheapestOf(across(money.header), presentValues)],
      ],
      style: CHEAPEST_STYLE,
    },
    ...exitBlocks(layout, cells),
  ];
  const inputs: InputCell[] = [
    {
      at: at(money.discountRateRow, 1),
      label: "Discount rate, a year",
      value: settings.discountRate,
      style: { input: true, numberFormat: "0.00%" },
    },
    ...settings.exitMonths.map((month, i) => ({
      at: at(money.exitRows[i], 0),
      label: "Notice at the end of month",
      value: month,
      style: { input: true, numberFormat: "0" },
    })),
  ];
  return { blocks, inputs };
}

/** The exit table: a row per decision month (inputs in A), each offer's cost, the cheapest. */
function exitBlocks(layout: ModelLayout, cells: readonly OfferCells[]): CellBlock[] {
  const { money, offers } = layout;
  const n = offers.length;
  const namesRange = range(money.exitHeader, offerColumn(0), money.exitHeader, offerColumn(n - 1));
  return [
    {
      at: at(money.exitHeading, 0),
      cells: [[value("Exit: what leaving costs if notice is given at the end of a month")]],
      style: HEADING_STYLE,
    },
    {
      at: at(money.exitHeading + 1, 0),
      cells: [
        [
          value(
            "Cash paid through the last month served (notice served, never before the exit is " +
              "allowed; prepaid bills not refunded) plus the fee. Yellow months are inputs."
          ),
        ],
      ],
      style: NOTE_STYLE,
    },
    {
      at: at(money.exitHeader, 0),
      cells: [[value("Notice at the end of month"), ...names(cells), value("Cheapest")]],
      style: HEADER_STYLE,
    },
    ...money.exitRows.map((row) => {
      const month = abs(row, 0);
      const costs = range(row, offerColumn(0), row, offerColumn(n - 1));
      return {
        at: at(row, offerColumn(0)),
        cells: [
          [
            ...offers.map((offer, i) => {
              const column = range(
                offer.cash.firstMonth,
                cashColumn("exitCost"),
                offer.cash.lastMonth,
                cashColumn("exitCost")
              );
              return formula(`=INDEX(${column},MIN(${month},${cells[i].field("term")}))`);
            }),
            cheapestOf(namesRange, costs),
          ],
        ],
        style: MONEY,
      };
    }),
  ];
}
