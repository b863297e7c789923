import { yearValue, type Offer } from "../../dealModel";
import { columnLetters } from "../../formula";
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
import { offerFields, type OfferFieldName } from "./offerFields";
import type { ListArea, OfferLayout } from "./modelLayout";
import { LAST_COLUMN, LIST_COLUMNS, sharedColumn } from "./modelLayout";
import { keptDiscountFormula, poolBlocks, poolCells, type PoolCells } from "./poolTable";
import { slaCreditCall } from "./slaCreditCall";

/*
 * The top of an offer's section: its title, the single-cell inputs (label in A, value in B), the
 * lists beside them (tiers, the year table of price change, commitment and seats, SLA credit
 * table) and under them the pool of models and the list schedule (poolTable.ts). Every schedule
 * formula reads these cells by absolute address (`OfferCells`).
 */

export const VALUE_COLUMN = 1;
const SECTION_TITLE_STYLE: CellStyle = { bold: true, fontSize: 13, fill: "#DEECF9" };
const FIXED_STYLE: CellStyle = { fontColor: "#605E5C" };

/** How the offer prices the pool and the usage mix, written under its inputs. */
function mixNote(offer: Offer): string {
  const column = (name: "listCost" | "mixFactor" | "listCostInForce") =>
    columnLetters(sharedColumn(name));
  const common =
    "Every offer is priced on the same usage mix (cache hits and cache writes; batch and long " +
    "context by model) and measured against its pool's list prices for that mix (column " +
    `${column("listCost")} below).`;
  const protection = offer.priceProtection
    ? " With price protection, each month's usage costs at most its cost at that month's list " +
      `prices (column ${column("listCostInForce")}, at the forecast) less the kept discount.`
    : "";
  if (offer.pricing.kind === "discount") {
    return `${common} Usage cost = list cost × (1 − discount) × the price factor.${protection}`;
  }
  return (
    `${common} Tier prices are all-in prices for model 1's tokens at standard rates: the mix ` +
    `factor (column ${column("mixFactor")}) carries the pool and the mix over to them, so usage ` +
    "cost = DEAL.TIEREDCOST(tokens) × list cost ÷ model 1's list cost at standard rates × the " +
    `price factor.${protection}`
  );
}

/** Absolute addresses of an offer's inputs, for the formulas that read them. */
export interface OfferCells {
  /** The value cell of a field, e.g. "$B$52"; throws for a field the offer does not show. */
  field(name: OfferFieldName): string;
  /** The tier table (up to, price, fee), e.g. "$E$52:$G$54". */
  readonly tiers?: string;
  /** One price change per contract year. */
  readonly ramp: string;
  /** The commitment (USD per month or year) and the seats of each contract year. */
  readonly commitments: string;
  readonly seats: string;
  /** The pool table's and the list schedule's cells. */
  readonly pool: PoolCells;
  /** The SLA credit table (uptime below, credit). */
  readonly slaTable?: string;
  /** The uptime outcomes' probabilities and their credit shares, side by side. */
  readonly probabilities: string;
  readonly outcomeShares: string;
  /** The probability-weighted credit share, applied to every month's charge. */
  readonly expectedCreditShare: string;
  /** The prices band's month column and ramp-step column, for ROWS and RAMPPRICE. */
  readonly months: string;
  readonly monthlyRamp: string;
}

export function offerCells(offer: Offer, layout: OfferLayout): OfferCells {
  const listRange = (area: ListArea | undefined, left: number, right: number) =>
    area && range(area.header + 1, left, area.header + area.rows, right);
  const { prices, outcomes } = layout;
  const column = (name: "month" | "rampStep") =>
    range(prices.firstMonth, sharedColumn(name), prices.lastMonth, sharedColumn(name));
  const outcomeColumn = (offset: number) =>
    listRange(outcomes, LIST_COLUMNS.outcomes + offset, LIST_COLUMNS.outcomes + offset)!;
  return {
    field: (name) => {
      const row = layout.fieldRows[name];
      if (row === undefined) throw new Error(`${offer.vendor}'s offer has no ${name} field.`);
      return abs(row, VALUE_COLUMN);
    },
    tiers: listRange(layout.tiers, LIST_COLUMNS.tiers, LIST_COLUMNS.tiers + 2),
    ramp: listRange(layout.ramp, LIST_COLUMNS.ramp + 1, LIST_COLUMNS.ramp + 1)!,
    commitments: listRange(layout.ramp, LIST_COLUMNS.ramp + 2, LIST_COLUMNS.ramp + 2)!,
    seats: listRange(layout.ramp, LIST_COLUMNS.ramp + 3, LIST_COLUMNS.ramp + 3)!,
    pool: poolCells(layout),
    slaTable: listRange(layout.slaTable, LIST_COLUMNS.slaTable, LIST_COLUMNS.slaTable + 1),
    probabilities: outcomeColumn(1),
    outcomeShares: outcomeColumn(2),
    expectedCreditShare: abs(layout.outcomesTotalRow, LIST_COLUMNS.outcomes + 2),
    months: column("month"),
    monthlyRamp: column("rampStep"),
  };
}

/** A list's header and its input rows, from `column`. */
function listBlocks(
  area: ListArea,
  column: number,
  heading: string,
  headers: readonly string[],
  rows: readonly (readonly (number | null)[])[],
  formats: readonly string[],
  inputColumns: readonly boolean[]
): { blocks: CellBlock[]; inputs: InputCell[] } {
  const blocks: CellBlock[] = [
    { at: at(area.header - 1, column), cells: [[value(heading)]], style: HEADING_STYLE },
    { at: at(area.header, column), cells: [headers.map(value)], style: HEADER_STYLE },
  ];
  const inputs: InputCell[] = [];
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      const where = at(area.header + 1 + r, column + c);
      const numberFormat = formats[c];
      if (inputColumns[c]) {
        inputs.push({
          at: where,
          label: headers[c],
          value: v,
          style: { input: true, numberFormat },
        });
      } else {
        blocks.push({ at: where, cells: [[value(v)]], style: { numberFormat } });
      }
    })
  );
  return { blocks, inputs };
}

/**
 * The uptime outcomes (yellow uptimes and probabilities), each with the credit share DEAL.SLACREDIT
 * gives at that uptime, and under them the total probability and the expected credit share.
 */
function outcomeBlocks(offer: Offer, layout: OfferLayout, cells: OfferCells) {
  const area = layout.outcomes;
  const column = LIST_COLUMNS.outcomes;
  const list = listBlocks(
    area,
    column,
    "Uptime outcomes, weighed",
    ["Uptime", "Probability", "Credit share"],
    offer.sla.uptimeOutcomes.map((o) => [o.uptime, o.probability, null]),
    ["0.00%", "0.0%", "0.00%"],
    [true, true, false]
  );
  const shares = list.blocks.filter((block) => block.at.column === column + 2);
  const rest = list.blocks.filter((block) => block.at.column !== column + 2);
  const shareCells: CellBlock[] = shares.map((block) => ({
    ...block,
    cells: [[formula(`=${slaCreditCall(offer, cells, abs(block.at.row, column), "1")}`)]],
  }));
  const total = layout.outcomesTotalRow;
  const { probabilities, outcomeShares } = cells;
  return {
    blocks: [
      ...rest,
      ...shareCells,
      {
        at: at(total, column),
        cells: [
          [
            value("Sum; weighted"),
            formula(`=SUM(${probabilities})`),
            formula(
              `=IF(SUM(${probabilities})=0,0,SUMPRODUCT(${probabilities},${outcomeShares})/SUM(${probabilities}))`
            ),
          ],
        ],
        style: { bold: true, numberFormat: "0.00%" },
      },
      {
        at: at(total + 1, column),
        cells: [
          [
            formula(
              `=IF(ROUND(SUM(${probabilities}),9)=1,"","Probabilities should add up to 100%")`
            ),
          ],
        ],
        style: { bold: true, fontColor: "#A4262C" },
      },
    ],
    inputs: list.inputs,
  };
}

function lists(offer: Offer, layout: OfferLayout, cells: OfferCells) {
  const parts = [];
  if (offer.pricing.kind === "tiers" && layout.tiers) {
    parts.push(
      listBlocks(
        layout.tiers,
        LIST_COLUMNS.tiers,
        "Volume tiers (blank last bound: no limit)",
        ["Up to (M a month)", "USD per M", "Flat fee (USD)"],
        offer.pricing.tiers.map((t) => [t.upTo === Infinity ? null : t.upTo, t.price, t.flatFee]),
        ["#,##0", "$#,##0.00", "$#,##0"],
        [true, true, true]
      )
    );
  }
  const { amounts, per } = offer.commitment;
  parts.push(
    listBlocks(
      layout.ramp,
      LIST_COLUMNS.ramp,
      "Price change, commitment and seats by contract year",
      ["Contract year", "Price change", `Commitment (USD a ${per})`, "Seats"],
      Array.from({ length: layout.ramp.rows }, (_, y) => [
        y + 1,
        offer.ramp[y] ?? 0,
        yearValue(amounts, y + 1),
        yearValue(offer.fees.seats, y + 1),
      ]),
      ["0", "0.0%", "$#,##0", "#,##0"],
      [false, true, true, true]
    )
  );
  parts.push(poolBlocks(offer, layout, cells.field));
  const { schedule } = offer.sla;
  if (schedule.kind === "table" && layout.slaTable) {
    parts.push(
      listBlocks(
        layout.slaTable,
        LIST_COLUMNS.slaTable,
        "SLA credit table",
        ["Uptime below", "Credit share"],
        schedule.rows.map((r) => [r.threshold, r.share]),
        ["0.00%", "0%"],
        [true, true]
      )
    );
  }
  parts.push(outcomeBlocks(offer, layout, cells));
  return parts;
}

/** The kept discount's default when it follows the offer (a formula the user may overwrite). */
function keptDiscount(offer: Offer, layout: OfferLayout, cells: OfferCells): string | undefined {
  const { prices } = layout;
  const last = Math.min(prices.firstMonth + 11, prices.lastMonth);
  return keptDiscountFormula(
    offer,
    () => cells.field("discount"),
    (name) => range(prices.firstMonth, sharedColumn(name), last, sharedColumn(name))
  );
}

/** The section's title, its inputs and their labels. */
export function offerInputs(
  offer: Offer,
  layout: OfferLayout,
  cells: OfferCells
): { blocks: CellBlock[]; inputs: InputCell[] } {
  const fields = offerFields(offer);
  const n = layout.index + 1;
  const blocks: CellBlock[] = [
    {
      at: at(layout.title, 0),
      cells: [[formula(`="Offer ${n}: "&${cells.field("vendor")}&" "&${cells.field("model")}`)]],
      style: SECTION_TITLE_STYLE,
    },
    {
      at: at(layout.title + 1, 0),
      cells: [
        [
          value(
            "Yellow cells are this offer's inputs. The schedule below reads them month by month, " +
              "and its totals feed the comparison at the top of the sheet."
          ),
        ],
      ],
      style: NOTE_STYLE,
    },
    { at: at(layout.inputsHeading, 0), cells: [[value("Inputs")]], style: HEADING_STYLE },
    {
      at: at(layout.inputsHeading + 1, 0),
      cells: fields.map((f) => [value(f.label)]),
    },
  ];
  const inputs: InputCell[] = [];
  fields.forEach((f, i) => {
    const where = at(layout.inputsHeading + 1 + i, VALUE_COLUMN);
    if (f.kind === "input") {
      const style = { input: true, numberFormat: f.numberFormat };
      const follows = f.name === "keptDiscount" ? keptDiscount(offer, layout, cells) : undefined;
      inputs.push({ at: where, label: f.label, value: f.value, style, formula: follows });
    } else {
      const content =
        f.kind === "term"
          ? formula(`=ROWS(${cells.months})`)
          : f.formulaOf
            ? formula(f.formulaOf(cells.field))
            : value(f.value);
      const style = f.numberFormat ? { ...FIXED_STYLE, numberFormat: f.numberFormat } : FIXED_STYLE;
      blocks.push({ at: where, cells: [[content]], style });
    }
  });
  for (const part of lists(offer, layout, cells)) {
    blocks.push(...part.blocks);
    inputs.push(...part.inputs);
  }
  blocks.push({
    at: at(layout.noteRow, 0),
    cells: [[value(mixNote(offer))]],
    style: { ...NOTE_STYLE, wrap: true },
    mergeAcross: LAST_COLUMN + 1,
  });
  return { blocks, inputs };
}
